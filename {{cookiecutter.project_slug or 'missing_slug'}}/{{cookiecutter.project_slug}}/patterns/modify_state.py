"""Counters drawn above their buttons, changed in a callback or set before st.rerun()."""

import streamlit as st

from {{ cookiecutter.project_slug }}.patterns import page_of

TITLE = page_of(__file__).title

CALLBACK_COUNT_KEY = "modify_callback_count"
RERUN_COUNT_KEY = "modify_rerun_count"
RUNS_KEY = "modify_runs"

EXPLANATION = """
**The problem.** A value is drawn above the button that changes it. If the button's body
changes the value, the script has already drawn the old one: the page is one run behind.

**The pattern: a callback** (left). The button's `on_click` callback changes the value.
Streamlit runs callbacks before the script, so the value drawn above is already new.
One click, one run.

**The alternative: `st.rerun()`** (right). The button's body changes the value, then calls
`st.rerun()` so the script starts again and draws the new value. It works, but every click
costs two runs of the whole script: use it when the change cannot live in a callback.

**Leaving the page.** The counters are plain session-state keys, not widgets, so Streamlit
keeps them when you visit another page and come back.
"""


def init_state() -> None:
    """Set both counters up once per session."""
    st.session_state.setdefault(CALLBACK_COUNT_KEY, 0)
    st.session_state.setdefault(RERUN_COUNT_KEY, 0)
    st.session_state.setdefault(RUNS_KEY, 0)


def add_one() -> None:
    """Callback: add one to the callback counter before the script reruns."""
    st.session_state[CALLBACK_COUNT_KEY] += 1


def render() -> None:
    """Draw the page: each counter above its button, and how many runs the page took."""
    init_state()
    st.session_state[RUNS_KEY] += 1
    st.title(TITLE)
    st.markdown(EXPLANATION)
    left, right = st.columns(2)
    left.metric("Callback counter", st.session_state[CALLBACK_COUNT_KEY])
    left.button("Add one", key="modify_callback_add", on_click=add_one)
    right.metric("Rerun counter", st.session_state[RERUN_COUNT_KEY])
    if right.button("Add one", key="modify_rerun_add"):
        st.session_state[RERUN_COUNT_KEY] += 1
        st.rerun()
    st.caption(f"This page has run {st.session_state[RUNS_KEY]} times in this session.")


if __name__ == "__main__":
    render()
