"""5. Memory: a session asks the expensive-process page for many distinct parameter sets, for
each result store, in a process of its own per run; the memory held when the store became full
is the floor."""

from pathlib import Path

from benchmarks.measure import Figure, bake, run_probe
from tooling.template import VARIANTS

GROUP = "5. Memory"
RUNS, ASKS = 3, 1000
QUICK_RUNS, QUICK_ASKS = 1, 120
MIB = 1024 * 1024


def figures(store: str, asks: int, runs: list[dict]) -> list[Figure]:
    """One store's figures, from its probe runs: memory held and results kept after every ask."""
    limit = runs[0]["limit"]
    held = [run["last"] / MIB for run in runs]
    held_when_full = [run["full"] / MIB for run in runs]
    held_name = f"{store}: memory held after {asks} asks (floor: after {limit}, when full)"
    return [
        Figure(held_name, "MiB", held, held_when_full, ratio_at_most=1.1),
        Figure(f"{store}: results kept", "results", [run["kept"] for run in runs], at_most=limit),
    ]


def measure(quick: bool, work: Path) -> list[Figure]:
    """Per result store: memory held after every ask, beside memory held when it filled up."""
    asks, runs = (QUICK_ASKS, QUICK_RUNS) if quick else (ASKS, RUNS)
    result = []
    for store in VARIANTS["pattern_expensive_process"]:
        project = bake(work / f"store-{store}", f"pattern_expensive_process={store}")
        settings = {"BENCH_STORE": store, "BENCH_ASKS": str(asks)}
        probe_runs = [
            run_probe(project, "memory_probe.py", "bench_memory.py", settings) for _ in range(runs)
        ]
        result += figures(store, asks, probe_runs)
    return result
