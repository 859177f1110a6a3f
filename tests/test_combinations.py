"""Every baked answer set renders a clean project whose own test suite passes."""

import re
import sys
import tomllib
from pathlib import Path

import pytest

from local_extensions import PICK_RULES
from tests.combinations import COMBINATIONS
from tests.support import module_constants
from tooling.template import CATALOGUE

UNRENDERED = re.compile(r"\{\{-?\s*cookiecutter|\{%-?\s")


@pytest.fixture(params=COMBINATIONS)
def project(request, bake):
    """The project generated from one answer set."""
    return bake(**request.param)


def text_files(project) -> dict:
    """Every file of the project that is text (all of them, dotfiles and examples included),
    with its text; a file that is not UTF-8 text fails here."""
    return {path: path.read_text(encoding="utf-8") for path in project.files()}


def test_only_the_picked_patterns_are_generated(project):
    """Each picked pattern has its page and its test files; unpicked ones have none."""
    package = project.path / project.answers["project_slug"]
    modules = {path.stem for path in (package / "patterns").glob("*.py")} - {"__init__"}
    tests = {path.stem.removeprefix("test_") for path in (project.path / "tests").glob("test_*.py")}
    browser = {path.stem.removeprefix("test_") for path in project.path.glob("tests/e2e/test_*.py")}
    picked = {name for name in CATALOGUE if PICK_RULES.picked(project.answers[f"pattern_{name}"])}
    owned_tests = {
        Path(path).stem.removeprefix("test_")
        for name in picked
        for path in CATALOGUE[name].get("files", [])
        if path.startswith("tests/")
    }
    assert modules == picked
    assert tests == picked | owned_tests | {"contract", "navigation"}
    e2e = project.answers["e2e_tests"]
    assert browser == (picked | {"navigation", "server"} if e2e else set())
    assert not [path for path in project.files("*.*.py")], "a variant file was left behind"


def test_readme_lists_every_pattern_page_of_the_project(project):
    """The generated README names the module of every pattern page the project has."""
    readme = project.read("README.md")
    package = project.answers["project_slug"]
    modules = sorted((project.path / package / "patterns").glob("*.py"))
    for module in modules:
        if module.stem != "__init__":
            assert f"(`{package}/patterns/{module.name}`): " in readme, module.stem
    assert ("None yet" in readme) == (len(modules) == 1)


def test_no_unrendered_jinja(project):
    """No `{{ cookiecutter` or `{%` is left in any file the user gets."""
    for path, text in text_files(project).items():
        assert not UNRENDERED.search(text), path


def test_no_trailing_spaces_or_whitespace_only_lines(project):
    """Every line ends with a visible character or is empty."""
    for path, text in text_files(project).items():
        for number, line in enumerate(text.splitlines(), 1):
            assert line == line.rstrip(), f"{path}:{number}"


def test_no_page_renders_html(project):
    """No generated file lets Streamlit render HTML: typed text can never become markup."""
    for path, text in text_files(project).items():
        assert "unsafe_allow_html" not in text, path


def test_every_python_file_compiles(project):
    """Every generated .py file is valid Python."""
    for path in project.files("*.py"):
        compile(path.read_text(encoding="utf-8"), str(path), "exec")


def test_every_toml_file_parses(project):
    """Every generated .toml file is valid TOML."""
    for path in project.files("*.toml"):
        tomllib.loads(path.read_text(encoding="utf-8"))


def test_ruff_check_is_clean(project):
    """`ruff check` finds nothing, with no autofix run first."""
    result = project.run(sys.executable, "-m", "ruff", "check", "--no-cache", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_clean(project):
    """`ruff format --check` would change nothing."""
    result = project.run(sys.executable, "-m", "ruff", "format", "--check", "--no-cache", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_generated_test_suite_passes(project):
    """The project's own AppTest suite passes, run in its own process."""
    result = project.run_tests()
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert re.search(r"\d+ passed", result.stdout), result.stdout
    assert "skipped" not in result.stdout, result.stdout


def test_app_module_names_are_python_literals_of_the_answers(project):
    """The name and description reach the app's code as string literals equal to the answers."""
    source = project.read(f"{project.answers['project_slug']}/project.py")
    values = module_constants(source, "NAME", "DESCRIPTION")
    assert values == {
        "NAME": project.answers["project_name"],
        "DESCRIPTION": project.answers["description"],
    }
