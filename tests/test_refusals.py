"""Answers that cannot work are refused with one clear ERROR line, and nothing is left behind."""

import pytest

from tests.support import cookiecutter_cli
from tooling.template import TEMPLATE

BAD_SLUGS = [
    pytest.param("my-app", "not a lowercase Python identifier", id="hyphen"),
    pytest.param("1app", "not a lowercase Python identifier", id="leading-digit"),
    pytest.param("My_App", "not a lowercase Python identifier", id="uppercase"),
    pytest.param("café", "not a lowercase Python identifier", id="non-ascii"),
    pytest.param("class", "Python keyword", id="keyword"),
    pytest.param("", "empty", id="empty"),
    pytest.param("streamlit", "would hide the module 'streamlit'", id="shadows-streamlit"),
    pytest.param("json", "would hide the module 'json'", id="shadows-stdlib"),
    pytest.param("tests", "would hide the module 'tests'", id="shadows-tests"),
]


@pytest.mark.parametrize(("slug", "reason"), BAD_SLUGS)
def test_a_bad_slug_is_refused_before_anything_is_written(tmp_path, slug, reason):
    """The first line names the value and the fix; the output folder stays empty."""
    output = tmp_path / "output"
    output.mkdir()
    result = cookiecutter_cli("--no-input", "-o", str(output), f"project_slug={slug}", cwd=tmp_path)
    assert result.returncode != 0
    first_line = (result.stderr + result.stdout).splitlines()[0]
    assert first_line.startswith(f'ERROR: project_slug "{slug}" is not usable: ')
    assert reason in first_line
    assert "project_slug=" in first_line, "the message must say how to fix it"
    assert list(output.iterdir()) == []


def test_a_refusal_keeps_an_existing_folder_and_its_files(tmp_path):
    """Generating over an existing folder with -f and a bad slug leaves the user's files alone."""
    existing = tmp_path / "my-app"
    existing.mkdir()
    (existing / "notes.txt").write_text("mine", encoding="utf-8")
    result = cookiecutter_cli(
        "--no-input", "-f", "-o", str(tmp_path), "project_slug=my-app", cwd=tmp_path
    )
    assert result.returncode != 0
    assert sorted(path.name for path in existing.iterdir()) == ["notes.txt"]
    assert (existing / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_pytest_cookies_reports_the_refusal(cookies):
    """A bake with a bad slug fails instead of producing a broken project."""
    result = cookies.bake(template=str(TEMPLATE), extra_context={"project_slug": "my-app"})
    assert result.exit_code != 0
    assert result.project_path is None
