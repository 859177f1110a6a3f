"""What every benchmark shares: its settings, a figure beside its floor, and timed commands."""

import os
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.support import (
    CLEAN_ENV,
    PATTERN_OPTIONS,
    TEMPLATE,
    free_port,
    run,
    wait_until_healthy,
)

PYTHON = sys.executable
PROBES = Path(__file__).resolve().parent / "probes"


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


class Server:
    """`streamlit run` of an app, headless on a free port, stopped on exit."""

    def __init__(self, app_dir: Path, script: str = "streamlit_app.py") -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        options = [f"--server.port={self.port}", "--server.headless=true"]
        command = [PYTHON, "-m", "streamlit", "run", script, *options]
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            command,
            cwd=app_dir,
            env=CLEAN_ENV,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )

    def seconds_to_healthy(self) -> float:
        """Seconds from the start until /_stcore/health answers ok, polled every 10 ms."""
        if not wait_until_healthy(self.url, self.process, poll=0.01):
            raise RuntimeError(f"streamlit run did not become healthy at {self.url}")
        return time.perf_counter() - self.started

    def __enter__(self) -> "Server":
        return self

    def __exit__(self, *_) -> None:
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
