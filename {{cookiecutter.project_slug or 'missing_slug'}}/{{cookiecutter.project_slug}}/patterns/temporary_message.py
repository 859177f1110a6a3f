"""The greeting is drawn under `if st.button(...)`, so it lasts for the click's run only."""

import streamlit as st

from {{ cookiecutter.project_slug }}.patterns import page_of
from {{ cookiecutter.project_slug }}.text import as_text

TITLE = page_of(__file__).title

NAME_KEY = "message_name"

EXPLANATION = """
**The problem.** `st.button` returns `True` only on the rerun that its click causes.

**The pattern.** That is exactly right for a quick check whose answer need not stay: draw the
answer under `if st.button(...)`. It shows after the click and is gone at the next interaction,
here as soon as you change the name. This is the one place where nesting under a button is
the pattern, not the bug.

**Leaving the page.** The name input is drawn with `persist_state="session"`, so Streamlit
keeps what you typed while you visit another page; the message, like after any other
interaction, is gone when you come back.
"""


def greeting(name: str) -> str:
    """The message for `name`, with the typed name shown as plain text."""
    return f"Hello, {as_text(name)}!" if name else "Hello, whoever you are!"


def render() -> None:
    """Draw the page: a name, and a button that greets it for one run only."""
    st.title(TITLE)
    st.markdown(EXPLANATION)
    st.text_input("Your name", key=NAME_KEY, persist_state="session")
    if st.button("Say hello", key="message_hello"):
        st.success(greeting(st.session_state[NAME_KEY]))


if __name__ == "__main__":
    render()
