"""Results of the slow work kept in session state: each browser session keeps its own."""

import pandas as pd
import streamlit as st

from {{ cookiecutter.project_slug }}.slow_work import KEPT_RESULTS, build_table

WHERE = (
    "in **session state**: only this browser session sees them, "
    "and they are gone when the session ends"
)
RESULTS_KEY = "expensive_results"


def clear() -> None:
    """Forget every result of this session."""
    st.session_state.pop(RESULTS_KEY, None)


def table_for(multiplier: int, add: int) -> pd.DataFrame:
    """The table for these parameters, built only the first time this session asks for it.

    Beyond KEPT_RESULTS results, the oldest is forgotten (a dict keeps insertion order).
    """
    results = st.session_state.setdefault(RESULTS_KEY, {})
    key = (multiplier, add)
    if key not in results:
        results[key] = build_table(multiplier, add)
        while len(results) > KEPT_RESULTS:
            del results[next(iter(results))]
    return results[key]
