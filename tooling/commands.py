"""How the template's tooling runs things: commands, cookiecutter, pytest and servers."""

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

# Generated suites must not inherit this run's pytest settings, nor share its PostgreSQL
# database (RESULTS_DATABASE_URL): the tests that use it pass it on themselves.
CLEAN_ENV = {
    key: value
    for key, value in os.environ.items()
    if not key.startswith(("PYTEST_", "PYTHON")) and key != "RESULTS_DATABASE_URL"
}


def cookiecutter_command(
    template: Path, *arguments: str, python: str = sys.executable
) -> list[str]:
    """The cookiecutter command line on `template`, as a user runs it."""
    return [str(python), "-m", "cookiecutter", str(template), *arguments]


def pytest_command(*arguments: str, python: str = sys.executable) -> list[str]:
    """A pytest run in a process of its own that leaves no cache behind."""
    return [str(python), "-m", "pytest", "-p", "no:cacheprovider", *arguments]


def run(command: list[str], cwd: Path, **kwargs) -> subprocess.CompletedProcess:
    """Run `command` in `cwd`, capturing its output as text (environment: CLEAN_ENV by default)."""
    kwargs.setdefault("env", CLEAN_ENV)
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False, **kwargs)


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
