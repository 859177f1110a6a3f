"""Projects made with cruft take later template changes: check sees them, update applies them."""

import sys
from pathlib import Path

import pytest

from tooling.commands import run
from tooling.template import copy_template

PROJECT_README = "{{cookiecutter.project_slug or 'missing_slug'}}/README.md"


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


@pytest.mark.needs("git")
def test_cruft_update_applies_a_template_change(template_repo, tmp_path):
    """A project made by `cruft create` records its answers, sees a new commit and takes it."""
    created = cruft(tmp_path, "create", "--no-input", "--output-dir", "out", str(template_repo))
    assert created.returncode == 0, created.stdout + created.stderr
    project = tmp_path / "out" / "streamlit_button_patterns"
    assert '"project_slug": "streamlit_button_patterns"' in (project / ".cruft.json").read_text()
    git(project, "init", "-q")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "Generated")

    readme = template_repo / PROJECT_README
    readme.write_text(readme.read_text() + "\nUpdated by the template.\n", encoding="utf-8")
    git(template_repo, "commit", "-q", "-am", "Add a line to the project README")

    assert cruft(project, "check").returncode == 1
    updated = cruft(project, "update", "--skip-apply-ask")
    assert updated.returncode == 0, updated.stdout + updated.stderr
    assert (project / "README.md").read_text().endswith("\nUpdated by the template.\n")
    assert cruft(project, "check").returncode == 0
