"""Start `streamlit run` on a free localhost port, wait until it is healthy, and always stop it."""

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

APP_SCRIPT = Path(__file__).resolve().parents[2] / "streamlit_app.py"
STARTUP_SECONDS = 60
TRIES = 3


def free_port() -> int:
    """A TCP port on localhost that nothing listens on at this moment."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def is_healthy(url: str) -> bool:
    """Whether Streamlit's health endpoint at `url` answers ok."""
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
            return response.read() == b"ok"
    except OSError:
        return False


def stop(server: subprocess.Popen) -> None:
    """Stop the server and everything it started; kill it if it does not stop in time."""
    if server.poll() is not None:
        return
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()


def start(port: int, log, script: Path = APP_SCRIPT) -> subprocess.Popen:
    """Start `script` on `port`, headless, in a process group of its own, logging to `log`."""
    command = [sys.executable, "-m", "streamlit", "run", script.name]
    options = [f"--server.port={port}", "--server.address=127.0.0.1", "--server.headless=true"]
    return subprocess.Popen(
        [*command, *options],
        cwd=script.parent,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def wait_until_healthy(server: subprocess.Popen, url: str) -> bool:
    """Wait for the server to answer; False if it exits or time runs out first."""
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline and server.poll() is None:
        if is_healthy(url):
            return True
        time.sleep(0.2)
    return False


@contextmanager
def running_app(script: Path = APP_SCRIPT) -> Iterator[str]:
    """The base URL of `script` (the app's, by default) while it runs; the server is stopped on
    exit, whatever happened.

    The port is asked of the system just before the start; if another program takes it in
    between, the server exits and is started again on another port.
    """
    for _ in range(TRIES):
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        with tempfile.TemporaryFile() as log:
            server = start(port, log, script)
            try:
                if wait_until_healthy(server, url):
                    yield url
                    return
            finally:
                stop(server)
            log.seek(0)
            output = log.read().decode(errors="replace")
    raise RuntimeError(f"streamlit run did not become healthy in {TRIES} tries:\n{output}")
