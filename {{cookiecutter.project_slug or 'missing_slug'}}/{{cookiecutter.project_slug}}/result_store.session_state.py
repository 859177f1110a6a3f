"""Results of the slow work kept in session state: each browser session keeps its own.

Every result store has the same interface: `WHERE`, `SHARED` (whether other sessions see the
results), `stored` (look up, never compute), `compute_and_store` and `clear`.
"""

import pandas as pd
import streamlit as st

from {{ cookiecutter.project_slug }}.slow_work import KEPT_RESULTS, Report, build_table, ignore_progress

WHERE = (
    "in **session state**: only this browser session sees them, and they are gone when the "
    f"session ends. At most {KEPT_RESULTS} are kept: asking for more forgets the oldest"
)
SHARED = False
RESULTS_KEY = "expensive_results"


def stored(multiplier: int, add: int) -> pd.DataFrame | None:
    """The table this session stored for these parameters, or None; never computes."""
    return st.session_state.get(RESULTS_KEY, {}).get((multiplier, add))


def compute_and_store(multiplier: int, add: int, report: Report = ignore_progress) -> pd.DataFrame:
    """The table for these parameters: the one stored, else built now (reporting its progress)
    and kept in this session.

    Beyond KEPT_RESULTS results, the oldest is forgotten (a dict keeps insertion order).
    """
    results = st.session_state.setdefault(RESULTS_KEY, {})
    key = (multiplier, add)
    if key not in results:
        results[key] = build_table(multiplier, add, report)
        while len(results) > KEPT_RESULTS:
            del results[next(iter(results))]
    return results[key]


def clear() -> None:
    """Forget every result of this session."""
    st.session_state.pop(RESULTS_KEY, None)
