"""Buttons that clear or fill a text input, through on_click callbacks."""

import streamlit as st

from {{ cookiecutter.project_slug }}.patterns import page_of

TITLE = page_of(__file__).title

NAME_KEY = "reset_name"
FILL_VALUE = "Streamlit"

EXPLANATION = """
**The problem.** A button that changes a widget *after* the widget was drawn raises
`StreamlitAPIException`: in this run the widget already has its value.

**This technique: a callback.** Each button passes `on_click` a function that writes the
new value into session state under the input's key. Streamlit runs callbacks *before* it
reruns the script, so the input is drawn with the new value, and the buttons can sit
anywhere on the page.

**Leaving the page.** The input is drawn with `persist_state="session"`, so Streamlit keeps
the name, typed or set by a button, while you visit another page.
"""


def set_name(value: str) -> None:
    """Callback: store `value` under the input's key before the script reruns."""
    st.session_state[NAME_KEY] = value


def render() -> None:
    """Draw the page: a text input and two buttons that change it through callbacks."""
    st.title(TITLE)
    st.markdown(EXPLANATION)
    st.text_input("Name", key=NAME_KEY, persist_state="session")
    st.button("Clear name", key="reset_clear", on_click=set_name, args=("",))
    st.button(
        f"Fill in “{FILL_VALUE}”",
        key="reset_fill",
        on_click=set_name,
        args=(FILL_VALUE,),
    )


if __name__ == "__main__":
    render()
