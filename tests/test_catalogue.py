"""The pattern catalogue is the one place that describes a pattern, and adding one costs only
its module, its tests and its entry."""

import json
import re
from pathlib import Path

import pytest

from local_extensions import PICK_RULES, runtime_dependencies
from tests.support import Project, cookiecutter_cli
from tooling import versions
from tooling.commands import CLEAN_ENV, cookiecutter_command, run
from tooling.template import (
    CATALOGUE,
    DEFAULTS,
    PATTERN_OPTIONS,
    PROJECT_TEMPLATE,
    QUESTIONS,
    VARIANTS,
    copy_template,
    page_source,
)


def test_every_pattern_question_has_one_catalogue_entry_and_a_prompt():
    """The questions named pattern_* and the catalogue entries are the same patterns. Each
    question is yes/no, or a choice of variants whose last answer declines the pattern; each
    of its answers has a text that says yes or no."""
    asked = [name for name in DEFAULTS if name.startswith("pattern_")]
    assert asked == PATTERN_OPTIONS, "the questions come in the catalogue's (navigation) order"
    for option in asked:
        prompt = DEFAULTS["__prompts__"][option]
        if option not in VARIANTS:
            assert isinstance(DEFAULTS[option], bool) and prompt.strip(), option
            continue
        *variants, declined = DEFAULTS[option]
        assert declined == PICK_RULES.NO and variants, option
        assert all(PICK_RULES.picked(answer) for answer in variants), option
        assert prompt["__prompt__"].strip() and prompt[declined] == "no", option
        assert all(prompt[answer].startswith("yes, ") for answer in variants), option


def test_no_question_is_about_a_page_the_user_may_have_declined():
    """Every question is about the project, one pattern or one tool: a pattern's follow-up
    choice is its own question's variants, never a question of its own."""
    project = ["project_name", "project_slug", "description", "author_name", "python_version"]
    assert [*project, *PATTERN_OPTIONS, *PICK_RULES.TOOL_FILES, PICK_RULES.GIT_OPTION] == QUESTIONS


def test_declining_a_page_with_variants_at_the_prompt_asks_nothing_more_of_it(tmp_path):
    """Typed at the prompts: "no" (the last choice) for both pages that come in variants, Return
    everywhere else. The project has neither page nor their files, and the rest as default."""
    declines = {option: str(len(DEFAULTS[option])) for option in VARIANTS}
    typed = [declines.get(question, "") for question in QUESTIONS]
    result = cookiecutter_cli("-o", str(tmp_path), cwd=tmp_path, input="\n".join(typed) + "\n")
    assert result.returncode == 0, result.stdout + result.stderr
    project = tmp_path / "streamlit_button_patterns"
    package = project / "streamlit_button_patterns"
    assert (package / "patterns/stages.py").is_file()
    for option in VARIANTS:
        name = option.removeprefix("pattern_")
        assert not (package / f"patterns/{name}.py").exists()
        assert not (project / f"tests/test_{name}.py").exists()
    assert not (package / "result_store.py").exists()


@pytest.mark.parametrize("name", list(CATALOGUE))
def test_every_entry_says_what_the_navigation_and_readmes_need(name):
    """A title, a Material icon, a one-sentence summary and at least one timed click."""
    entry = CATALOGUE[name]
    assert entry["title"].strip()
    assert re.fullmatch(r":material/[a-z0-9_]+:", entry["icon"])
    assert entry["summary"].endswith(".") and "\n" not in entry["summary"]
    assert entry["timed_clicks"] and all(len(click) == 2 for click in entry["timed_clicks"])
    assert entry["apptest"].endswith(".") and entry["browser"].endswith(".")


def declared_streamlit_floor() -> str:
    """The lowest Streamlit that the generated project allows (in pyproject.toml and
    requirements.txt)."""
    (streamlit,) = [
        requirement
        for requirement in runtime_dependencies(DEFAULTS)
        if requirement.startswith("streamlit>=")
    ]
    return streamlit.removeprefix("streamlit>=")


@pytest.mark.parametrize("name", list(CATALOGUE))
def test_every_page_declares_at_least_the_streamlit_its_newest_feature_needs(name):
    """The version the catalogue gives is at least that of the newest feature the module's
    source shows (higher when the page relies on a later behaviour, named beside it), and the
    project's declared floor, the one its tests are run at, is at least that version."""
    version, feature = CATALOGUE[name]["streamlit"]
    shown = versions.needs(page_source(name))
    if shown and version != shown[0]:
        assert versions.version_key(version) > versions.version_key(shown[0]), shown
        assert feature != shown[1], "a higher version names the behaviour that needs it"
    elif shown:
        assert feature == shown[1], "update `streamlit` in the entry"
    assert versions.version_key(version) <= versions.version_key(declared_streamlit_floor())


