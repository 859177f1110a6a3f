"""The slow work runs only on a click; every rerun draws its result from the result store."""

import streamlit as st

from {{ cookiecutter.project_slug }}.patterns import page_of
from {{ cookiecutter.project_slug }}.result_store import WHERE, clear, compute_and_store, stored
from {{ cookiecutter.project_slug }}.slow_work import StoreUnavailable, runs_in_session

TITLE = page_of(__file__).title

MULTIPLIER_KEY = "expensive_multiplier"
ADD_KEY = "expensive_add"
SHOWN_KEY = "expensive_shown"

EXPLANATION = """
**The problem.** Work done under `if st.button(...)` is lost at the next interaction, and
work done outside it runs again on every rerun.

**The pattern.** The click runs the work under a spinner and stores the result, keyed by
*every* parameter that changes it (here both the multiplier and the number added). Asking
again for parameters already computed reuses the stored result instead of working again.
The page remembers which result it shows in session state, and draws it on every rerun by
*looking it up* in the store, never by working it out: only a click works. The store keeps a
bounded number of results, so memory stays bounded however many parameter sets are asked for.
"""
GONE = (
    "The result for multiplier {multiplier} and add {add} is no longer stored (cleared, or "
    "forgotten to make room): click “Process” to work it out again."
)


def clear_results() -> None:
    """Callback: forget the stored results and stop showing one."""
    st.session_state.pop(SHOWN_KEY, None)
    try:
        clear()
    except StoreUnavailable as problem:
        st.error(str(problem))


def process(multiplier: int, add: int) -> str | None:
    """Work out (or find) the result for these parameters and show it from now on; what went
    wrong, if the store cannot be used."""
    try:
        with st.spinner("Processing…"):
            compute_and_store(multiplier, add)
    except StoreUnavailable as problem:
        return str(problem)
    st.session_state[SHOWN_KEY] = (multiplier, add)
    return None


def show_result() -> None:
    """Show the result that was last asked for, looked up in the store, never worked out."""
    shown = st.session_state.get(SHOWN_KEY)
    if shown is None:
        st.caption("No result yet: pick the parameters and click “Process”.")
        return
    multiplier, add = shown
    try:
        table = stored(multiplier, add)
    except StoreUnavailable as problem:
        st.error(str(problem))
        return
    if table is None:
        st.caption(GONE.format(multiplier=multiplier, add=add))
        return
    st.write(f"Result for multiplier {multiplier} and add {add}:")
    st.dataframe(table)


def render() -> None:
    """Draw the page: the parameters, the process button, the result and the run count."""
    st.title(TITLE)
    st.markdown(EXPLANATION)
    st.info(f"Results are kept {WHERE}.")
    left, right = st.columns(2)
    multiplier = left.selectbox("Multiply by", [1, 2, 3], key=MULTIPLIER_KEY)
    add = right.number_input("Then add", min_value=0, max_value=1000, key=ADD_KEY)
    problem = None
    if st.button("Process", key="expensive_process"):
        problem = process(multiplier, add)
    st.button("Clear results", key="expensive_clear", on_click=clear_results)
    if problem:
        st.error(problem)
    else:
        show_result()
    st.caption(f"The slow work has run {runs_in_session()} time(s) in this session.")


if __name__ == "__main__":
    render()
