"""The generated project works on every version it allows: each direct dependency at the lowest
version its pyproject.toml declares, on each Python the template offers, and with a Streamlit
that lacks the internals its test speed-ups use.

The floors are proven by the default AppTest suite, and by collecting the browser tests, which
imports them (so Playwright at its floor); the browser tests themselves do not run here (see
test_browser.py).
"""

import itertools
import os
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from tests.combinations import ALL_DEPENDENCIES
from tests.support import Project, uv
from tooling.commands import CLEAN_ENV, pytest_command, run
from tooling.template import CHOICES, PATTERN_OPTIONS, TEMPLATE, only

OFFERED_PYTHONS = CHOICES["python_version"]
# Each direct dependency at its lowest allowed version, from wheels only: a floor without a
# wheel for this Python is passed over, and the comparison with the declared floors shows it.
LOWEST = ["--resolution", "lowest-direct", "--only-binary", ":all:"]
# The dependency groups of the tests, the browser tests' included.
GROUPS = ["--group", "dev", "--group", "browser"]
# Loads SQLAlchemy's PostgreSQL dialect, and so psycopg: the SQLite suite never does.
LOAD_THE_POSTGRESQL_DRIVER = 'import sqlalchemy; sqlalchemy.create_engine("postgresql+psycopg://")'
# A pytest plugin, loaded before the project's conftest.py, that takes away what its speed-ups
# reach for: the component scan (Streamlit logs its absence and goes on) and the module of the
# script cache (AppTest keeps the class it imported).
WITHOUT_INTERNALS = '''\
"""Streamlit, less the internals that the suite's speed-ups patch."""

import sys

import streamlit.testing.v1.app_test  # imports the script cache for AppTest's own use
from streamlit.components.v2 import manifest_scanner

del manifest_scanner.scan_component_manifests
sys.modules["streamlit.runtime.scriptrunner.script_cache"] = None
'''


def declared_floors(project: Project) -> dict[str, Version]:
    """Each direct dependency of the project and of its dependency groups, with its `>=`
    version."""
    declared = tomllib.loads(project.read("pyproject.toml"))
    groups = declared["dependency-groups"].values()
    requirements = map(
        Requirement, declared["project"]["dependencies"] + [*itertools.chain(*groups)]
    )
    return {
        canonicalize_name(requirement.name): Version(spec.version)
        for requirement in requirements
        for spec in requirement.specifier
        if spec.operator == ">="
    }


def pinned_versions(listing: str) -> dict[str, Version]:
    """The versions of the `name==version` lines of a uv listing (compile, freeze)."""
    pins = (line.partition("==") for line in listing.splitlines())
    return {canonicalize_name(name): Version(version) for name, pinned, version in pins if pinned}


def at_the_floors(floors: dict[str, Version], listing: str) -> dict[str, Version | None]:
    """The version that `listing` gives each dependency that has a floor."""
    pins = pinned_versions(listing)
    return {name: pins.get(name) for name in floors}


def find_python(version: str) -> str | None:
    """An interpreter of Python `version` on this machine: the one uv finds (on PATH, its own,
    an active environment), else one that pyenv installed, switched on or not."""
    found = uv("python", "find", "--no-python-downloads", version, cwd=TEMPLATE)
    if found.returncode == 0:
        return found.stdout.strip()
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    installed = sorted(pyenv.glob(f"versions/{version}.*/bin/python{version}"))
    return str(installed[-1]) if installed else None


def tail(result: subprocess.CompletedProcess) -> str:
    """The end of a command's output, for a failure message."""
    return result.stdout[-4000:] + result.stderr[-2000:]


@pytest.mark.needs("package-index")
@pytest.mark.parametrize("python_version", OFFERED_PYTHONS)
def test_every_floor_installs_from_a_wheel_on_each_offered_python(bake, python_version):
    """Resolved at the lowest versions for this Python, every direct dependency is at its
    floor: none is too old to have a wheel for it, so none needs a compiler to install."""
    project = bake(**ALL_DEPENDENCIES, python_version=python_version)
    floors = declared_floors(project)
    resolved = uv(
        *("pip", "compile", "--quiet", "--python-version", python_version, *LOWEST),
        *GROUPS,
        "pyproject.toml",
        cwd=project.path,
    )
    assert resolved.returncode == 0, tail(resolved)
    assert at_the_floors(floors, resolved.stdout) == floors


@pytest.mark.slow
@pytest.mark.needs("package-index")
@pytest.mark.parametrize("python_version", OFFERED_PYTHONS)
def test_the_suite_passes_at_the_floors_on_each_offered_python(bake, tmp_path, python_version):
    """In a new environment of this Python with every direct dependency at its floor, the
    PostgreSQL driver loads, the AppTest suite passes and the browser tests import."""
    python = find_python(python_version)
    if python is None:  # a plain skip, even on CI: no machine need have every offered Python
        pytest.skip(
            f"no Python {python_version} on this machine to prove the floors on: install it "
            f"(`uv python install {python_version}`, pyenv or the system's packages)"
        )
    project = Project(tmp_path / "project", {})
    shutil.copytree(bake(**ALL_DEPENDENCIES, python_version=python_version).path, project.path)
    venv_python = str(tmp_path / "venv" / "bin" / "python")
    for step in [
        ("venv", "--quiet", "--python", python, str(tmp_path / "venv")),
        ("pip", "install", "--quiet", "--python", venv_python, *LOWEST, "-e", ".", *GROUPS),
    ]:
        result = uv(*step, cwd=project.path)
        assert result.returncode == 0, tail(result)
    installed = uv("pip", "freeze", "--python", venv_python, cwd=project.path).stdout
    floors = declared_floors(project)
    assert at_the_floors(floors, installed) == floors
    driver = run([venv_python, "-c", LOAD_THE_POSTGRESQL_DRIVER], project.path)
    assert driver.returncode == 0, tail(driver)
    suite = run(pytest_command("-q", python=venv_python), project.path, timeout=900)
    assert suite.returncode == 0, tail(suite)
    assert " passed" in suite.stdout
    browser_tests = run(
        pytest_command("-q", "-m", "e2e", "--collect-only", python=venv_python), project.path
    )
    assert browser_tests.returncode == 0, tail(browser_tests)


@pytest.mark.parametrize("minimum", OFFERED_PYTHONS)
def test_the_generated_workflow_runs_the_suite_at_the_floors(bake, minimum):
    """CI installs the lowest allowed versions, on the oldest and the newest Python, and runs
    the suite."""
    jobs = yaml.safe_load(bake(python_version=minimum).read(".github/workflows/ci.yml"))["jobs"]
    commands = [step.get("run", "") for step in jobs["lowest"]["steps"]]
    assert jobs["lowest"]["strategy"]["matrix"]["python-version"] == [minimum, "3.x"]
    assert any("--resolution lowest-direct" in command for command in commands)
    assert commands[-1] == "python -m pytest"


def test_the_suite_passes_without_the_streamlit_internals_it_speeds_up(bake, tmp_path):
    """With a Streamlit that has no component scan to cache nor script-cache module to reach,
    the suite's speed-ups stand aside and every test passes the plain way."""
    (tmp_path / "without_internals.py").write_text(WITHOUT_INTERNALS, encoding="utf-8")
    env = {**CLEAN_ENV, "PYTHONPATH": str(tmp_path)}
    project = bake(**only(*PATTERN_OPTIONS))
    result = project.run_tests_with(env, "-q", "-p", "without_internals", timeout=900)
    assert result.returncode == 0, tail(result)
    assert " passed" in result.stdout
