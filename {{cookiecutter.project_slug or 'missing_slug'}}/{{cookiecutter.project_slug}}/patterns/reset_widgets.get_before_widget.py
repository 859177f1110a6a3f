"""Buttons that clear or fill a text input, read with .get() before the input is drawn."""

import streamlit as st

from {{ cookiecutter.project_slug }}.patterns import page_of

TITLE = page_of(__file__).title

NAME_KEY = "reset_name"
CLEAR_KEY = "reset_clear"
FILL_KEY = "reset_fill"
FILL_VALUE = "Streamlit"

EXPLANATION = """
**The problem.** A button that changes a widget *after* the widget was drawn raises
`StreamlitAPIException`: in this run the widget already has its value.

**This technique: read the buttons first.** The buttons have keys, so a click is in
session state at the start of the rerun it causes. The script reads those keys *before* it
draws the input and sets the input's value there. It uses `st.session_state.get()`
because on the first run the buttons' keys do not exist yet.

**Leaving the page.** The input is drawn with `persist_state="session"`, so Streamlit keeps
the name, typed or set by a button, while you visit another page.
"""


def apply_clicks() -> None:
    """Change the input's value for a button clicked in the run that led here."""
    if st.session_state.get(CLEAR_KEY):
        st.session_state[NAME_KEY] = ""
    if st.session_state.get(FILL_KEY):
        st.session_state[NAME_KEY] = FILL_VALUE


def render() -> None:
    """Draw the page: the clicks are applied first, then the input, then the buttons."""
    apply_clicks()
    st.title(TITLE)
    st.markdown(EXPLANATION)
    st.text_input("Name", key=NAME_KEY, persist_state="session")
    st.button("Clear name", key=CLEAR_KEY)
    st.button(f"Fill in “{FILL_VALUE}”", key=FILL_KEY)


if __name__ == "__main__":
    render()
