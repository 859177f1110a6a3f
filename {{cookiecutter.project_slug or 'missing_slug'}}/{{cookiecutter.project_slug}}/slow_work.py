"""The slow work of the expensive-process page: replace it with your own."""

import time
from collections.abc import Callable

import pandas as pd
import streamlit as st

# How long the stand-in work takes, and in how many steps it reports its progress; the tests
# set it to 0.
SIMULATED_SECONDS = 1.5
STEPS = 10
# How many results the store keeps: asking for more forgets one (which one, its WHERE says),
# so memory (or the database table) stays bounded however many parameter sets are asked for.
KEPT_RESULTS = 100
RUNS_KEY = "expensive_runs"
# Work reports how far it has got with a number from 0 to 1.
Report = Callable[[float], None]


class StoreUnavailable(Exception):
    """A result store cannot be used just now; the message says what to check."""


def count_run() -> None:
    """Add one to the number of times this session has really run the work."""
    st.session_state[RUNS_KEY] = st.session_state.get(RUNS_KEY, 0) + 1


def runs_in_session() -> int:
    """How many times this session has really run the work."""
    return st.session_state.get(RUNS_KEY, 0)


def ignore_progress(done: float) -> None:
    """Report progress to no one."""


def build_table(multiplier: int, add: int, report: Report = ignore_progress) -> pd.DataFrame:
    """A small table multiplied by `multiplier` plus `add`, after a deliberate wait during
    which it reports how far it has got (0 to 1)."""
    count_run()
    for step in range(STEPS):
        time.sleep(SIMULATED_SECONDS / STEPS)
        report((step + 1) / STEPS)
    table = pd.DataFrame({"A": [1, 2, 3], "B": [4, 5, 6], "C": [7, 8, 9]})
    return table * multiplier + add
