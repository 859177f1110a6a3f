"""A test marked `needs(...)` runs with its tools, is skipped without one (naming it and how to
install it), and fails without one on CI: in a real pytest run, and decision by decision."""

import http.server
import os
import sys
import threading
from pathlib import Path

import pytest

from tooling import system_tools
from tooling.commands import pytest_command, run
from tooling.system_tools import TOOLS, find_program, on_ci, verdict
from tooling.template import TEMPLATE

MARKED_TEST = '''
import pathlib

import pytest


@pytest.fixture
def costly():
    """Stands for a fixture that bakes a project: it must not run for a skipped test."""
    pathlib.Path("fixture-ran").touch()


@pytest.mark.needs("git")
def test_needs_git(costly):
    pass
'''


def run_marked_test(tmp_path: Path, path: str, ci: str | None):
    """Run MARKED_TEST with the template's pytest settings and conftest hook, PATH = `path`."""
    (tmp_path / "test_marked.py").write_text(MARKED_TEST, encoding="utf-8")
    env = {
        key: value
        for key, value in os.environ.items()
        if key != "CI" and not key.startswith(("PYTEST_", "PYTHON"))
    }
    env.update(PATH=path, PYTHONPATH=str(TEMPLATE), **({"CI": ci} if ci is not None else {}))
    settings = ["-c", str(TEMPLATE / "pyproject.toml"), "-p", "tests.conftest", "-n", "0", "-rs"]
    command = pytest_command(*settings, "test_marked.py", python=sys.executable)
    return run(command, tmp_path, env=env)


@pytest.fixture
def empty_folder(tmp_path) -> Path:
    """A folder with no program in it, to stand for a PATH without the tool."""
    folder = tmp_path / "empty"
    folder.mkdir()
    return folder


def test_a_missing_tool_skips_the_marked_test_naming_it_and_how_to_install_it(
    tmp_path, empty_folder
):
    """No git on PATH: the test is skipped before its fixtures run, and the reason says so."""
    result = run_marked_test(tmp_path, str(empty_folder), ci=None)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 skipped" in result.stdout, result.stdout
    assert "needs git (no `git` on PATH): install it: `sudo apt-get install git`" in result.stdout
    assert not (tmp_path / "fixture-ran").exists()


@pytest.mark.parametrize("ci", ["true", "1"])
def test_a_missing_tool_fails_the_marked_test_on_ci(tmp_path, empty_folder, ci):
    """The same run with CI set fails, with the same reason."""
    result = run_marked_test(tmp_path, str(empty_folder), ci=ci)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "1 error" in result.stdout and "skipped" not in result.stdout, result.stdout
    assert "needs git (no `git` on PATH): install it: `sudo apt-get install git`" in result.stdout
    assert "CI is set: a missing tool fails the test" in result.stdout


@pytest.mark.parametrize("ci", [None, "true"])
def test_with_the_tool_present_the_marked_test_runs(tmp_path, ci):
    """A `git` on PATH (here a stand-in) is all the mark asks for, on CI or not."""
    folder = tmp_path / "tools"
    folder.mkdir()
    (folder / "git").write_text("#!/bin/sh\n", encoding="utf-8")
    (folder / "git").chmod(0o755)
    result = run_marked_test(tmp_path, str(folder), ci=ci)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout and (tmp_path / "fixture-ran").exists()


def present_except(*absent: str):
    """A fake lookup: every tool is here but these."""
    return lambda tool: tool.name not in absent


@pytest.mark.parametrize("name", list(TOOLS))
def test_each_tool_missing_is_named_with_how_to_get_it(name):
    """Whatever tool is missing, the reason names it, says what is missing and how to get it."""
    tool = TOOLS[name]
    outcome, reason = verdict(
        [name, "git"] if name != "git" else [name], False, present_except(name)
    )
    assert outcome == "skip"
    assert reason.startswith(f"needs {name} (") and reason.count("needs ") == 1
    assert tool.what_is_missing() in reason
    assert "`" in tool.install and tool.install in reason, "a command to run, quoted"
    assert verdict([name], True, present_except(name)) == (
        "fail",
        f"{reason} [CI is set: a missing tool fails the test]",
    )


