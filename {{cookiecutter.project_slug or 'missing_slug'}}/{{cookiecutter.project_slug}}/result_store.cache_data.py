"""Results of the slow work kept by st.cache_data: every session on this server shares them.

Every result store has the same interface: `WHERE`, `SHARED` (whether other sessions see the
results), `stored` (look up, never compute), `compute_and_store` and `clear`.
"""

import pandas as pd
import streamlit as st

from {{ cookiecutter.project_slug }}.slow_work import KEPT_RESULTS, Report, build_table, ignore_progress

WHERE = (
    "in **`st.cache_data`**: every session on this server process sees them, until the server "
    f"restarts or the cache is cleared. At most {KEPT_RESULTS} are kept: asking for more "
    "forgets the one used least recently"
)
SHARED = True


class NotStored(Exception):
    """Raised inside the cached function on a look-up that finds nothing: nothing is cached."""


# st.cache_data keys the cache on every argument except those whose names start with "_", and
# never caches an exception: a look-up that finds nothing raises instead of computing.
# Beyond the results, Streamlit keeps a small lock (about 0.2 KB) for every distinct set of
# parameters ever asked, until the cache is cleared: bounded here by the page's 3,003 choices.
@st.cache_data(show_spinner=False, max_entries=KEPT_RESULTS)
def cached_table(
    multiplier: int, add: int, _compute: bool, _report: Report = ignore_progress
) -> pd.DataFrame:
    """The table for these parameters; beyond KEPT_RESULTS, the one used least recently goes."""
    if not _compute:
        raise NotStored
    return build_table(multiplier, add, _report)


def stored(multiplier: int, add: int) -> pd.DataFrame | None:
    """The table any session stored for these parameters, or None; never computes."""
    try:
        return cached_table(multiplier, add, _compute=False)
    except NotStored:
        return None


def compute_and_store(multiplier: int, add: int, report: Report = ignore_progress) -> pd.DataFrame:
    """The table for these parameters: the one stored, else built now (reporting its progress)
    and cached."""
    return cached_table(multiplier, add, _compute=True, _report=report)


def clear() -> None:
    """Forget every cached result, for every session of this server."""
    cached_table.clear()
