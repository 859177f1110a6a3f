"""Choices kept in the page's address: widgets bound to query parameters, beside the older way
of a callback that writes st.query_params."""

from urllib.parse import urlencode

import streamlit as st

from {{ cookiecutter.project_slug }}.patterns import page_of
from {{ cookiecutter.project_slug }}.text import as_text

TITLE = page_of(__file__).title

# The bound widgets' keys are also the names of their query parameters.
REGION_KEY = "url_region"
FROM_KEY = "url_from"
# The sort order is kept in the address by its own code, under a parameter of the same name.
SORT_KEY = "url_sort"
EXAMPLE_KEY = "url_example"
RESET_KEY = "url_reset"
REGIONS = ("all regions", "Africa", "Americas", "Asia", "Europe", "Oceania")
# The first year is the slider's default: its whole range is shown.
FIRST_YEAR, LAST_YEAR = 2020, 2026
SORTS = {"newest": "newest first", "oldest": "oldest first"}
DEFAULT_SORT = "newest"
# Every choice by its key: at its default, and as the example button sets it.
DEFAULTS = {REGION_KEY: REGIONS[0], FROM_KEY: FIRST_YEAR, SORT_KEY: DEFAULT_SORT}
EXAMPLE = {REGION_KEY: "Europe", FROM_KEY: 2022, SORT_KEY: "oldest"}

EXPLANATION = """
**The problem.** Session state lasts as long as the browser tab's connection: a reload, a
bookmark or a link sent to someone opens the page with every choice back at its default.

**The pattern.** The region and the first year are drawn with `bind="query-params"`: the
widget's key is the name of its parameter in the address (`?url_region=Europe&url_from=2022`),
Streamlit writes the parameter when the value changes, leaves it out while the value is the
default, and reads it when the page opens. A value in the address that the widget cannot take
(an unknown region, a year that is no number or is out of range) is dropped from the address
and the widget keeps its default; a year with a fraction is cut to the whole year. A bound parameter cannot be set through `st.query_params`:
to change the widget from code, set its key in `st.session_state`, as the two buttons below
do, and the address follows (Streamlit issue #14670). The order is kept the older way: its
callback writes `st.query_params`, and the page reads the parameter when it opens, checking it
against the known orders itself.

**Leaving the page.** The address of another page has none of these parameters. When you come
back, Streamlit puts the bound ones back into the address; the order, drawn with
`persist_state="session"`, is written back by this page's own code. Reloading the page, or
opening the link below in another tab, shows the same choices.

**Streamlit version.** `persist_state` came with Streamlit 1.59. `bind="query-params"` came
with 1.55, and since 1.58 setting a bound widget through session state updates the address.
"""


def sort_in_link() -> str:
    """The sort order that the page's address asks for, if it is a known one, else the default."""
    asked = st.query_params.get(SORT_KEY)
    return asked if asked in SORTS else DEFAULT_SORT


def write_sort() -> None:
    """Callback of the sort order, and after a visit to another page: the address holds the
    sort order, and no parameter while it is the default."""
    sort = st.session_state[SORT_KEY]
    if sort == DEFAULT_SORT:
        st.query_params.pop(SORT_KEY, None)
    elif st.query_params.get(SORT_KEY) != sort:
        st.query_params[SORT_KEY] = sort


def open_sort() -> None:
    """Before the sort order is drawn: take it from the address on the page's first run in the
    session (an unknown order is dropped from the address); later, put it back into an address
    that lost it on a visit to another page."""
    if SORT_KEY not in st.session_state:
        st.session_state[SORT_KEY] = sort_in_link()
        write_sort()
    elif SORT_KEY not in st.query_params:
        write_sort()


def choose(choices: dict) -> None:
    """Callback: set every choice; Streamlit updates the bound parameters, the sort order's is
    written here."""
    for key, value in choices.items():
        st.session_state[key] = value
    write_sort()


def link(choices: dict) -> str:
    """The address that opens this page with these choices: only those away from the default
    are in it."""
    query = urlencode({key: value for key, value in choices.items() if value != DEFAULTS[key]})
    page = st.context.url or ""
    return f"{page}?{query}" if query else page or "(this page's address, with no parameters)"


def showing(choices: dict) -> str:
    """The line that says what the page shows."""
    region, first_year, sort = choices[REGION_KEY], choices[FROM_KEY], choices[SORT_KEY]
    return f"Showing: {as_text(region)}, from {first_year}, {SORTS[sort]}."


def draw_choices() -> dict:
    """The three choices, by key: two bound to the address, one written to it by its callback."""
    left, middle, right = st.columns(3)
    region = left.selectbox("Region", REGIONS, key=REGION_KEY, bind="query-params")
    first_year = middle.slider(
        "From year", FIRST_YEAR, LAST_YEAR, key=FROM_KEY, bind="query-params"
    )
    sort = right.radio(
        "Order",
        list(SORTS),
        format_func=SORTS.get,
        key=SORT_KEY,
        on_change=write_sort,
        persist_state="session",
    )
    return {REGION_KEY: region, FROM_KEY: first_year, SORT_KEY: sort}


def render() -> None:
    """Draw the page: the choices, what they show, the link to share, and the buttons."""
    open_sort()
    st.title(TITLE)
    st.markdown(EXPLANATION)
    choices = draw_choices()
    st.markdown(showing(choices))
    st.caption("The link to this view:")
    st.code(link(choices), language=None)
    with st.container(horizontal=True):
        label = "Show Europe from 2022, oldest first"
        st.button(label, key=EXAMPLE_KEY, on_click=choose, args=(EXAMPLE,))
        st.button("Reset", key=RESET_KEY, on_click=choose, args=(DEFAULTS,))


if __name__ == "__main__":
    render()
