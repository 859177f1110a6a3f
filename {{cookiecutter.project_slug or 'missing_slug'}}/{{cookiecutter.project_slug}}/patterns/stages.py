"""A stage number in session state, moved on by each step's callback, gates each section."""

import streamlit as st

from {{ cookiecutter.project_slug }}.patterns import page_of
from {{ cookiecutter.project_slug }}.text import as_text

TITLE = page_of(__file__).title

STAGE_KEY = "stages_stage"
NAME_KEY = "stages_name"
COLOR_KEY = "stages_color"
STAGES = ("begin", "name", "choice", "done")
COLORS = ("red", "orange", "green", "blue", "violet")

EXPLANATION = """
**The problem.** Widgets nested under `if st.button(...)` vanish at their first interaction,
so a multi-step flow cannot be built from nested buttons.

**The pattern.** Session state holds the current stage, a number. Each step's widget has a
callback that moves the stage on, and each section is drawn only from its stage on, so a later
section never shows before the inputs it needs exist. Changing an earlier step sends the flow
back to the step after it and clears what came later.

**Leaving the page.** The stage is a plain session-state key, and the name and colour inputs
are drawn with `persist_state="session"`, so Streamlit keeps them together: after a visit to
another page the flow goes on where you left it.
"""


def stage() -> int:
    """The current stage: an index into STAGES."""
    return st.session_state[STAGE_KEY]


def set_stage(number: int) -> None:
    """Callback: go to stage `number`."""
    st.session_state[STAGE_KEY] = number


def name_changed() -> None:
    """Callback: a new name asks for the colour again; an empty name waits for one."""
    st.session_state.pop(COLOR_KEY, None)
    set_stage(STAGES.index("choice") if st.session_state[NAME_KEY] else STAGES.index("name"))


def color_changed() -> None:
    """Callback: a chosen colour finishes the process."""
    chosen = st.session_state[COLOR_KEY] is not None
    set_stage(STAGES.index("done") if chosen else STAGES.index("choice"))


def start_over() -> None:
    """Callback: forget the answers and go back to the beginning."""
    st.session_state.pop(NAME_KEY, None)
    st.session_state.pop(COLOR_KEY, None)
    set_stage(STAGES.index("begin"))


def render() -> None:
    """Draw the page: every section up to the current stage."""
    st.session_state.setdefault(STAGE_KEY, STAGES.index("begin"))
    st.title(TITLE)
    st.markdown(EXPLANATION)
    st.caption(f"Stage: {STAGES[stage()]}")
    if stage() == STAGES.index("begin"):
        st.button("Begin", key="stages_begin", on_click=set_stage, args=(STAGES.index("name"),))
        return
    st.text_input("Your name", key=NAME_KEY, on_change=name_changed, persist_state="session")
    if stage() >= STAGES.index("choice"):
        st.selectbox(
            "Pick a colour",
            COLORS,
            index=None,
            key=COLOR_KEY,
            on_change=color_changed,
            persist_state="session",
        )
    if stage() >= STAGES.index("done"):
        name = as_text(st.session_state[NAME_KEY])
        st.success(f"{name} likes {st.session_state[COLOR_KEY]}.")
        st.button("Start over", key="stages_start_over", on_click=start_over)


if __name__ == "__main__":
    render()
