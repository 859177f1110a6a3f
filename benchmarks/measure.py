"""What every benchmark shares: a figure beside its floor, timed commands and probe runs."""

import json
import shutil
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tooling.commands import CLEAN_ENV, cookiecutter_command, pytest_command, run
from tooling.template import PATTERN_OPTIONS, TEMPLATE, only

PROBES = Path(__file__).resolve().parent / "probes"


@dataclass(frozen=True)
class Figure:
    """One figure's runs, its floor's runs from the same benchmark run, and its targets."""

    name: str
    unit: str
    runs: list[float]
    floor: list[float] = field(default_factory=list)
    at_most: float | None = None  # target: the median of the runs is at most this
    ratio_at_most: float | None = None  # target: the ratio of medians is at most this

    @property
    def ratio(self) -> float | None:
        """The median of the runs over the median of the floor's runs."""
        return statistics.median(self.runs) / statistics.median(self.floor) if self.floor else None

    @property
    def met(self) -> bool | None:
        """Whether the medians meet every target set; None when none is."""
        checks = []
        if self.at_most is not None:
            checks.append(statistics.median(self.runs) <= self.at_most)
        if self.ratio_at_most is not None:
            checks.append(self.ratio <= self.ratio_at_most)
        return all(checks) if checks else None


def side_by_side(subject: Callable, floor: Callable, runs: int) -> tuple[list, list]:
    """`runs` samples of `subject` and of `floor`, taken in turn so both see the same machine."""
    pairs = [(subject(), floor()) for _ in range(runs)]
    return [first for first, _ in pairs], [second for _, second in pairs]


def seconds(command: list[str], cwd: Path, env: dict = CLEAN_ENV) -> float:
    """How long `command` takes in `cwd`; it must succeed."""
    start = time.perf_counter()
    result = run(command, cwd, env=env)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{result.stdout[-3000:]}{result.stderr}")
    return elapsed


def floor_folder(folder: Path, files: dict[str, str]) -> Path:
    """`folder` holding these files (relative path: text), for a floor to run in."""
    for relative, text in files.items():
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / relative).write_text(text)
    return folder


def bake(out: Path, *answers: str) -> Path:
    """The project generated from the template into `out` with these key=value answers, once."""
    if not out.is_dir():
        out.mkdir(parents=True)
        seconds(cookiecutter_command(TEMPLATE, "--no-input", "-o", str(out), *answers), out)
    return next(path for path in out.iterdir() if path.is_dir())


def all_patterns_project(work: Path) -> Path:
    """The project with every pattern page, generated once per benchmark run."""
    answers = only(*PATTERN_OPTIONS).items()
    return bake(work / "all-patterns", *(f"{option}={answer}" for option, answer in answers))


def run_probe(project: Path, probe: str, destination: str, settings: dict[str, str]) -> dict:
    """What `probe` writes to BENCH_OUTPUT, run by pytest as tests/`destination` of `project`."""
    target = project / "tests" / destination
    shutil.copy(PROBES / probe, target)
    output = target.with_suffix(".json")
    env = {**CLEAN_ENV, "BENCH_PACKAGE": project.name, "BENCH_OUTPUT": str(output), **settings}
    where = str(target.relative_to(project))
    seconds(pytest_command("-q", "-m", "e2e or not e2e", where), project, env)
    return json.loads(output.read_text())
