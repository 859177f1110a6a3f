"""Rows of inputs keyed by ids that are never reused, added and removed by callbacks."""

import streamlit as st

from {{ cookiecutter.project_slug }}.patterns import page_of
from {{ cookiecutter.project_slug }}.text import as_text

TITLE = page_of(__file__).title

ROW_IDS_KEY = "rows_ids"
NEXT_ID_KEY = "rows_next_id"
FIELDS = {"first": "First name", "last": "Last name"}

EXPLANATION = """
**The problem.** Widgets drawn in a loop need keys that differ, or Streamlit raises a
duplicate key error; and rows keyed by their *position* shift their values onto the wrong
row when one above them is removed.

**The pattern.** Session state holds the list of row *ids*, changed only by callbacks.
Each id is given once and never reused, and a row's keys are built from it
(`rows_first_3`), so adding or removing a row never moves a value to another row.

**Leaving the page.** The ids are plain session-state keys and the inputs are drawn with
`persist_state="session"`, so the rows and their names are all there after a visit to
another page. Removing a row deletes its keys, which would otherwise be kept for the session.
"""


def field_key(field: str, row_id: int) -> str:
    """The session-state key of one input of one row."""
    return f"rows_{field}_{row_id}"


def init_state() -> None:
    """Start with no rows, once per session."""
    st.session_state.setdefault(ROW_IDS_KEY, [])
    st.session_state.setdefault(NEXT_ID_KEY, 0)


def add_row() -> None:
    """Callback: append a row with a new id."""
    st.session_state[ROW_IDS_KEY].append(st.session_state[NEXT_ID_KEY])
    st.session_state[NEXT_ID_KEY] += 1


def remove_row(row_id: int) -> None:
    """Callback: remove one row and forget its values; the other rows keep their ids, so
    their keys and values."""
    st.session_state[ROW_IDS_KEY].remove(row_id)
    for field in FIELDS:
        st.session_state.pop(field_key(field, row_id), None)


def draw_row(row_id: int) -> None:
    """One row: an input per field, keyed by the row's id, and its remove button."""
    *field_columns, button_column = st.columns([3, 3, 1], vertical_alignment="bottom")
    for column, (field, label) in zip(field_columns, FIELDS.items(), strict=True):
        column.text_input(label, key=field_key(field, row_id), persist_state="session")
    button_column.button("Remove", key=f"rows_remove_{row_id}", on_click=remove_row, args=(row_id,))


def person_line(position: int, row_id: int) -> str:
    """The summary line of one row, with the typed names trimmed and shown as plain text."""
    names = [st.session_state.get(field_key(field, row_id), "").strip() for field in FIELDS]
    full_name = " ".join(name for name in names if name)
    return f"Person {position}: {as_text(full_name) if full_name else '(no name yet)'}"


def render() -> None:
    """Draw the page: the rows, the add button and a summary of every row."""
    init_state()
    st.title(TITLE)
    st.markdown(EXPLANATION)
    row_ids = st.session_state[ROW_IDS_KEY]
    for row_id in row_ids:
        draw_row(row_id)
    st.button("Add person", key="rows_add", on_click=add_row)
    st.subheader("People")
    summary = st.container(key="rows_summary")
    for position, row_id in enumerate(row_ids, start=1):
        summary.markdown(person_line(position, row_id))
    if not row_ids:
        summary.caption("Nobody yet: click “Add person”.")


if __name__ == "__main__":
    render()
