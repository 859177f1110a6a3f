"""The same small form kept four ways, side by side: which values survive hidden widgets and a
visit to another page."""

from pathlib import Path

import streamlit as st

from {{ cookiecutter.project_slug }} import home
from {{ cookiecutter.project_slug }}.patterns import page_of
from {{ cookiecutter.project_slug }}.text import as_text

TITLE = page_of(__file__).title

HIDDEN_KEY = "keep_hidden"
HIDE_KEY = "keep_hide"
SHOW_KEY = "keep_show"
# The value of each field before anything is typed.
DEFAULTS = {"name": "", "tickets": 0}
MAX_TICKETS = 10
# The four ways, by the word in their keys: each one's heading, and what it needs and costs.
WAYS = {
    "plain": (
        "Plain widget (forgets)",
        "The control: a keyed widget and nothing else. Any version; forgets what was typed "
        "once the inputs are hidden, and on a visit to another page.",
    ),
    "copy": (
        "Copy in session state",
        "A plain key holds the value; the widget has a temporary key, filled from it before "
        "drawing and copied back by its callback. Any version; two keys and a callback per input.",
    ),
    "reassign": (
        "Re-assigned each run",
        "`st.session_state[k] = st.session_state[k]` at the top of the run. Any version; one "
        "line, but only where it runs: here on this page only, so it forgets on a visit to "
        "another page.",
    ),
    "persist": (
        'persist_state="session"',
        "One argument of the widget. Needs Streamlit 1.59; keeps the value for the whole "
        'session (`"page"` would keep it only while you stay on this page).',
    ),
}
SHOWN_NOTE = "Type into every column, then hide the inputs, or go to another page and come back."
HIDDEN_NOTE = "The inputs are hidden: show them again to see which ways kept their values."

EXPLANATION = """
**The problem.** A keyed widget that is not drawn in a run loses its value: Streamlit removes
it at the end of that run. That happens when a widget is hidden behind a toggle or a button,
and when you go to another page of the app (Streamlit issues #5813, #6074, #4989): since
Streamlit 1.46 the first run of the new page removes the values of the last page's widgets.

**The pattern.** Below, the same small form is kept four ways. The first is a plain keyed
widget, the control that forgets. The second keeps each value under a plain session-state key
that is not a widget's: the widget gets a temporary key, filled from the plain one before it
is drawn, and its callback copies what was typed back. The third writes each widget's value
back under its own key at the top of every run, which turns it into ordinary session state
that the clean-up leaves alone. The fourth draws the widgets with `persist_state="session"`.
Hide the inputs and show them again: the plain widget comes back empty, the three others keep
their values.

**Leaving the page.** Go to the home page and come back: the copy and `persist_state` keep
their values, the plain widget does not, and neither does the re-assignment, because its line
runs only when this page runs. To keep values across pages that way, the line must run on
every page: in the entry script, before `st.navigation`. Whether the inputs are hidden is a
plain session-state key, so they are still hidden, or shown, when you come back.

**Streamlit version.** `persist_state` came with Streamlit 1.59 (`"session"` keeps a value
for the session, `"page"` only while you stay on the page); the copy and the re-assignment
work with any version.
"""


def state_key(way: str, field: str) -> str:
    """The session-state key that holds one field of one way."""
    return f"keep_{way}_{field}"


def widget_key(way: str, field: str) -> str:
    """The key of the widget of one field of one way: the copy's widgets have temporary keys
    of their own, the other ways' widgets use the key that holds the value."""
    key = state_key(way, field)
    return f"_{key}" if way == "copy" else key


def init_state() -> None:
    """Set up, once per session, the hidden flag and the copy's values."""
    st.session_state.setdefault(HIDDEN_KEY, False)
    for field, default in DEFAULTS.items():
        st.session_state.setdefault(state_key("copy", field), default)


def reassign_values() -> None:
    """At the top of the run: write each re-assigned widget's value back under its own key."""
    for field in DEFAULTS:
        key = state_key("reassign", field)
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]


def fill_copy_widgets() -> None:
    """Before the copy's widgets are drawn: give each temporary key the value kept for it."""
    for field in DEFAULTS:
        st.session_state[widget_key("copy", field)] = st.session_state[state_key("copy", field)]


def save_copy(field: str) -> None:
    """Callback of a copy widget: keep what was typed under the plain key."""
    st.session_state[state_key("copy", field)] = st.session_state[widget_key("copy", field)]


def set_hidden(hidden: bool) -> None:
    """Callback: hide or show every input."""
    st.session_state[HIDDEN_KEY] = hidden


def kept_line(name: str, tickets: int) -> str:
    """What one way holds, with the typed name shown as plain text."""
    shown = as_text(name.strip()) if name.strip() else "(no name)"
    return f"Kept: {shown}, {tickets} ticket(s)"


def input_options(way: str, field: str) -> dict:
    """The widget arguments that make one way keep its value (none for the plain widget and
    the re-assigned one)."""
    if way == "copy":
        return {"on_change": save_copy, "args": (field,)}
    if way == "persist":
        return {"persist_state": "session"}
    return {}


def draw_inputs(way: str) -> None:
    """The form of one way: a name and a number of tickets."""
    if way == "copy":
        fill_copy_widgets()
    st.text_input("Name", key=widget_key(way, "name"), **input_options(way, "name"))
    st.number_input(
        "Tickets",
        min_value=0,
        max_value=MAX_TICKETS,
        key=widget_key(way, "tickets"),
        **input_options(way, "tickets"),
    )


def draw_way(way: str, hidden: bool) -> None:
    """One column: the way's heading and note, its inputs unless hidden, and what it kept."""
    heading, note = WAYS[way]
    st.markdown(f"**{heading}**")
    st.caption(note)
    if not hidden:
        draw_inputs(way)
    name, tickets = (
        st.session_state.get(state_key(way, field), default) for field, default in DEFAULTS.items()
    )
    if hidden and way == "plain":  # its values go at the end of this run: show what comes back
        name, tickets = DEFAULTS.values()
    st.container(key=f"keep_{way}").markdown(kept_line(name, tickets))


def render() -> None:
    """Draw the page: the four ways side by side, the hide or show button, a link away."""
    reassign_values()
    init_state()
    st.title(TITLE)
    st.markdown(EXPLANATION)
    hidden = st.session_state[HIDDEN_KEY]
    if hidden:
        st.button("Show the inputs", key=SHOW_KEY, on_click=set_hidden, args=(False,))
    else:
        st.button("Hide the inputs", key=HIDE_KEY, on_click=set_hidden, args=(True,))
    st.caption(HIDDEN_NOTE if hidden else SHOWN_NOTE)
    for column, way in zip(st.columns(len(WAYS)), WAYS, strict=True):
        with column:
            draw_way(way, hidden)
    st.page_link(
        Path(home.__file__),
        label="Go to the home page, then come back here from the navigation",
        icon=":material/home:",
    )


if __name__ == "__main__":
    render()
