"""Buttons in a fragment rerun only the fragment; one asks for the whole page when it must."""

import time

import streamlit as st

from {{ cookiecutter.project_slug }}.patterns import page_of

TITLE = page_of(__file__).title

# The fragment's key: st.rerun(FRAGMENT_KEY), called in a callback, reruns that fragment alone.
FRAGMENT_KEY = "fragment_part"
SLOW_SECONDS_KEY = "fragment_slow_seconds"
# How long the slow report takes unless the slider says otherwise.
DEFAULT_SLOW_SECONDS = 1.0
# Session-state values that make the page's slow part instant: the tests' AppTest sessions start
# with them, since AppTest runs the whole page at every click anyway.
QUICK_STATE = {SLOW_SECONDS_KEY: 0.0}
COUNT_KEY = "fragment_counted"
TOTAL_KEY = "fragment_total"
PAGE_RUNS_KEY = "fragment_page_runs"
FRAGMENT_RUNS_KEY = "fragment_fragment_runs"

EXPLANATION = f"""
**The problem.** Every click reruns the whole script. On a page with a slow part, a report
or a chart over much data, a click that changes one small corner of the page still waits for
the slow part to be drawn again.

**The pattern.** Put the buttons, and what they change, in a function decorated with
`@st.fragment`. A click on a button inside it reruns that function only: the rest of the page
stays as it was drawn and the slow report does not run. Watch the two markers: each click on
“Count” moves the fragment's run number, never the page's.

**A button outside the fragment.** A widget outside every fragment reruns the whole page.
When all a button changes is drawn inside a fragment, give the fragment a key
(`@st.fragment(key="{FRAGMENT_KEY}")`) and call `st.rerun("{FRAGMENT_KEY}")` in the button's
callback: only that fragment reruns, as with “Reset the count” below it.

**When the whole page must rerun.** A fragment run draws the fragment and nothing else, so
whatever is drawn outside it keeps its old value even when the click changed it: the total
above would fall behind. A button in the fragment that changes something drawn outside it
must ask for a full run: “Add the count to the total above” calls `st.rerun()` in its
callback, and the whole page runs, slow report included. (`st.rerun(scope="fragment")` in a
fragment's body reruns only the fragment too, but it raises when the fragment is drawn by a
full run of the page, and AppTest turns every click on a fragment's button into a full run:
this page does not use it.)

**Leaving the page.** The count, the total and the run numbers are plain session-state keys,
and the slider is drawn with `persist_state="session"`: after a visit to another page they
are all as you left them.

**Streamlit version.** Rerunning a keyed fragment from a callback,
`st.rerun("{FRAGMENT_KEY}")`, and calling `st.rerun()` inside a callback both came with
Streamlit 1.63.
"""


def init_state() -> None:
    """Set the count, the total and both run numbers up once per session."""
    for key in (COUNT_KEY, TOTAL_KEY, PAGE_RUNS_KEY, FRAGMENT_RUNS_KEY):
        st.session_state.setdefault(key, 0)


def count_one() -> None:
    """Callback of "Count", in the fragment: add one to the count; only the fragment reruns."""
    st.session_state[COUNT_KEY] += 1


def reset_count() -> None:
    """Callback of "Reset the count", outside the fragment: clear the count, then rerun only
    the fragment that shows it instead of the whole page."""
    st.session_state[COUNT_KEY] = 0
    st.rerun(FRAGMENT_KEY)


def add_to_total() -> None:
    """Callback of "Add the count to the total above", in the fragment: move the count into
    the total, drawn outside the fragment, so ask for a run of the whole page."""
    st.session_state[TOTAL_KEY] += st.session_state[COUNT_KEY]
    st.session_state[COUNT_KEY] = 0
    st.rerun()


def draw_slow_report(seconds: float) -> None:
    """The slow part of the page, outside the fragment: it takes `seconds` on every full run."""
    if seconds:
        with st.spinner("Drawing the slow report…"):
            time.sleep(seconds)
    st.write(f"Slow report drawn in {seconds:.1f} s.")
    st.caption(f"Page drawn at run {st.session_state[PAGE_RUNS_KEY]}.")


@st.fragment(key=FRAGMENT_KEY)
def draw_counter() -> None:
    """The fragment: its marker, the count and its two buttons; a click here reruns only this."""
    st.session_state[FRAGMENT_RUNS_KEY] += 1
    with st.container(border=True, key="fragment_box"):
        st.caption(f"Fragment drawn at run {st.session_state[FRAGMENT_RUNS_KEY]}.")
        st.write(f"Counted {st.session_state[COUNT_KEY]} time(s) in the fragment.")
        st.button("Count", key="fragment_count", on_click=count_one)
        st.button(
            "Add the count to the total above", key="fragment_add_to_total", on_click=add_to_total
        )


def render() -> None:
    """Draw the page: the slider, the total and the slow report, the fragment, then the reset."""
    init_state()
    st.session_state[PAGE_RUNS_KEY] += 1
    st.title(TITLE)
    st.markdown(EXPLANATION)
    seconds = st.slider(
        "Seconds the slow report takes",
        0.0,
        3.0,
        DEFAULT_SLOW_SECONDS,
        step=0.5,
        format="%.1f s",
        key=SLOW_SECONDS_KEY,
        persist_state="session",
    )
    st.write(f"Total added: {st.session_state[TOTAL_KEY]}.")
    draw_slow_report(seconds)
    draw_counter()
    st.button("Reset the count", key="fragment_reset", on_click=reset_count)


if __name__ == "__main__":
    render()
