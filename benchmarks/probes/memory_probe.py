# Imports the generated project's own test helper (tests.support), not the template's tests.
"""A benchmark probe, run by pytest in a generated project's tests/: a new session empties the
result store BENCH_ASKS times, as a warm-up (CPython allocates a few MiB once, after some hundred
threads: each AppTest run starts one), then asks for BENCH_ASKS distinct parameter sets, one
click each. It notes the memory held (tracemalloc) when the store is full and at the end, and
how many results the store keeps, in BENCH_OUTPUT as JSON."""

import gc
import importlib
import json
import os
import tracemalloc
from pathlib import Path

import sqlalchemy as sa
from streamlit.runtime.caching import cache_data_api

from tests.support import Session

PACKAGE, STORE = os.environ.get("BENCH_PACKAGE", ""), os.environ.get("BENCH_STORE", "")
ASKS = int(os.environ.get("BENCH_ASKS", "120"))
OUTPUT = Path(os.environ.get("BENCH_OUTPUT", "bench-memory.json"))
ADD_VALUES = 1001  # "Then add" takes 0 to 1000


def ask(page: Session, number: int) -> None:
    """Ask for the `number`-th distinct parameter set and click "Process"."""
    page.at.selectbox(key="expensive_multiplier").select(1 + number // ADD_VALUES)
    page.at.number_input(key="expensive_add").set_value(number % ADD_VALUES)
    page.click("expensive_process")


def kept_results(page: Session, store) -> int:
    """How many results the store holds now, read from its internals."""
    if STORE == "session_state":
        return len(page.at.session_state[store.RESULTS_KEY])
    if STORE == "cache_data":  # Streamlit's stats of a function's cache: one per entry
        by_session = cache_data_api.get_data_cache_stats_provider()._function_caches.values()
        caches = [cache for by_key in by_session for cache in by_key.values()]
        return sum(len(stats) for cache in caches for stats in cache.get_stats().values())
    # The database that the session's secrets name, as the project's tests set them, if any.
    url = page.secrets.get("connections", {}).get("results", {}).get("url", store.DEFAULT_URL)
    url = store.absolute(url)
    with sa.create_engine(url).connect() as connection:
        return connection.execute(sa.select(sa.func.count()).select_from(store.RESULTS)).scalar()


def held_bytes() -> int:
    """The memory allocated since tracing began and still alive after garbage collection."""
    gc.collect()
    return tracemalloc.get_traced_memory()[0]


def test_memory_stays_bounded(monkeypatch):
    """From an emptied store, ASKS asks: memory held when full and at the end, results kept."""
    slow_work = importlib.import_module(f"{PACKAGE}.slow_work")
    monkeypatch.setattr(slow_work, "SIMULATED_SECONDS", 0)
    store = importlib.import_module(f"{PACKAGE}.result_store")
    page_module = importlib.import_module(f"{PACKAGE}.patterns.expensive_process")
    page = Session(page_module)
    for _ in range(ASKS):  # warm up: see the docstring
        page.click("expensive_clear")
    gc.collect()
    tracemalloc.start()
    for number in range(ASKS):
        ask(page, number)
        if number + 1 == slow_work.KEPT_RESULTS:
            full = held_bytes()
    figures = {"full": full, "last": held_bytes(), "kept": kept_results(page, store)}
    OUTPUT.write_text(json.dumps({"limit": slow_work.KEPT_RESULTS, **figures}))
