"""Buttons that clear or fill a text input drawn later into a container placed above them."""

import streamlit as st

from {{ cookiecutter.project_slug }}.patterns import page_of

TITLE = page_of(__file__).title

NAME_KEY = "reset_name"
FILL_VALUE = "Streamlit"

EXPLANATION = """
**The problem.** A button that changes a widget *after* the widget was drawn raises
`StreamlitAPIException`: in this run the widget already has its value.

**This technique: a container.** The page creates an empty `st.container()` first, where
the input will show. The buttons come next in the script and set the value; the input is
drawn last, into the container. The order of the logic and the order on screen differ.

**Leaving the page.** The input is drawn with `persist_state="session"`, so Streamlit keeps
the name, typed or set by a button, while you visit another page.
"""


def render() -> None:
    """Draw the page: a container for the input, the buttons, then the input inside it."""
    st.title(TITLE)
    st.markdown(EXPLANATION)
    input_area = st.container()
    if st.button("Clear name", key="reset_clear"):
        st.session_state[NAME_KEY] = ""
    if st.button(f"Fill in “{FILL_VALUE}”", key="reset_fill"):
        st.session_state[NAME_KEY] = FILL_VALUE
    input_area.text_input("Name", key=NAME_KEY, persist_state="session")


if __name__ == "__main__":
    render()
