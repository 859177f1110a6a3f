"""The all-patterns project's browser tests pass in a real Chromium, and their harness is safe."""

import os
import shutil
from pathlib import Path

import pytest

from tests.support import Project
from tooling.commands import CLEAN_ENV
from tooling.template import PATTERN_OPTIONS, only

pytestmark = pytest.mark.xdist_group("browser")
# Where `python3 dev.py screenshots` asks the browser tests to leave a picture of every page.
SCREENSHOTS = os.environ.get("E2E_SCREENSHOTS_DIR")


def run_e2e(project: Project, *arguments: str, env: dict | None = None):
    """Run the project's browser tests, in a process of their own."""
    return project.run_tests_with(env or CLEAN_ENV, "-q", "-m", "e2e", *arguments, timeout=900)


def servers_started_in(folder: Path) -> list[int]:
    """The ids of running processes whose working folder is `folder`."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and (proc / "cwd").resolve() == folder.resolve():
                found.append(int(proc.name))
        except OSError:
            continue
    return found


@pytest.mark.needs("chromium")
def test_all_patterns_pass_their_browser_tests(bake):
    """Every pattern's story, clicked through in Chromium against `streamlit run`."""
    project = bake(**only(*PATTERN_OPTIONS))
    env = {**CLEAN_ENV, "E2E_SCREENSHOTS_DIR": SCREENSHOTS} if SCREENSHOTS else None
    result = run_e2e(project, env=env)
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-2000:]
    assert "passed" in result.stdout and "skipped" not in result.stdout
    assert servers_started_in(project.path) == []


@pytest.mark.needs("chromium")
def test_a_failing_browser_test_leaves_its_trace_and_no_server_running(bake, tmp_path):
    """A failing test leaves a Playwright trace and a screenshot in test-results/, and the
    server is stopped all the same."""
    project = Project(tmp_path / "project", {})
    shutil.copytree(bake(**only()).path, project.path)
    (project.path / "tests" / "e2e" / "test_fails.py").write_text(
        '"""A test that fails on purpose."""\n\n\ndef test_fails(open_page):\n'
        '    open_page()\n    raise AssertionError("on purpose")\n',
        encoding="utf-8",
    )
    result = run_e2e(project, "-k", "test_fails")
    assert result.returncode == 1, result.stdout[-3000:]
    assert "on purpose" in result.stdout
    (failed,) = (project.path / "test-results").iterdir()
    assert (failed / "trace.zip").is_file()
    assert list(failed.glob("*.png"))
    assert servers_started_in(project.path) == []


def test_a_missing_browser_gives_one_clear_message(bake, tmp_path):
    """Without a Chromium the run fails with a message that says how to get one."""
    project = bake(**only())
    env = {**CLEAN_ENV, "PLAYWRIGHT_CHROMIUM_EXECUTABLE": str(tmp_path / "no-chromium")}
    result = run_e2e(project, "-k", "home", env=env)
    assert result.returncode == 1
    assert "No Chromium to run the browser tests" in result.stdout
    assert "apt-get install chromium" in result.stdout
    assert "playwright install chromium" in result.stdout
