"""6. Memory: a session that asks for many distinct parameter sets of the expensive process,
for each result store; the memory it holds once the store is full is the floor."""

from pathlib import Path

from benchmarks.measure import Figure, Settings, bake, run_probe
from tests.support import CHOICES

GROUP = "6. Memory"
TARGET_RATIO = 1.1
MIB = 1024 * 1024


def measure(settings: Settings, work: Path) -> list[Figure]:
    """Per store: memory held after every ask, beside the memory held when the store filled up."""
    figures = []
    for store in CHOICES["result_store"]:
        project = bake(work / f"store-{store}", f"result_store={store}")
        probe_settings = {"BENCH_STORE": store, "BENCH_ASKS": str(settings.memory_asks)}
        result = run_probe(project, "memory_probe.py", "bench_memory.py", probe_settings)
        limit, checkpoints = result["limit"], result["checkpoints"]
        full, last = checkpoints[str(limit)], checkpoints[str(settings.memory_asks)]
        held_full, held_last = full["held_bytes"], last["held_bytes"]
        further_asks = settings.memory_asks - limit
        figures += [
            Figure(
                GROUP,
                f"{store}: held after {settings.memory_asks} asks "
                f"({last['kept']} results kept, limit {limit})",
                held_last / MIB,
                "MiB",
                held_full / MIB,
                f"ratio <= {TARGET_RATIO} and kept <= {limit}",
                held_last / held_full <= TARGET_RATIO and last["kept"] <= limit,
            ),
            Figure(
                GROUP,
                f"{store}: growth per further distinct ask, once full",
                (held_last - held_full) / further_asks,
                "B",
                None,
                "none set",
                None,
            ),
        ]
    return figures
