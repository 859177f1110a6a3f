"""Callbacks flip booleans in session state: one shows a note, one disables a slider."""

import streamlit as st

from {{ cookiecutter.project_slug }}.patterns import page_of

TITLE = page_of(__file__).title

SHOWN_KEY = "toggle_shown"
LOCKED_KEY = "toggle_locked"
NOTE_KEY = "toggle_note"
NOTE_INPUT_KEY = "toggle_note_input"

EXPLANATION = """
**The problem.** A button cannot be on or off: it is `True` for one rerun only.

**The pattern.** A boolean in session state, flipped by the button's `on_click` callback.
The first button shows or hides a note; the second locks a slider by passing the flag as its
`disabled=` argument. (`st.toggle` and `st.checkbox` do the same with a switch or a box: use a
button when you want a button.)

**Keeping a value through a hide.** A widget that is not drawn in a run loses its value at the
end of that run. The note is therefore copied to a key of its own (`toggle_note`) whenever it
changes, and put back into the input each time the input is drawn again.

**Leaving the page.** The flags and the kept note are plain session-state keys, so they are
all there when you come back from another page; the slider, a widget that is always drawn
here, keeps its value across pages through `persist_state="session"`.
"""


def init_state() -> None:
    """Set the flags and the kept note up once per session."""
    st.session_state.setdefault(SHOWN_KEY, True)
    st.session_state.setdefault(LOCKED_KEY, False)
    st.session_state.setdefault(NOTE_KEY, "")


def flip(flag_key: str) -> None:
    """Callback: turn the flag stored under `flag_key` over."""
    st.session_state[flag_key] = not st.session_state[flag_key]


def flip_button(flag_key: str, key: str, labels: tuple[str, str]) -> bool:
    """A button that flips the flag under `flag_key`, labelled (when off, when on); the flag."""
    on = st.session_state[flag_key]
    st.button(labels[on], key=key, on_click=flip, args=(flag_key,))
    return on


def keep_note() -> None:
    """Callback: copy the note out of its input, where it would be lost when hidden."""
    st.session_state[NOTE_KEY] = st.session_state[NOTE_INPUT_KEY]


def draw_note() -> None:
    """The note input, given back the value it had when it was last shown."""
    st.session_state[NOTE_INPUT_KEY] = st.session_state[NOTE_KEY]
    st.text_input("Note", key=NOTE_INPUT_KEY, on_change=keep_note)


def render() -> None:
    """Draw the page: a show/hide toggle with its note, and a lock toggle with its slider."""
    init_state()
    st.title(TITLE)
    st.markdown(EXPLANATION)
    if flip_button(SHOWN_KEY, "toggle_show", ("Show the note", "Hide the note")):
        draw_note()
    locked = flip_button(LOCKED_KEY, "toggle_lock", ("Lock the slider", "Unlock the slider"))
    st.slider("Volume", 0, 10, 5, key="toggle_volume", disabled=locked, persist_state="session")


if __name__ == "__main__":
    render()