@pytest.mark.parametrize("name", list(CATALOGUE))
def test_every_file_an_entry_owns_is_in_the_template(name):
    """The module the name gives and every `files` path exist, plainly or as one variant per
    variant of its question: a wrong path would leave files behind, silently."""
    entry = CATALOGUE[name]
    answers = VARIANTS.get(f"pattern_{name}", [])
    owned_files = [f"{{package}}/patterns/{name}.py", f"tests/test_{name}.py"]
    for owned in [*owned_files, *entry.get("files", [])]:
        path = PROJECT_TEMPLATE / owned.format(package="{{cookiecutter.project_slug}}")
        variants = [path.with_name(f"{path.stem}.{answer}{path.suffix}") for answer in answers]
        assert path.is_file() or (variants and all(map(Path.is_file, variants))), owned


def test_titles_are_unique():
    """No two pages share a title."""
    titles = [entry["title"] for entry in CATALOGUE.values()]
    assert len(titles) == len(set(titles))


THROWAWAY_MODULE = '''"""A throwaway page that the template's tests add, to prove the recipe."""

import streamlit as st

from {{ cookiecutter.project_slug }}.patterns import page_of

TITLE = page_of(__file__).title


def render() -> None:
    """Draw the page: its title and one button."""
    st.title(TITLE)
    if st.button("Wave", key="throwaway_wave"):
        st.write("Waved")


if __name__ == "__main__":
    render()
'''
THROWAWAY_TESTS = '''"""User stories of the throwaway page."""

from tests.support import Session, app_module

throwaway = app_module("patterns.throwaway")


def test_a_click_waves():
    """A user clicks "Wave" and sees the wave."""
    page = Session(throwaway).click("throwaway_wave")
    assert page.at.markdown[-1].value == "Waved"
'''
THROWAWAY_ENTRY = {
    "title": "Throwaway wave",
    "icon": ":material/waving_hand:",
    "summary": "A button that waves, added by the template's tests.",
    "timed_clicks": [["throwaway_wave", "Waved"]],
    "streamlit": ["1.0", "st.button"],
    "apptest": "A click waves.",
    "browser": "Nothing more.",
}


def add_throwaway_pattern(template: Path) -> None:
    """Add a pattern the way CONTRIBUTING says: its module, its tests and one entry."""
    project = next(template.glob("[{][{]cookiecutter*"))
    (project / "{{cookiecutter.project_slug}}" / "patterns" / "throwaway.py").write_text(
        THROWAWAY_MODULE, encoding="utf-8"
    )
    (project / "tests" / "test_throwaway.py").write_text(THROWAWAY_TESTS, encoding="utf-8")
    settings = json.loads((template / "cookiecutter.json").read_text(encoding="utf-8"))
    settings["pattern_throwaway"] = True
    settings["__prompts__"]["pattern_throwaway"] = "Page: a button that waves?"
    settings["_patterns"]["throwaway"] = THROWAWAY_ENTRY
    (template / "cookiecutter.json").write_text(json.dumps(settings), encoding="utf-8")


@pytest.fixture(scope="module")
def template_with_throwaway(tmp_path_factory) -> Path:
    """A copy of this template with the throwaway pattern added."""
    template = tmp_path_factory.mktemp("throwaway") / "template"
    copy_template(template)
    add_throwaway_pattern(template)
    return template


def bake_copy(template: Path, output: Path, *answers: str) -> Project:
    """Generate the default project of `template`, with these answers, into `output`."""
    command = cookiecutter_command(template, "--no-input", "-o", str(output), *answers)
    result = run(command, template.parent)
    assert result.returncode == 0, result.stdout + result.stderr
    return Project(output / "streamlit_button_patterns", {})


def test_a_new_pattern_needs_only_its_module_its_tests_and_one_entry(template_with_throwaway):
    """The throwaway page is generated, navigated to, listed and tested with no other edit."""
    project = bake_copy(template_with_throwaway, template_with_throwaway.parent / "on")
    assert (project.path / "streamlit_button_patterns/patterns/throwaway.py").is_file()
    assert "- **Throwaway wave** (`streamlit_button_patterns/patterns/throwaway.py`): " in (
        project.read("README.md")
    )
    result = project.run_tests_with(CLEAN_ENV, "-v")
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "tests/test_throwaway.py::test_a_click_waves PASSED" in result.stdout
    assert "test_the_catalogue_names_exactly_the_pattern_modules PASSED" in result.stdout


def test_a_new_pattern_answered_no_leaves_no_file(template_with_throwaway):
    """With the throwaway question answered no, none of its files is generated."""
    project = bake_copy(
        template_with_throwaway, template_with_throwaway.parent / "off", "pattern_throwaway=no"
    )
    assert not project.files("*throwaway*")
    assert "Throwaway" not in project.read("README.md")
