"""The generated README's two commands work as written, in a fresh virtual environment."""

import json
import re
import shutil
import subprocess
import sys

import pytest

from tooling.commands import CLEAN_ENV, free_port, run, started, wait_until_healthy

# One worker runs this module, so the fresh environment is installed once.
pytestmark = pytest.mark.xdist_group("quick-start")


def readme_commands(readme: str) -> list[str]:
    """The shell commands of the ```sh blocks in the README's "Quick start" section, in order."""
    section = readme.split("\n## Quick start\n", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", section, re.DOTALL)]


@pytest.fixture(scope="module")
def fresh_project(bake, tmp_path_factory):
    """A copy of the default project, to be installed into its own new virtual environment."""
    copy = tmp_path_factory.mktemp("quick-start") / "project"
    shutil.copytree(bake().path, copy)
    return copy


def test_readme_gives_exactly_two_commands(fresh_project):
    """One command runs the app, one runs the tests."""
    commands = readme_commands((fresh_project / "README.md").read_text(encoding="utf-8"))
    assert len(commands) == 2
    assert commands[0].endswith("streamlit run streamlit_app.py")
    assert commands[1].endswith("-m pytest")


@pytest.mark.needs("package-index")
def test_readme_test_command_passes_in_a_fresh_environment(fresh_project):
    """The README's test command, run as written, installs the project and its suite passes."""
    command = readme_commands((fresh_project / "README.md").read_text(encoding="utf-8"))[1]
    result = run(["bash", "-c", command], fresh_project, timeout=600)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert re.search(r"\d+ passed", result.stdout)


@pytest.mark.needs("package-index")
def test_readme_app_command_serves_a_healthy_app(fresh_project):
    """The README's app command, run as written, starts a server that reports itself healthy."""
    command = readme_commands((fresh_project / "README.md").read_text(encoding="utf-8"))[0]
    port = free_port()
    env = {**CLEAN_ENV, "STREAMLIT_SERVER_PORT": str(port), "STREAMLIT_SERVER_HEADLESS": "true"}
    app = ["bash", "-c", command]
    with started(app, fresh_project, env=env, stderr=subprocess.PIPE) as server:
        healthy = wait_until_healthy(f"http://127.0.0.1:{port}", server)
        docker_check = run_docker_healthcheck(fresh_project, port)
    assert healthy, server.stderr.read().decode()[-3000:]
    assert docker_check.returncode == 0, docker_check.stderr
    assert run_docker_healthcheck(fresh_project, port).returncode != 0, "server is down now"


def run_docker_healthcheck(project, port: int):
    """Run the Dockerfile's HEALTHCHECK command here, pointed at `port` instead of 8501."""
    dockerfile = (project / "Dockerfile").read_text(encoding="utf-8")
    command = json.loads(re.search(r"HEALTHCHECK .*?CMD (\[[^\n]*\])", dockerfile, re.S).group(1))
    command = [part.replace(":8501/", f":{port}/") for part in command]
    assert command[0] == "python", "the image has python; slim images have no curl"
    return run([sys.executable, *command[1:]], project, timeout=30)
