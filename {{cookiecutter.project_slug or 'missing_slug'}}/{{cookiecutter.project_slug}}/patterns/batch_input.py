"""The same inputs three ways: a form, widgets that wait for "Apply", and live widgets."""

import streamlit as st

from {{ cookiecutter.project_slug }}.patterns import page_of
from {{ cookiecutter.project_slug }}.text import as_text

TITLE = page_of(__file__).title

RUNS_KEY = "batch_runs"
# The three ways, by the name their keys take, and the heading of each.
WAYS = {"form": "A form", "wait": "Widgets that wait", "live": "Live widgets"}
MAX_QUANTITY = 99

EXPLANATION = """
**The problem.** Every change to a widget reruns the whole script. When inputs only mean
something together, such as an item and its quantity, each change runs the script on half an
entry, and a slow script runs once per field.

**The pattern.** The same two inputs, three ways:
- *A form* (`st.form` with `clear_on_submit=True`). Typing in it causes no rerun; “Send”
  sends both values in one rerun and clears the inputs for the next entry. Only the submit
  button of a form may take a callback: it applies the entry.
- *Widgets that wait* (`on_change="ignore"`). A change updates the widget's value without a
  rerun; “Apply” applies what they hold, in one rerun. Unlike a form, they may sit anywhere on
  the page, and they keep their values after “Apply”.
- *Live widgets*, the contrast: every change reruns the script, and applies at once.

**Counting reruns.** Each way applies its values in a callback, and Streamlit calls a callback
once, at the start of the rerun that its widget causes: so each way counts its reruns there.
The page counts every one of its runs at the top of the script, whatever caused it. Type in
the form or in the widgets that wait, and no count moves until “Send” or “Apply”.

**Leaving the page.** What each way applied and the counts are plain session-state keys, and
the widgets that wait and the live ones are drawn with `persist_state="session"`, so they are
as you left them after a visit to another page. The form's inputs are not kept: a form sends
nothing until it is submitted, and it is cleared when it is, while session state still holds
the values last sent, which would bring a sent entry back.

**Streamlit version.** The newest feature here is `on_change="ignore"`: Streamlit 1.63 brought
it to text inputs and sliders, 1.64 to number inputs (in 1.63 a number input takes the text as
a callback, and raises).
"""


def item_key(way: str) -> str:
    """The key of the item input of one way."""
    return f"batch_{way}_item"


def quantity_key(way: str) -> str:
    """The key of the quantity input of one way."""
    return f"batch_{way}_quantity"


def applied_key(way: str) -> str:
    """The session-state key of what one way applied last: (quantity, item)."""
    return f"batch_{way}_applied"


def reruns_key(way: str) -> str:
    """The session-state key of the count of reruns that one way caused."""
    return f"batch_{way}_reruns"


def init_state() -> None:
    """Set the counts up once per session; nothing is applied until a way applies it."""
    st.session_state.setdefault(RUNS_KEY, 0)
    for way in WAYS:
        st.session_state.setdefault(reruns_key(way), 0)


def apply(way: str) -> None:
    """Callback: apply what the way's inputs hold, and count the rerun that called it."""
    entry = (st.session_state[quantity_key(way)], st.session_state[item_key(way)])
    st.session_state[applied_key(way)] = entry
    st.session_state[reruns_key(way)] += 1


def applied_line(way: str) -> str:
    """What the way applied last, with the typed item trimmed and shown as plain text."""
    applied = st.session_state.get(applied_key(way))
    if applied is None:
        return "Nothing applied yet."
    quantity, item = applied
    return f"Applied: {quantity} × {as_text(item.strip()) if item.strip() else '(nothing)'}"


def draw_inputs(way: str, **behaviour) -> None:
    """The item and quantity inputs of one way, with the change `behaviour` given."""
    st.text_input("Item", key=item_key(way), **behaviour)
    st.number_input("Quantity", 1, MAX_QUANTITY, key=quantity_key(way), **behaviour)


def draw_form() -> None:
    """The form: nothing is sent until "Send", which applies the entry and clears the form."""
    with st.form("batch_form", clear_on_submit=True):
        draw_inputs("form")
        st.form_submit_button("Send", key="batch_send", on_click=apply, args=("form",))


def draw_waiting() -> None:
    """Widgets whose changes wait, without a rerun, for the "Apply" button."""
    draw_inputs("wait", on_change="ignore", persist_state="session")
    st.button("Apply", key="batch_apply", on_click=apply, args=("wait",))


def draw_live() -> None:
    """Widgets whose every change reruns the script and applies."""
    draw_inputs("live", on_change=apply, args=("live",), persist_state="session")


def draw_outcome(way: str) -> None:
    """What the way applied last and how many reruns it caused."""
    with st.container(key=f"batch_{way}_outcome"):
        st.markdown(applied_line(way))
        st.caption(f"Reruns it caused: {st.session_state[reruns_key(way)]}")


def render() -> None:
    """Draw the page: the three ways side by side, each with its outcome, and the run count."""
    init_state()
    st.session_state[RUNS_KEY] += 1
    st.title(TITLE)
    st.markdown(EXPLANATION)
    drawers = {"form": draw_form, "wait": draw_waiting, "live": draw_live}
    for column, (way, heading) in zip(st.columns(len(WAYS)), WAYS.items(), strict=True):
        with column:
            st.subheader(heading)
            drawers[way]()
            draw_outcome(way)
    caused = sum(st.session_state[reruns_key(way)] for way in WAYS)
    st.caption(
        f"This page has run {st.session_state[RUNS_KEY]} times in this session; "
        f"the ways above caused {caused} of those runs."
    )


if __name__ == "__main__":
    render()