def test_every_missing_tool_is_named_and_present_ones_are_not():
    """Two missing of three: both in the reason, in the order the mark gives them."""
    outcome, reason = verdict(
        ["nginx", "git", "chromium"], False, present_except("chromium", "nginx")
    )
    assert outcome == "skip"
    assert reason.index("needs nginx") < reason.index("needs chromium")
    assert "needs git" not in reason and "sudo apt-get install nginx" in reason


def test_with_every_tool_present_the_test_runs():
    """Nothing to say when nothing is missing, on CI or not."""
    for ci in (False, True):
        assert verdict(["nginx", "chromium"], ci, present_except()) is None


@pytest.mark.parametrize("names", [["ngnix"], []], ids=["misspelt", "none"])
def test_a_mark_without_a_known_tool_fails_even_off_ci(names):
    """A misspelt tool name is a mistake in the test, not a missing tool."""
    outcome, reason = verdict(names, False, present_except())
    assert outcome == "fail" and "the tools: git, node," in reason


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, False), ("", False), ("false", False), ("0", False), ("true", True), ("1", True)],
)
def test_ci_is_on_when_the_variable_is_set_to_a_true_value(value, expected):
    """GitHub Actions and .ci/run set CI=true; unset, empty, 0 or false is a developer's run."""
    assert on_ci({} if value is None else {"CI": value}) is expected


def test_programs_in_sbin_beside_a_bin_folder_of_path_are_found(tmp_path, monkeypatch):
    """nginx lives in /usr/sbin, off a user's PATH: the sbin beside a PATH bin is searched."""
    (tmp_path / "usr" / "bin").mkdir(parents=True)
    (tmp_path / "usr" / "sbin").mkdir()
    program = tmp_path / "usr" / "sbin" / "fake-nginx"
    program.write_text("#!/bin/sh\n", encoding="utf-8")
    program.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path / "usr" / "bin"))
    assert find_program("fake-nginx") == str(program)
    monkeypatch.setenv("PATH", str(tmp_path / "usr"))
    assert find_program("fake-nginx") is None


def test_postgresql_is_here_when_its_url_is_set(monkeypatch):
    """The database tests need a server's URL, which .ci/run sets after starting one."""
    monkeypatch.delenv("RESULTS_DATABASE_URL", raising=False)
    assert not TOOLS["postgresql"].is_here()
    monkeypatch.setenv("RESULTS_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:1/x")
    assert TOOLS["postgresql"].is_here()


class Index(http.server.BaseHTTPRequestHandler):
    """A package index that knows pip, and fails for anything under /broken/."""

    def do_HEAD(self):
        self.send_response(503 if self.path.startswith("/broken/") else 200)
        self.end_headers()

    def log_message(self, *arguments):
        pass


def test_the_package_index_is_here_when_it_answers(tmp_path, monkeypatch):
    """An index that answers is here; a closed port, a failing server or no folder is not."""
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Index)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://user:secret@127.0.0.1:{server.server_address[1]}"
        assert system_tools.answers(f"{url}/simple/")
        assert not system_tools.answers(f"{url}/broken/simple/")
    finally:
        server.shutdown()
        server.server_close()
    assert not system_tools.answers(f"http://127.0.0.1:{server.server_address[1]}/simple/")
    assert system_tools.answers(tmp_path.as_uri())
    assert not system_tools.answers((tmp_path / "none").as_uri())


def test_the_index_probed_is_pips_and_its_credentials_are_not_shown(monkeypatch):
    """The index probed is the one pip uses, PIP_INDEX_URL first; a reason never shows its
    password."""
    system_tools.pip_index_url.cache_clear()
    monkeypatch.setenv("PIP_INDEX_URL", "https://me:token@mirror.example/simple/")
    try:
        assert system_tools.pip_index_url() == "https://me:token@mirror.example/simple/"
        reason = TOOLS["package-index"].what_is_missing()
    finally:
        system_tools.pip_index_url.cache_clear()
    assert "https://mirror.example/simple/" in reason and "token" not in reason
