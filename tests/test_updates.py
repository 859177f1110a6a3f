"""Projects made with cruft take later template changes: check sees them, update applies them."""

import json
import re
import shlex
import sys
from pathlib import Path

import pytest

from tests.support import Project
from tooling.commands import run
from tooling.template import TEMPLATE, copy_template

PROJECT_README = "{{cookiecutter.project_slug or 'missing_slug'}}/README.md"
README = (TEMPLATE / "README.md").read_text(encoding="utf-8")


def git(folder: Path, *arguments: str) -> None:
    """Run a git command in `folder`, as a throwaway identity, and insist that it works."""
    identity = ["-c", "user.name=Template Test", "-c", "user.email=template@example.com"]
    result = run(["git", *identity, *arguments], folder)
    assert result.returncode == 0, result.stdout + result.stderr


def cruft(folder: Path, *arguments: str):
    """Run cruft in `folder`."""
    return run([sys.executable, "-m", "cruft", *arguments], folder)


@pytest.fixture
def template_repo(tmp_path) -> Path:
    """A git repository holding a copy of this template, one commit deep."""
    repo = tmp_path / "template"
    copy_template(repo)
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "Template")
    return repo


def commit_created(project: Path) -> None:
    """Commit a project that `cruft create` made, as its README says: cruft writes .cruft.json
    after generating, so generation leaves git to the user."""
    assert not (project / ".git").exists()
    git(project, "init", "-q")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "Generated")


@pytest.fixture
def cruft_project(template_repo, tmp_path) -> Path:
    """A project that `cruft create` made with the default answers, committed."""
    created = cruft(tmp_path, "create", "--no-input", "--output-dir", "out", str(template_repo))
    assert created.returncode == 0, created.stdout + created.stderr
    project = tmp_path / "out" / "streamlit_button_patterns"
    commit_created(project)
    return project


@pytest.mark.needs("git")
def test_cruft_update_applies_a_template_change(template_repo, cruft_project):
    """A project made by `cruft create` records its answers, sees a new commit and takes it."""
    project = cruft_project
    assert '"project_slug": "streamlit_button_patterns"' in (project / ".cruft.json").read_text()

    readme = template_repo / PROJECT_README
    readme.write_text(readme.read_text() + "\nUpdated by the template.\n", encoding="utf-8")
    git(template_repo, "commit", "-q", "-am", "Add a line to the project README")

    assert cruft(project, "check").returncode == 1
    updated = cruft(project, "update", "--skip-apply-ask")
    assert updated.returncode == 0, updated.stdout + updated.stderr
    assert (project / "README.md").read_text().endswith("\nUpdated by the template.\n")
    assert cruft(project, "check").returncode == 0


def readme_page_updates() -> list[list[str]]:
    """The arguments of each `cruft update --variables-to-update` command the README shows."""
    commands = re.findall(r"^cruft update (--variables-to-update '.*')$", README, re.M)
    return [shlex.split(command) for command in commands]


def cruft_answers(project: Path) -> dict:
    """The answers that the project's .cruft.json holds."""
    return json.loads((project / ".cruft.json").read_text())["context"]["cookiecutter"]


@pytest.mark.needs("git")
def test_cruft_update_adds_a_pattern_and_drops_an_unedited_one(cruft_project):
    """The README's first page update, with the template unchanged: the anti-patterns page
    arrives with its tests, the stages page goes with its tests, the navigation follows, and the
    project's own suite passes."""
    updated = cruft(cruft_project, "update", "--skip-apply-ask", *readme_page_updates()[0])
    assert updated.returncode == 0, updated.stdout + updated.stderr
    package = cruft_project / "streamlit_button_patterns"
    assert (package / "patterns/anti_patterns.py").is_file()
    assert (cruft_project / "tests/test_anti_patterns.py").is_file()
    for gone in ["patterns/stages.py", "../tests/test_stages.py", "../tests/e2e/test_stages.py"]:
        assert not (package / gone).exists(), gone
    pages = (package / "patterns/__init__.py").read_text(encoding="utf-8")
    assert '"anti_patterns": Page(' in pages and '"stages": Page(' not in pages
    assert not list(cruft_project.rglob("*.rej"))
    answers = cruft_answers(cruft_project)
    assert (answers["pattern_anti_patterns"], answers["pattern_stages"]) == (True, False)
    result = Project(cruft_project, answers).run_tests()
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


@pytest.mark.needs("git")
def test_dropping_an_edited_page_keeps_the_users_file_and_the_contract_test_says_so(
    cruft_project,
):
    """The README's second page update switches the store; a page the user edited and then
    dropped stays as they left it, cruft names it, and the contract test names it too."""
    stages = cruft_project / "streamlit_button_patterns/patterns/stages.py"
    stages.write_text(stages.read_text(encoding="utf-8") + "# my change\n", encoding="utf-8")
    git(cruft_project, "commit", "-q", "-am", "Edit the stages page")
    store_update = readme_page_updates()[1]
    both = json.loads(store_update[1]) | {"pattern_stages": False}
    arguments = ["--skip-apply-ask", "--variables-to-update", json.dumps(both)]
    updated = cruft(cruft_project, "update", *arguments)
    assert updated.returncode == 0, updated.stdout + updated.stderr
    assert stages.read_text(encoding="utf-8").endswith("# my change\n")
    assert "patterns/stages.py: patch does not apply" in updated.stdout + updated.stderr
    assert "import sqlalchemy as sa" in (stages.parent.parent / "result_store.py").read_text()
    contract = Project(cruft_project, cruft_answers(cruft_project)).run_tests(
        "tests/test_contract.py"
    )
    assert contract.returncode == 1 and "stages" in contract.stdout
