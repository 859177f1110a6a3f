"""What every benchmark shares: its settings, a figure beside its floor, and timed commands."""

import json
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.support import CLEAN_ENV, PATTERN_OPTIONS, TEMPLATE, run

PYTHON = sys.executable
PROBES = Path(__file__).resolve().parent / "probes"
# A pytest run that leaves no cache behind, in a process of its own.
PYTEST = [PYTHON, "-m", "pytest", "-q", "-p", "no:cacheprovider"]


@dataclass(frozen=True)
class Settings:
    """How many runs each benchmark takes the median of, and how much work each run does."""

    quick: bool
    generation_runs: int
    command_runs: int
    suite_runs: int
    apptest_samples: int
    browser_samples: int
    server_runs: int
    memory_asks: int


FULL = Settings(
    quick=False,
    generation_runs=15,
    command_runs=3,
    suite_runs=5,
    apptest_samples=20,
    browser_samples=5,
    server_runs=7,
    memory_asks=1000,
)
# Enough to run every benchmark end to end once; the figures mean little.
QUICK = Settings(
    quick=True,
    generation_runs=2,
    command_runs=1,
    suite_runs=1,
    apptest_samples=3,
    browser_samples=1,
    server_runs=1,
    memory_asks=120,
)


@dataclass(frozen=True)
class Figure:
    """One measured figure, its floor measured in the same run, and its target."""

    group: str
    name: str
    value: float
    unit: str
    floor: float | None
    target: str
    met: bool | None

    @property
    def ratio(self) -> float | None:
        """The figure divided by its floor."""
        return None if not self.floor else self.value / self.floor


def ratio_figure(
    group: str, name: str, value: float, unit: str, floor: float, target_ratio: float
) -> Figure:
    """A figure whose target is a ratio to its floor of at most `target_ratio`."""
    return Figure(
        group, name, value, unit, floor, f"ratio <= {target_ratio}", value / floor <= target_ratio
    )


def median_side_by_side(
    subject: Callable[[], float], floor: Callable[[], float], runs: int
) -> tuple[float, float]:
    """The medians of `subject` and `floor`, run in turn so that both see the same machine."""
    subjects, floors = [], []
    for _ in range(runs):
        subjects.append(subject())
        floors.append(floor())
    return statistics.median(subjects), statistics.median(floors)


def seconds(command: list[str], cwd: Path, env: dict | None = None) -> float:
    """How long `command` takes in `cwd`; it must succeed."""
    start = time.perf_counter()
    result = run(command, cwd, env=env or CLEAN_ENV)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{result.stdout[-3000:]}{result.stderr}")
    return elapsed


def cookiecutter_command(template: Path, out: Path, *answers: str) -> list[str]:
    """`cookiecutter --no-input` of `template` into `out`, with these key=value answers."""
    return [PYTHON, "-m", "cookiecutter", "--no-input", str(template), "-o", str(out), *answers]


def bake(out: Path, *answers: str) -> Path:
    """The project generated into `out` from these key=value answers, generated once."""
    if not out.is_dir():
        out.mkdir(parents=True)
        seconds(cookiecutter_command(TEMPLATE, out, *answers), out)
    return next(path for path in out.iterdir() if path.is_dir())


def all_patterns_project(work: Path) -> Path:
    """The project with every pattern page, generated once per benchmark run."""
    return bake(work / "all-patterns", *(f"{option}=yes" for option in PATTERN_OPTIONS))


def run_probe(project: Path, probe: str, destination: str, settings: dict[str, str]) -> dict:
    """Copy the probe `probe` to `destination` in the project's tests, run it there with pytest
    and these BENCH_* settings, and return what it wrote to BENCH_OUTPUT."""
    target = project / "tests" / destination
    shutil.copy(PROBES / probe, target)
    output = target.with_suffix(".json")
    env = {**CLEAN_ENV, "BENCH_PACKAGE": project.name, "BENCH_OUTPUT": str(output), **settings}
    seconds([*PYTEST, "-m", "e2e or not e2e", str(target.relative_to(project))], project, env)
    return json.loads(output.read_text())
