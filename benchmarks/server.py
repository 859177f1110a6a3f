"""5. Server: `streamlit run` of the generated app until /_stcore/health answers ok, vs a
one-line Streamlit app."""

import time
from pathlib import Path

from benchmarks.measure import PYTHON, Figure, Settings, bake, median_side_by_side, ratio_figure
from tests.support import free_port, started, wait_until_healthy

GROUP = "5. Server"
TARGET_RATIO = 1.2
ONE_LINE_APP = 'import streamlit as st; st.write("hello")\n'


def seconds_to_healthy(app_dir: Path, script: str = "streamlit_app.py") -> float:
    """Seconds from `streamlit run` of `script` to /_stcore/health answering ok, polled every
    10 ms."""
    port = free_port()
    options = [f"--server.port={port}", "--server.headless=true"]
    start = time.perf_counter()
    with started([PYTHON, "-m", "streamlit", "run", script, *options], app_dir) as server:
        if not wait_until_healthy(f"http://127.0.0.1:{port}", server, poll=0.01):
            raise RuntimeError(f"streamlit run of {app_dir / script} did not become healthy")
        return time.perf_counter() - start


def measure(settings: Settings, work: Path) -> list[Figure]:
    """Start-up of the default project's app, beside a one-line app's."""
    project = bake(work / "default")
    floor_dir = work / "one-line-app"
    floor_dir.mkdir()
    (floor_dir / "app.py").write_text(ONE_LINE_APP)
    subject, floor = median_side_by_side(
        lambda: seconds_to_healthy(project),
        lambda: seconds_to_healthy(floor_dir, "app.py"),
        settings.server_runs,
    )
    return [
        ratio_figure(
            GROUP, "streamlit run to healthy, default project", subject, "s", floor, TARGET_RATIO
        )
    ]
