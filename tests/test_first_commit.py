"""A new project is a git repository with a first commit, so `pre-commit install` works at once;
without git, inside another repository or regenerated, generation still works and says why it
made no repository."""

import sys
from pathlib import Path

import pytest

from tests.support import cookiecutter_cli
from tests.test_updates import git
from tooling.commands import CLEAN_ENV, run

SLUG = "my_app"
FIRST_COMMIT = "Generate the project from the template"
# A user whom git knows by name and email, as on a machine where git is set up, whatever the
# machine running these tests has configured.
KNOWN_USER = {
    **CLEAN_ENV,
    **dict.fromkeys(["GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME"], "Template Test"),
    **dict.fromkeys(["GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"], "template@example.com"),
}


def generate(output: Path, *answers: str, env: dict | None = None, flags: tuple = ()):
    """Generate the project `my_app` into `output` with --no-input and these key=value answers,
    by a user git knows unless `env` says otherwise."""
    arguments = ["--no-input", *flags, "-o", str(output), f"project_slug={SLUG}", *answers]
    result = cookiecutter_cli(*arguments, cwd=output.parent, env=env or KNOWN_USER)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def git_output(folder: Path, *arguments: str) -> str:
    """What a git command prints in `folder`, which must succeed."""
    result = run(["git", *arguments], folder)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.needs("git")
def test_a_new_project_is_committed_whole_and_pre_commit_installs(tmp_path):
    """One commit holds every file, the record of the template's files included; nothing is
    left out or staged; `pre-commit install` then writes its git hook."""
    result = generate(tmp_path)
    project = tmp_path / SLUG
    assert "The project is a git repository with a first commit." in result.stdout
    assert git_output(project, "log", "--format=%s") == f"{FIRST_COMMIT}\n"
    assert git_output(project, "status", "--porcelain", "--ignored") == ""
    committed = git_output(project, "ls-files").splitlines()
    assert ".template-files.json" in committed and "streamlit_app.py" in committed
    assert not [name for name in committed if name.startswith(".before-regeneration")]
    installed = run([sys.executable, "-m", "pre_commit", "install"], project)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    assert (project / ".git" / "hooks" / "pre-commit").is_file()


def test_answering_no_leaves_git_alone(tmp_path):
    """With git_init=no there is no repository and nothing said about one."""
    result = generate(tmp_path, "git_init=no")
    assert not (tmp_path / SLUG / ".git").exists()
    assert "git" not in result.stdout


def test_without_git_generation_works_and_says_what_to_run(tmp_path):
    """With no git on PATH the project is generated whole, and one line says why it is not a
    repository and the commands to make it one."""
    empty = tmp_path / "no-programs"
    empty.mkdir()
    output = tmp_path / "out"
    output.mkdir()
    result = generate(output, env={**KNOWN_USER, "PATH": str(empty)})
    project = output / SLUG
    assert (project / "streamlit_app.py").is_file() and not (project / ".git").exists()
    (line,) = [line for line in result.stdout.splitlines() if "git" in line]
    assert line.startswith("git was not found, so the project is not a git repository.")
    assert line.endswith(f'git init && git add -A && git commit -m "{FIRST_COMMIT}"')


@pytest.mark.needs("git")
def test_a_failed_commit_keeps_the_project_and_says_how_to_finish(tmp_path):
    """Where git knows no author, the project is still generated, its files are staged in a
    new repository, and one line gives git's reason and the commands."""
    home = tmp_path / "home"
    home.mkdir()
    no_identity = {
        **{key: value for key, value in CLEAN_ENV.items() if not key.startswith("GIT_")},
        "HOME": str(home),
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_CONFIG_COUNT": "1",
        "GIT_CONFIG_KEY_0": "user.useConfigOnly",
        "GIT_CONFIG_VALUE_0": "true",
    }
    output = tmp_path / "out"
    output.mkdir()
    result = generate(output, env=no_identity)
    project = output / SLUG
    (line,) = [line for line in result.stdout.splitlines() if "git" in line]
    assert line.startswith("git commit failed (") and "no first commit" in line
    assert (project / "streamlit_app.py").is_file()
    staged = run(["git", "diff", "--cached", "--name-only"], project, env=no_identity).stdout
    assert "streamlit_app.py" in staged.splitlines()


@pytest.mark.needs("git")
def test_inside_another_repository_no_repository_is_nested(tmp_path):
    """Generated into a folder of an existing repository (a monorepo), the project gets no
    repository of its own and the outer one gets no commit."""
    outer = tmp_path / "monorepo"
    (outer / "apps").mkdir(parents=True)
    git(outer, "init", "-q")
    git(outer, "commit", "-q", "--allow-empty", "-m", "Start")
    result = generate(outer / "apps")
    assert not (outer / "apps" / SLUG / ".git").exists()
    assert f"inside the git repository {outer}" in result.stdout
    assert git_output(outer, "log", "--format=%s") == "Start\n"


@pytest.mark.needs("git")
def test_generating_again_over_the_project_commits_nothing(tmp_path):
    """Regenerating with other answers changes the working tree for the user to review; the
    repository keeps its one commit and its history."""
    generate(tmp_path)
    project = tmp_path / SLUG
    head = git_output(project, "rev-parse", "HEAD")
    result = generate(tmp_path, "pattern_stages=no", flags=("-f",))
    assert "git repository" not in result.stdout
    assert git_output(project, "rev-parse", "HEAD") == head
    changed = git_output(project, "status", "--porcelain").splitlines()
    assert f" D {SLUG}/patterns/stages.py" in changed
