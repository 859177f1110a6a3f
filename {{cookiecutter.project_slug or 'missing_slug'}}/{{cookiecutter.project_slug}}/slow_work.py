"""The slow work of the expensive-process page: replace it with your own."""

import time

import pandas as pd
import streamlit as st

# How long the stand-in work takes; the tests set it to 0.
SIMULATED_SECONDS = 1.5
# How many results the store keeps: asking for more forgets one (which one, its WHERE says),
# so memory (or the database table) stays bounded however many parameter sets are asked for.
KEPT_RESULTS = 100
RUNS_KEY = "expensive_runs"


class StoreUnavailable(Exception):
    """A result store cannot be used just now; the message says what to check."""


def count_run() -> None:
    """Add one to the number of times this session has really run the work."""
    st.session_state[RUNS_KEY] = st.session_state.get(RUNS_KEY, 0) + 1


def runs_in_session() -> int:
    """How many times this session has really run the work."""
    return st.session_state.get(RUNS_KEY, 0)


def build_table(multiplier: int, add: int) -> pd.DataFrame:
    """A small table multiplied by `multiplier` plus `add`, after a deliberate wait."""
    count_run()
    time.sleep(SIMULATED_SECONDS)
    table = pd.DataFrame({"A": [1, 2, 3], "B": [4, 5, 6], "C": [7, 8, 9]})
    return table * multiplier + add
