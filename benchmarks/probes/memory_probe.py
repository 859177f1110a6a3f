"""A benchmark probe, copied into a generated project's tests/ and run there by pytest.

One session asks the expensive-process page for BENCH_ASKS distinct parameter sets, one click
each. After the store's limit, and at later checkpoints, it notes the memory allocated since the
session opened and still held (tracemalloc) and how many results the store keeps. The figures
go to BENCH_OUTPUT as JSON.
"""

import gc
import importlib
import json
import os
import tracemalloc
from pathlib import Path

import sqlalchemy as sa
from streamlit.runtime.caching import cache_data_api

from tests.support import Session

PACKAGE = os.environ.get("BENCH_PACKAGE", "")
STORE = os.environ.get("BENCH_STORE", "session_state")
ASKS = int(os.environ.get("BENCH_ASKS", "120"))
OUTPUT = Path(os.environ.get("BENCH_OUTPUT", "bench-memory.json"))
ADD_VALUES = 1001  # "Then add" takes 0 to 1000


def ask(page: Session, number: int) -> None:
    """Ask for the `number`-th distinct parameter set and click "Process"."""
    multiplier, add = 1 + number // ADD_VALUES, number % ADD_VALUES
    page.at.selectbox(key="expensive_multiplier").select(multiplier)
    page.at.number_input(key="expensive_add").set_value(add)
    page.click("expensive_process")


def kept_results(page: Session, store) -> int:
    """How many results the store holds now."""
    if STORE == "session_state":
        return len(page.at.session_state[store.RESULTS_KEY])
    if STORE == "cache_data":
        # Streamlit's public stats add entries up per function; its caches give one per entry.
        caches = cache_data_api.get_data_cache_stats_provider()._function_caches.values()
        functions = [cache for by_key in caches for cache in by_key.values()]
        entries = [
            stat for cache in functions for family in cache.get_stats().values() for stat in family
        ]
        return sum("table_for" in stat.cache_name for stat in entries)
    database = sa.create_engine(store.DEFAULT_URL)
    with database.connect() as connection:
        count = connection.execute(sa.select(sa.func.count()).select_from(store.RESULTS))
        kept = count.scalar()
    database.dispose()
    return kept


def test_memory_stays_bounded(monkeypatch):
    """Ask for ASKS distinct parameter sets, noting memory held and results kept on the way."""
    slow_work = importlib.import_module(f"{PACKAGE}.slow_work")
    store = importlib.import_module(f"{PACKAGE}.result_store")
    expensive_process = importlib.import_module(f"{PACKAGE}.patterns.expensive_process")
    monkeypatch.setattr(slow_work, "SIMULATED_SECONDS", 0)
    checkpoints = sorted({slow_work.KEPT_RESULTS, ASKS // 4, ASKS // 2, ASKS} - {0})
    page = Session(expensive_process)
    gc.collect()
    tracemalloc.start()
    figures = {}
    for number in range(ASKS):
        ask(page, number)
        if number + 1 in checkpoints:
            gc.collect()
            figures[number + 1] = {
                "held_bytes": tracemalloc.get_traced_memory()[0],
                "kept": kept_results(page, store),
            }
    tracemalloc.stop()
    OUTPUT.write_text(json.dumps({"limit": slow_work.KEPT_RESULTS, "checkpoints": figures}))
