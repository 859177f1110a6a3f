"""Answers that cannot work are refused with one clear ERROR line, and nothing is left behind."""

import sys

import pytest

from tests.support import cookiecutter_cli
from tests.test_updates import template_repo  # noqa: F401 (a fixture)
from tooling.commands import cookiecutter_command, run
from tooling.template import DEFAULTS, QUESTIONS, TEMPLATE

BAD_SLUGS = [
    pytest.param("my-app", "not a lowercase Python identifier", id="hyphen"),
    pytest.param("1app", "not a lowercase Python identifier", id="leading-digit"),
    pytest.param("My_App", "not a lowercase Python identifier", id="uppercase"),
    pytest.param("café", "not a lowercase Python identifier", id="non-ascii"),
    pytest.param("class", "Python keyword", id="keyword"),
    pytest.param("", "empty", id="empty"),
    pytest.param("streamlit", "would hide the module 'streamlit'", id="shadows-streamlit"),
    pytest.param("json", "would hide the module 'json'", id="shadows-stdlib"),
    pytest.param("tests", "has a folder 'tests'", id="project-folder-tests"),
    pytest.param("docs", "has a folder 'docs'", id="project-folder-docs"),
    pytest.param("sqlalchemy", "would hide the module 'sqlalchemy'", id="shadows-database-dep"),
    pytest.param("playwright", "would hide the module 'playwright'", id="shadows-dev-dep"),
    pytest.param("pyarrow", "would hide the module 'pyarrow'", id="shadows-indirect-dep"),
    pytest.param("_pytest", "would hide the module '_pytest'", id="shadows-private-module"),
    pytest.param("__init__", "two underscores", id="dunder"),
    pytest.param("build", ".gitignore and .dockerignore leave a folder", id="ignored-folder"),
    pytest.param("con", "Windows reserves", id="windows-device"),
    pytest.param("lpt1", "Windows reserves", id="windows-port"),
    pytest.param("a" * 65, "longer than 64 characters", id="too-long"),
]
# The text questions of cookiecutter.json, each with an answer holding a Jinja tag.
TEXT_QUESTIONS = [
    name for name, value in DEFAULTS.items() if isinstance(value, str) and not name.startswith("_")
]
JINJA_ANSWERS = {
    "project_name": "Sales {{ 7 * 7 }}",
    "project_slug": "my_{{ x }}",
    "description": "Uses {% if x %}",
    "author_name": "Zoë {# a note #}",
}


def first_error(result) -> str:
    """The first line of a run that must have failed."""
    assert result.returncode != 0
    return (result.stderr + result.stdout).splitlines()[0]


def assert_refused_for_jinja(result, question: str, value: str) -> None:
    """The run failed, and its first line names the question, the value and the fix."""
    line = first_error(result)
    assert line.startswith(f'ERROR: {question} "{value}" holds '), line
    assert "cruft update" in line
    assert "remove the braces or write it differently" in line


@pytest.mark.parametrize(("slug", "reason"), BAD_SLUGS)
def test_a_bad_slug_is_refused_before_anything_is_written(tmp_path, slug, reason):
    """The first line names the value and the fix; the output folder stays empty."""
    output = tmp_path / "output"
    output.mkdir()
    result = cookiecutter_cli("--no-input", "-o", str(output), f"project_slug={slug}", cwd=tmp_path)
    first_line = first_error(result)
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


def test_every_text_question_has_a_jinja_answer_to_refuse():
    """The Jinja refusals below cover each text question of cookiecutter.json."""
    assert sorted(JINJA_ANSWERS) == sorted(TEXT_QUESTIONS)


@pytest.mark.parametrize(("question", "value"), JINJA_ANSWERS.items(), ids=list(JINJA_ANSWERS))
def test_a_jinja_answer_given_with_no_input_is_refused(tmp_path, question, value):
    """Jinja kept literal with {% raw %} reaches the hook as a tag, and is refused: kept in
    the answers, it would be rendered at the next update."""
    output = tmp_path / "output"
    output.mkdir()
    answer = "{% raw %}" + value + "{% endraw %}"
    result = cookiecutter_cli("--no-input", "-o", str(output), f"{question}={answer}", cwd=tmp_path)
    assert_refused_for_jinja(result, question, value)
    assert list(output.iterdir()) == []


def test_a_jinja_answer_typed_at_the_prompts_is_refused(tmp_path):
    """A description typed with Jinja at the prompt is refused; nothing is generated."""
    description = "Shows {{ 7 * 7 }} and {% if x %}"
    # Enter accepts the default of every question after the typed ones.
    stdin = "\n".join(["Typed app", "typed_app", description]) + "\n" * len(QUESTIONS)
    result = cookiecutter_cli("-o", str(tmp_path / "output"), cwd=tmp_path, input=stdin)
    assert_refused_for_jinja(result, "description", description)
    assert not (tmp_path / "output" / "typed_app").exists()


@pytest.mark.needs("git")
def test_cruft_create_keeps_no_jinja_answer(template_repo, tmp_path):  # noqa: F811
    """`cruft create` runs the same hook: a project name typed with Jinja leaves no project and
    no .cruft.json to be rendered at a later update."""
    name = "Sales {{ cookiecutter.project_slug }}"
    stdin = "\n".join([name, "sales"]) + "\n" * len(QUESTIONS)
    output = tmp_path / "out"
    command = [sys.executable, "-m", "cruft", "create", "--output-dir", str(output)]
    result = run([*command, str(template_repo)], tmp_path, input=stdin)
    assert_refused_for_jinja(result, "project_name", name)
    assert not list(tmp_path.rglob(".cruft.json"))


@pytest.mark.needs("package-index")
def test_cookiecutter_before_2_7_is_refused(tmp_path):
    """Cookiecutter 2.6 reads pattern_stages=no as yes; the hook stops it and says to upgrade."""
    venv = tmp_path / "cookiecutter-2.6"
    made = run([sys.executable, "-m", "venv", str(venv)], tmp_path)
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    installed = run([str(python), "-m", "pip", "install", "-q", "cookiecutter==2.6.0"], tmp_path)
    assert installed.returncode == 0, installed.stderr
    output = tmp_path / "output"
    command = cookiecutter_command(
        TEMPLATE, "--no-input", "-o", str(output), "pattern_stages=no", python=python
    )
    line = first_error(run(command, tmp_path))
    assert line.startswith("ERROR: cookiecutter 2.6.0 is installed"), line
    assert 'pip install "cookiecutter>=2.7"' in line
    assert not list(output.glob("*"))
