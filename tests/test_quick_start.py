"""The generated README's commands work as written on a machine with Python 3 and uv, each in a
fresh copy of the project: the two of the quick start, and the pip way without uv."""

import json
import os
import re
import shutil
import subprocess
import sys

import pytest
import uv

from tests.support import uv_env
from tooling.commands import CLEAN_ENV, free_port, run, started, wait_until_healthy

# One worker runs this module, so each fresh environment is installed once.
pytestmark = pytest.mark.xdist_group("quick-start")


def readme_commands(readme: str, section: str, language: str) -> list[str]:
    """The code blocks in this language of this section ("## <section>") of the README."""
    text = readme.split(f"\n## {section}\n", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(rf"```{language}\n(.*?)```", text, re.DOTALL)]


@pytest.fixture(scope="module")
def default_project(bake):
    """The default project, as generated."""
    return bake().path


def fresh_copy(project, tmp_path_factory):
    """A copy of the project in a new folder, with no environment of its own yet."""
    copy = tmp_path_factory.mktemp("quick-start") / "project"
    shutil.copytree(project, copy)
    return copy


@pytest.fixture(scope="module")
def uv_project(default_project, tmp_path_factory):
    """A copy of the default project, for the quick start's uv commands."""
    return fresh_copy(default_project, tmp_path_factory)


@pytest.fixture(scope="module")
def with_uv(tmp_path_factory) -> dict[str, str]:
    """The environment of a machine whose PATH has uv (and the system's Python) on it."""
    folder = tmp_path_factory.mktemp("uv-bin")
    (folder / "uv").symlink_to(uv.find_uv_bin())
    return {**uv_env(), "PATH": f"{folder}{os.pathsep}{CLEAN_ENV.get('PATH', '')}"}


def quick_start(project) -> list[str]:
    """The quick start's commands, from the project's README."""
    return readme_commands((project / "README.md").read_text(encoding="utf-8"), "Quick start", "sh")


def test_readme_gives_exactly_two_commands(default_project):
    """One command runs the app, one runs the tests, both through uv."""
    assert quick_start(default_project) == [
        "uv run streamlit run streamlit_app.py",
        "uv run pytest",
    ]


@pytest.mark.needs("package-index")
def test_readme_test_command_passes_in_a_fresh_environment(uv_project, with_uv):
    """The README's test command, run as written, installs the project and its suite passes,
    and leaves the lock file that the README says to commit."""
    result = run(["bash", "-c", quick_start(uv_project)[1]], uv_project, env=with_uv, timeout=600)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert re.search(r"\d+ passed", result.stdout)
    assert (uv_project / "uv.lock").is_file()


@pytest.mark.needs("package-index")
def test_readme_app_command_serves_a_healthy_app(uv_project, with_uv):
    """The README's app command, run as written, starts a server that reports itself healthy."""
    port = free_port()
    env = {**with_uv, "STREAMLIT_SERVER_PORT": str(port), "STREAMLIT_SERVER_HEADLESS": "true"}
    app = ["bash", "-c", quick_start(uv_project)[0]]
    with started(app, uv_project, env=env, stderr=subprocess.PIPE) as server:
        healthy = wait_until_healthy(f"http://127.0.0.1:{port}", server)
        docker_check = run_docker_healthcheck(uv_project, port)
    assert healthy, server.stderr.read().decode()[-3000:]
    assert docker_check.returncode == 0, docker_check.stderr
    assert run_docker_healthcheck(uv_project, port).returncode != 0, "server is down now"


@pytest.mark.needs("package-index")
def test_readme_pip_commands_install_and_pass_without_uv(default_project, tmp_path_factory):
    """The README's way without uv (Linux and macOS), run line by line as written in a fresh
    copy, installs the project with pip and its suite passes; the app line is the same as in
    the quick start, less uv."""
    project = fresh_copy(default_project, tmp_path_factory)
    (block,) = readme_commands(
        (project / "README.md").read_text(encoding="utf-8"), "Without uv", "bash"
    )
    lines = block.splitlines()
    assert ".venv/bin/streamlit run streamlit_app.py" in lines
    steps = [line for line in lines if "streamlit run" not in line]
    result = run(["bash", "-c", " && ".join(steps)], project, env=uv_env(), timeout=600)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert re.search(r"\d+ passed", result.stdout)


def run_docker_healthcheck(project, port: int):
    """Run the Dockerfile's HEALTHCHECK command here, pointed at `port` instead of 8501."""
    dockerfile = (project / "Dockerfile").read_text(encoding="utf-8")
    command = json.loads(re.search(r"HEALTHCHECK .*?CMD (\[[^\n]*\])", dockerfile, re.S).group(1))
    command = [part.replace(":8501/", f":{port}/") for part in command]
    assert command[0] == "python", "the image has python; slim images have no curl"
    return run([sys.executable, *command[1:]], project, timeout=30)
