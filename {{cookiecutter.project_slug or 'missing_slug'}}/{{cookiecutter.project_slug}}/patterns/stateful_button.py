"""A flag in session state, set by the button's callback, keeps the content drawn."""

import streamlit as st

from {{ cookiecutter.project_slug }}.patterns import page_of

TITLE = page_of(__file__).title

CLICKED_KEY = "stateful_clicked"
LEVEL_KEY = "stateful_level"
NOTIFY_KEY = "stateful_notify"

EXPLANATION = """
**The problem.** Content drawn under `if st.button(...)` vanishes at the next interaction,
including an interaction with a widget inside that content.

**The pattern.** Keep the click in session state. A flag is set up once, the button's
`on_click` callback sets it, and the content is drawn whenever the flag is set, whatever
caused the rerun.

**Leaving the page.** The flag is a plain session-state key, so the settings are still open
when you come back from another page; the slider and the box inside are drawn with
`persist_state="session"`, so Streamlit keeps their values too.
"""


def init_state() -> None:
    """Set the flag up once per session: not clicked yet."""
    st.session_state.setdefault(CLICKED_KEY, False)


def mark_clicked() -> None:
    """Callback: remember that the button was clicked."""
    st.session_state[CLICKED_KEY] = True


def draw_settings() -> None:
    """The content that the click reveals, with widgets of its own."""
    with st.container(border=True, key="stateful_content"):
        level = st.slider("Level", 0, 10, 5, key=LEVEL_KEY, persist_state="session")
        notify = st.checkbox("Notify me", key=NOTIFY_KEY, persist_state="session")
        st.write(f"Level {level}, notifications {'on' if notify else 'off'}.")


def render() -> None:
    """Draw the page: the button, then the content once it has been clicked."""
    init_state()
    st.title(TITLE)
    st.markdown(EXPLANATION)
    st.button("Open the settings", key="stateful_open", on_click=mark_clicked)
    if st.session_state[CLICKED_KEY]:
        draw_settings()


if __name__ == "__main__":
    render()
