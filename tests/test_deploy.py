"""The generated project deploys to Streamlit Community Cloud unchanged: Cloud installs
requirements.txt into a new environment and runs streamlit_app.py from the repository's root."""

import sys
import tomllib

import pytest

from tests.combinations import ALL_DEPENDENCIES, COMBINATIONS
from tests.support import uv
from tooling.commands import CLEAN_ENV, run

# Run in the project's folder, as Cloud runs the app: every page opens, with no exception.
EVERY_PAGE_OPENS = """
from pathlib import Path

from streamlit.testing.v1 import AppTest

at = AppTest.from_file("streamlit_app.py", default_timeout=60).run()
assert not at.exception, [item.value for item in at.exception]
for page in sorted(Path().glob("*/patterns/[!_]*.py")):
    at.switch_page(page.as_posix()).run()
    assert not at.exception, (page, [item.value for item in at.exception])
    print("opened", page.stem)
"""


def requirement_lines(text: str) -> list[str]:
    """The requirements of a requirements.txt, without its comments."""
    return [line for line in text.splitlines() if line and not line.startswith("#")]


@pytest.mark.parametrize("answers", COMBINATIONS)
def test_requirements_txt_is_exactly_the_dependencies_of_pyproject(bake, answers):
    """What Cloud installs is what pyproject.toml says the app needs, no more and no less."""
    project = bake(**answers)
    declared = tomllib.loads(project.read("pyproject.toml"))["project"]["dependencies"]
    assert requirement_lines(project.read("requirements.txt")) == declared


@pytest.mark.needs("package-index")
def test_requirements_txt_alone_installs_an_app_whose_every_page_opens(bake, tmp_path):
    """In a new environment with nothing but requirements.txt installed (not the project
    itself), the app with every pattern and the database store opens every page."""
    project = bake(**ALL_DEPENDENCIES)
    venv = tmp_path / "venv"
    python = str(venv / "bin" / "python")
    for step in (
        ["venv", "--quiet", "--python", sys.executable, str(venv)],
        ["pip", "install", "--quiet", "--python", python, "-r", "requirements.txt"],
    ):
        installed = uv(*step, cwd=project.path)
        assert installed.returncode == 0, installed.stdout[-3000:] + installed.stderr[-3000:]
    pages = run([python, "-c", EVERY_PAGE_OPENS], project.path, env=CLEAN_ENV, timeout=300)
    assert pages.returncode == 0, pages.stdout[-3000:] + pages.stderr[-3000:]
    opened = {line.removeprefix("opened ") for line in pages.stdout.splitlines()}
    package = project.path / project.answers["project_slug"]
    expected = {path.stem for path in (package / "patterns").glob("[!_]*.py")}
    assert opened == expected and expected
