"""Helpers shared by the template's tests: the template, its answers and generated projects."""

import ast
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

TEMPLATE = Path(__file__).resolve().parent.parent
DEFAULTS = json.loads((TEMPLATE / "cookiecutter.json").read_text(encoding="utf-8"))
PATTERN_OPTIONS = [name for name in DEFAULTS if name.startswith("pattern_")]
TOOL_OPTIONS = [
    name for name, value in DEFAULTS.items() if value is True and not name.startswith("pattern_")
]
CHOICES = {
    name: values
    for name, values in DEFAULTS.items()
    if isinstance(values, list) and not name.startswith("_")
}
# Folders that running the project's tools leaves behind: not part of what was generated.
RUN_ARTIFACTS = {".hypothesis", ".pytest_cache", ".ruff_cache", ".venv", "__pycache__"}
# Generated suites must not inherit this run's pytest settings, nor share its PostgreSQL
# database (RESULTS_DATABASE_URL): the tests that use it pass it on themselves.
CLEAN_ENV = {
    key: value
    for key, value in os.environ.items()
    if not key.startswith(("PYTEST_", "PYTHON")) and key != "RESULTS_DATABASE_URL"
}


def only(*patterns: str) -> dict[str, bool]:
    """Answers that pick exactly these pattern options and no other."""
    unknown = set(patterns) - set(PATTERN_OPTIONS)
    if unknown:
        raise ValueError(f"unknown pattern options: {sorted(unknown)}")
    return {option: option in patterns for option in PATTERN_OPTIONS}


def run(command: list[str], cwd: Path, **kwargs) -> subprocess.CompletedProcess:
    """Run `command` in `cwd`, capturing its output as text (environment: CLEAN_ENV by default)."""
    kwargs.setdefault("env", CLEAN_ENV)
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False, **kwargs)


def module_constants(source: str, *names: str) -> dict[str, object]:
    """The values of these module-level constants of a Python source, read without running it."""
    return {
        node.targets[0].id: ast.literal_eval(node.value)
        for node in ast.parse(source).body
        if isinstance(node, ast.Assign) and node.targets[0].id in names
    }


def free_port() -> int:
    """A TCP port on localhost that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_healthy(
    url: str, process: subprocess.Popen, seconds: float = 60, poll: float = 0.3
) -> bool:
    """Poll Streamlit's health endpoint at `url`, every `poll` seconds, until it answers ok;
    False if `process` exits or time runs out first."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.read() == b"ok":
                    return True
        except OSError:
            time.sleep(poll)
    return False


def stop(process: subprocess.Popen) -> None:
    """Stop `process` and everything it started; kill them if they do not stop in time."""
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


@contextmanager
def started(command: list[str], cwd: Path, **kwargs) -> Iterator[subprocess.Popen]:
    """`command` running in a process group of its own until the block ends, then stopped
    (environment: CLEAN_ENV, output: discarded, unless given)."""
    kwargs.setdefault("env", CLEAN_ENV)
    kwargs.setdefault("stdout", subprocess.DEVNULL)
    kwargs.setdefault("stderr", subprocess.DEVNULL)
    process = subprocess.Popen(command, cwd=cwd, start_new_session=True, **kwargs)
    try:
        yield process
    finally:
        stop(process)


def cookiecutter_cli(*arguments: str, cwd: Path, **kwargs) -> subprocess.CompletedProcess:
    """Run the cookiecutter command line on this template, as a user would."""
    command = [sys.executable, "-m", "cookiecutter", str(TEMPLATE), *arguments]
    return run(command, cwd, **kwargs)


class Project:
    """A generated project on disk, and the checks that every option combination must pass."""

    def __init__(self, path: Path, answers: dict) -> None:
        self.path = Path(path)
        self.answers = answers

    def files(self, pattern: str = "*") -> list[Path]:
        """Every generated file of the project whose name matches `pattern`."""
        return sorted(
            path
            for path in self.path.rglob(pattern)
            if path.is_file() and not RUN_ARTIFACTS & set(path.relative_to(self.path).parts)
        )

    def read(self, relative: str) -> str:
        """The text of one file of the project."""
        return (self.path / relative).read_text(encoding="utf-8")

    def run(self, *command: str) -> subprocess.CompletedProcess:
        """Run a command in the project folder."""
        return run(list(command), self.path)

    def run_tests(self) -> subprocess.CompletedProcess:
        """Run the project's own test suite in a process of its own."""
        return self.run_tests_with(CLEAN_ENV, "-q")

    def run_tests_with(self, env: dict, *arguments: str, **kwargs) -> subprocess.CompletedProcess:
        """Run the project's tests in a process of its own, with this environment."""
        command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *arguments]
        return run(command, self.path, env=env, **kwargs)
