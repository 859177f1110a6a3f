"""A delete button that only asks: a flag opens a dialog, and only its "Delete" deletes."""

import streamlit as st

from {{ cookiecutter.project_slug }}.patterns import page_of
from {{ cookiecutter.project_slug }}.text import as_text

TITLE = page_of(__file__).title

NOTES_KEY = "confirm_notes"
NOTE_KEY = "confirm_note"
ASKING_KEY = "confirm_asking"
OUTCOME_KEY = "confirm_outcome"
ASK_BUTTON = "confirm_ask"
FIRST_NOTES = ("Buy milk", "Call the bank", "Water the plants")
NOTHING_DELETED = "Nothing was deleted."

EXPLANATION = """
**The problem.** A button that deletes at its first click deletes by mistake, so the page
must ask first, and the question must outlive the reruns that clicks cause. The usual
`if st.button("Delete every note"): ask()`, with `if st.button("Delete")` inside the dialog,
works in a browser only because a dialog's body reruns on its own, as a fragment: a
`st.rerun()` under such an inner button may run the dialog's body once more (streamlit issue
#13009), and under AppTest the inner button does nothing at all (below).

**The pattern.** The "Delete every note" button only *asks*: its `on_click` callback sets a
flag in session state, and every run in which the flag is set opens a dialog made with
`@st.dialog`. Its "Delete" and "Cancel" buttons act in callbacks: "Delete" deletes, both clear
the flag and call `st.rerun()`, so the whole page is drawn again without the dialog. Escape, a
click beside the dialog and its close button run the dialog's `on_dismiss` callback, which
cancels too: nothing is deleted unless "Delete" is clicked, and a dismissed dialog does not
come back at the next rerun. "Delete" acts only while the question is open, so a late second
click deletes nothing more.

**Why a flag, not a button, opens it.** Under AppTest, code under `if st.button(...)` inside a
dialog that another button opened never runs (streamlit issue #9786): AppTest reruns the whole
script for the inner click, and by then the outer button is `False`, so neither the dialog nor
the inner button is drawn. A dialog opened from a flag is drawn in every run that needs it, so
the tests can click its buttons.

**Leaving the page.** The notes and the outcome are plain session-state keys, and the note
being typed is drawn with `persist_state="session"`: all are there when you come back from
another page. A question left open is not: leaving the page answers it with "Cancel",
nothing is deleted, and the page does not greet you with the dialog when you come back.

**Streamlit version.** A callback that calls `st.rerun()` closes the dialog, which needs
Streamlit 1.63 (earlier, that call did nothing); `on_dismiss` came in 1.48 and
`persist_state` in 1.59.
"""


def init_state() -> None:
    """Set up the notes, with three of them, and no question, once per session."""
    st.session_state.setdefault(NOTES_KEY, list(FIRST_NOTES))
    st.session_state.setdefault(ASKING_KEY, False)
    st.session_state.setdefault(OUTCOME_KEY, None)


def add_note() -> None:
    """Callback: add the typed note, if it is not blank, and empty the input."""
    note = st.session_state[NOTE_KEY].strip()
    if note:
        st.session_state[NOTES_KEY].append(note)
    st.session_state[NOTE_KEY] = ""


def ask() -> None:
    """Callback of "Delete every note": open the question, forgetting the last answer."""
    st.session_state[ASKING_KEY] = True
    st.session_state[OUTCOME_KEY] = None


def close(outcome: str) -> None:
    """Close the question with this outcome, and rerun the whole page, without the dialog."""
    st.session_state[ASKING_KEY] = False
    st.session_state[OUTCOME_KEY] = outcome
    st.rerun()


def deleted_text(count: int) -> str:
    """What the page says after deleting `count` notes."""
    return f"Deleted {count} note{'' if count == 1 else 's'}."


def delete_all() -> None:
    """Callback of "Delete": delete every note and close, only while the question is open
    (a second, late click finds it closed and deletes nothing more)."""
    if not st.session_state[ASKING_KEY]:
        return
    count = len(st.session_state[NOTES_KEY])
    st.session_state[NOTES_KEY].clear()
    close(deleted_text(count))


def cancel() -> None:
    """Callback of "Cancel", Escape, a click beside the dialog and its close button: close
    with nothing deleted."""
    if st.session_state[ASKING_KEY]:
        close(NOTHING_DELETED)


def drop_question_left_open() -> None:
    """Cancel a question that was open when the user went to another page.

    Streamlit forgets the state of a widget that a run does not draw, so after a run of
    another page the "Delete every note" button's key is gone until it is drawn again.
    """
    if st.session_state[ASKING_KEY] and ASK_BUTTON not in st.session_state:
        st.session_state[ASKING_KEY] = False
        st.session_state[OUTCOME_KEY] = NOTHING_DELETED


@st.dialog("Delete every note?", on_dismiss=cancel)
def confirm_deletion() -> None:
    """The question: how many notes would go, "Delete" and "Cancel"."""
    count = len(st.session_state[NOTES_KEY])
    st.write(f"All {count} note(s) will be deleted. This cannot be undone.")
    delete_column, cancel_column = st.columns(2)
    delete_column.button("Delete", key="confirm_yes", type="primary", on_click=delete_all)
    cancel_column.button("Cancel", key="confirm_no", on_click=cancel)


def draw_notes() -> None:
    """The notes, each shown as typed, or a line saying that there are none."""
    notes = st.container(key="confirm_list")
    for note in st.session_state[NOTES_KEY]:
        notes.markdown(f"- {as_text(note)}")
    if not st.session_state[NOTES_KEY]:
        notes.caption("No notes.")


def render() -> None:
    """Draw the page: the notes, the input to add one, the delete button and its outcome;
    and the dialog while the question is open."""
    init_state()
    drop_question_left_open()
    st.title(TITLE)
    st.markdown(EXPLANATION)
    st.subheader("Notes")
    draw_notes()
    st.text_input("New note", key=NOTE_KEY, persist_state="session")
    st.button("Add the note", key="confirm_add", on_click=add_note)
    st.button(
        "Delete every note",
        key=ASK_BUTTON,
        on_click=ask,
        disabled=not st.session_state[NOTES_KEY],
    )
    if st.session_state[OUTCOME_KEY]:
        st.info(st.session_state[OUTCOME_KEY])
    if st.session_state[ASKING_KEY]:
        confirm_deletion()


if __name__ == "__main__":
    render()
