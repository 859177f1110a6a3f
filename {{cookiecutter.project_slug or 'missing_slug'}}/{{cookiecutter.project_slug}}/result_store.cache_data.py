"""Results of the slow work kept by st.cache_data: every session on this server shares them."""

import pandas as pd
import streamlit as st

from {{ cookiecutter.project_slug }}.slow_work import KEPT_RESULTS, build_table

WHERE = (
    "in **`st.cache_data`**: every session on this server process sees them, "
    "until the server restarts or the cache is cleared"
)


# Beyond the results, Streamlit keeps a small lock (about 0.2 KB) for every distinct set of
# parameters ever asked, until the cache is cleared: bounded here by the page's 3,003 choices.
@st.cache_data(show_spinner=False, max_entries=KEPT_RESULTS)
def table_for(multiplier: int, add: int) -> pd.DataFrame:
    """The table for these parameters, built only the first time any session asks for it.

    Beyond KEPT_RESULTS results, the cache drops the one used least recently.
    """
    return build_table(multiplier, add)


def clear() -> None:
    """Forget every cached result, for every session of this server."""
    table_for.clear()
