"""The slow work runs only on a click; every rerun draws its result from the result store."""

from concurrent.futures import wait
from uuid import uuid4

import streamlit as st

from {{ cookiecutter.project_slug }}.patterns import page_of
from {{ cookiecutter.project_slug }}.result_store import (
    SHARED,
    WHERE,
    clear,
    compute_and_store,
    stored,
)
from {{ cookiecutter.project_slug }}.single_flight import Job, run_once, running
from {{ cookiecutter.project_slug }}.slow_work import StoreUnavailable, runs_in_session

TITLE = page_of(__file__).title

MULTIPLIER_KEY = "expensive_multiplier"
ADD_KEY = "expensive_add"
SHOWN_KEY = "expensive_shown"
SESSION_KEY = "expensive_session"
# How often the page redraws the progress of work under way.
PROGRESS_SECONDS = 0.1

EXPLANATION = """
**The problem.** Work done under `if st.button(...)` is lost at the next interaction, and
work done outside it runs again on every rerun.

**The pattern.** The click runs the work, showing its progress, and stores the result, keyed by
*every* parameter that changes it (here both the multiplier and the number added). Asking
again for parameters already computed reuses the stored result instead of working again.
The page remembers which result it shows in session state, and draws it on every rerun by
*looking it up* in the store, never by working it out: only a click works. The store keeps a
bounded number of results, so memory stays bounded however many parameter sets are asked for.

**Quick clicks.** Streamlit starts a new run at each click without waiting for the run under
way, so a second click would start the work a second time. The work runs in a thread of its
own, once per parameter set at a time: a later click, or another session sharing the store,
waits for the run already under way and shows its progress.

**Leaving the page.** The result shown is a plain session-state key, and the two parameters
are drawn with `persist_state="session"`: back from another page, the result and the
parameters that produced it are still there, and nothing is worked out again.
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


def job_key(multiplier: int, add: int) -> tuple:
    """What identifies one run of the work: the parameters, and the session too when the
    store keeps each session's results apart."""
    session = None if SHARED else st.session_state.setdefault(SESSION_KEY, uuid4())
    return (session, multiplier, add)


def wait_for(job: Job, started: bool, multiplier: int, add: int) -> None:
    """Show the job's progress until it ends; raise what it raised."""
    doing = "Working out" if started else "Already working out (asked earlier): waiting for"
    text = f"{doing} the result for multiplier {multiplier} and add {add}…"
    bar = st.progress(job.progress, text=text)
    while not wait([job.result], timeout=PROGRESS_SECONDS).done:
        bar.progress(job.progress, text=text)
    bar.empty()
    job.result.result()


def process(multiplier: int, add: int) -> str | None:
    """Work out (or find) the result for these parameters and show it from now on; what went
    wrong, if the store cannot be used. Work already under way for them is waited for, not
    started again."""
    key = job_key(multiplier, add)
    try:
        # Work under way is waited for before any look-up: a store may hold look-ups of the
        # parameters being worked out until the work is done, with nothing on the page.
        if running(key) is not None or stored(multiplier, add) is None:
            job, started = run_once(key, lambda report: compute_and_store(multiplier, add, report))
            wait_for(job, started, multiplier, add)
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
    multiplier = left.selectbox(
        "Multiply by", [1, 2, 3], key=MULTIPLIER_KEY, persist_state="session"
    )
    add = right.number_input(
        "Then add", min_value=0, max_value=1000, key=ADD_KEY, persist_state="session"
    )
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
