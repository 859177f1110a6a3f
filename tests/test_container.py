"""The generated image, built with buildah and run: its server runs as the unprivileged app user
and passes the image's own health check, a result is written to the data volume, the code is
read-only to the app, and local secrets and databases reach neither the image nor git.

No registry can be pulled from here, so the `python:<version>-slim` that the Dockerfile starts
from is made on this machine, once, by debootstrapping Debian 12 with its python3 (3.11) into
buildah's storage; the project is made for that Python. Both images stay in that storage: the
base for good (`buildah rmi localhost/python:3.11-slim` makes it be made again), the project's
until the project's files change, when a rebuild reuses the cached dependency step.
"""

import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.support import Project
from tooling.commands import run, started

# The base: Debian 12 and its python3, standing in for the official image of the same name.
BASE_PYTHON = "3.11"
BASE_IMAGE = f"localhost/python:{BASE_PYTHON}-slim"
BASE_SUITE = "bookworm"
BASE_PACKAGES = "python3,python3-pip,python-is-python3,ca-certificates"
DEBIAN_MIRROR = "http://deb.debian.org/debian"
BASE_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
# buildah's default runtime, crun, refuses hosts that mix cgroup v1 and v2; runc runs on both.
RUNTIME = "runc"
# pip in the build trusts the certificate authorities this machine trusts.
HOST_CERTIFICATES = Path("/etc/ssl/certs/ca-certificates.crt")

# Where buildah runs, and the machine-wide locks are.
SCRATCH = Path(tempfile.gettempdir())

APP_USER_ID = 10001
DATA_FOLDER = "/app/data"
# Files of a developer's project folder that must reach neither the image nor git.
LOCAL_FILES = {
    ".env": "API_KEY=local-secret\n",
    ".env.production": "API_KEY=production-secret\n",
    ".streamlit/secrets.toml": '[connections.results]\nurl = "sqlite:///elsewhere.sqlite3"\n',
    "data/results.sqlite3": "results of local runs\n",
    "local.db": "another local database\n",
    "deploy/tls.key": "-----BEGIN PRIVATE KEY-----\n",
}
# An example of the environment file: it shows the settings, holds no secret, and is kept.
EXAMPLE_FILE = ".env.example"

# Run inside the container: open the app, click "Process" on the expensive-process page (the
# page's path is the argument), and print every exception and error the app shows.
PROCESS_A_RESULT = """
import json, sys
from streamlit.testing.v1 import AppTest
at = AppTest.from_file("/app/streamlit_app.py", default_timeout=60).run()
at.switch_page(sys.argv[1]).run()
at.button(key="expensive_process").click().run()
print(json.dumps([str(element.value) for element in [*at.exception, *at.error]]))
"""

# The tools that make, build and run the image, and the index its dependencies come from.
needs_container_tools = pytest.mark.needs("buildah", "debootstrap", "package-index")
# On one worker where pytest-xdist groups tests; the image is built once either way.
pytestmark = pytest.mark.xdist_group("container")


def buildah(*arguments: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run buildah with these arguments; fail the test, with buildah's output, if it fails."""
    result = run(["buildah", *arguments], SCRATCH, timeout=timeout)
    assert result.returncode == 0, (
        f"buildah {arguments[0]}: {result.stdout[-2000:]}{result.stderr[-2000:]}"
    )
    return result


@contextmanager
def machine_lock(name: str) -> Iterator[None]:
    """Hold a lock named `name` for every process of this machine until the block ends."""
    with open(SCRATCH / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def image_exists(image: str) -> bool:
    """Whether buildah's storage holds `image`."""
    inspected = run(["buildah", "inspect", "--type", "image", image], SCRATCH)
    return inspected.returncode == 0


def debootstrap(root: Path) -> None:
    """Install a minimal Debian with python3 and pip into `root`, from the Debian mirror."""
    command = ["debootstrap", "--variant=minbase", f"--include={BASE_PACKAGES}"]
    result = run([*command, BASE_SUITE, str(root), DEBIAN_MIRROR], root, timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


def make_slim_like_the_official_image(root: Path) -> None:
    """Let pip install into the system Python, as in the official image, and drop apt's
    package lists and downloads, as slim images do."""
    (root / "usr" / "lib" / f"python{BASE_PYTHON}" / "EXTERNALLY-MANAGED").unlink()
    for folder in (root / "var" / "lib" / "apt" / "lists", root / "var" / "cache" / "apt"):
        shutil.rmtree(folder)


def make_base_image() -> None:
    """Commit a new image BASE_IMAGE: a debootstrapped Debian with its python3 and pip."""
    container = buildah("from", "scratch").stdout.strip()
    try:
        root = Path(buildah("mount", container).stdout.strip())
        debootstrap(root)
        make_slim_like_the_official_image(root)
        buildah("config", "--env", f"PATH={BASE_PATH}", "--cmd", "python", container)
        buildah("commit", "--quiet", container, BASE_IMAGE)
    finally:
        buildah("rm", container)


def plant_local_files(folder: Path) -> None:
    """Put a developer's local secrets and databases, and the example file, into `folder`."""
    for relative, text in {**LOCAL_FILES, EXAMPLE_FILE: "API_KEY=\n"}.items():
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / relative).write_text(text, encoding="utf-8")


def project_with_local_files(bake, folder: Path) -> Project:
    """A copy of the database-store project made for the base's Python, in `folder`, with a
    developer's local files in it."""
    baked = bake(pattern_expensive_process="database", python_version=BASE_PYTHON)
    shutil.copytree(baked.path, folder)
    plant_local_files(folder)
    return Project(folder, baked.answers)


def build_mounts() -> list[str]:
    """The volumes of the build: this machine's certificate authorities, where it has them."""
    if not HOST_CERTIFICATES.is_file():
        return []
    return ["--volume", f"{HOST_CERTIFICATES}:{HOST_CERTIFICATES}:ro"]


def folder_digest(project: Project) -> str:
    """A digest of every file of the project folder, by name and content."""
    digest = hashlib.sha256()
    for path in project.files():
        digest.update(path.relative_to(project.path).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def build_image(context: Path, tag: str) -> None:
    """Build the Dockerfile of `context` into `tag`, on the local base, in Docker's format (the
    OCI format has no HEALTHCHECK); its steps stay in buildah's cache for the next build."""
    options = ["--pull=never", "--format=docker", "--layers", "--force-rm", "--network=host"]
    build = ["bud", *options, "--runtime", RUNTIME, *build_mounts(), "--tag", tag]
    buildah(*build, str(context), timeout=1800)


def remove_other_tags(repository: str, keep: str) -> None:
    """Remove the images of `repository` other than `keep`: builds of an earlier project."""
    listed = buildah("images", "--format", "{{.Name}}:{{.Tag}}").stdout.split()
    for name in listed:
        if name.startswith(f"{repository}:") and name != keep:
            run(["buildah", "rmi", name], SCRATCH)  # one still in use is left for later


def descendants(pid: int) -> list[int]:
    """Every process below `pid`, children first."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):  # gone meanwhile
            continue
        children.setdefault(parent, []).append(int(stat.parent.name))
    found, waiting = [], [pid]
    while waiting:
        below = children.get(waiting.pop(0), [])
        found += below
        waiting += below
    return found


def container_process(launcher: subprocess.Popen, seconds: float = 60) -> int:
    """The first process of the container that `launcher` (a `buildah run`) starts: the process
    below it in a network namespace of its own."""
    own = os.readlink("/proc/self/ns/net")
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and launcher.poll() is None:
        for pid in descendants(launcher.pid):
            with contextlib.suppress(OSError):  # gone meanwhile
                if os.readlink(f"/proc/{pid}/ns/net") != own:
                    return pid
        time.sleep(0.2)
    pytest.fail("the container's process did not start", pytrace=False)


def user_ids(pid: int) -> list[int]:
    """The real, effective, saved and file-system user ids of process `pid`."""
    status = Path(f"/proc/{pid}/status").read_text()
    line = next(line for line in status.splitlines() if line.startswith("Uid:"))
    return [int(uid) for uid in line.split()[1:]]


def health_command(config: dict) -> list[str]:
    """The image's HEALTHCHECK as a command line."""
    kind, *test = config["Healthcheck"]["Test"]
    return test if kind == "CMD" else ["/bin/sh", "-c", *test]


class RunningContainer:
    """A container of the image whose server runs: commands run in it, beside the server."""

    def __init__(self, name: str, server: int) -> None:
        self.name = name
        self.server = server

    def run(self, *command: str) -> subprocess.CompletedProcess:
        """Run `command` in the container, as its user, in the server's network namespace."""
        network = f"--network=ns:/proc/{self.server}/ns/net"
        buildah_run = ["buildah", "run", "--runtime", RUNTIME, network, self.name, "--"]
        return run([*buildah_run, *command], SCRATCH, timeout=120)

    def wait_until_healthy(self, command: list[str], seconds: float = 60):
        """Run the health check `command` until it passes or `seconds` are up; its last run."""
        deadline = time.monotonic() + seconds
        while (check := self.run(*command)).returncode != 0 and time.monotonic() < deadline:
            time.sleep(0.5)
        return check


@pytest.fixture(scope="module")
def base_image() -> str:
    """The local stand-in for python:<BASE_PYTHON>-slim, made once per machine."""
    with machine_lock("streamlit-template-base-image"):
        if not image_exists(BASE_IMAGE):
            make_base_image()
    return BASE_IMAGE


@pytest.fixture(scope="module")
def project(bake, tmp_path_factory) -> Project:
    """The project whose image is built, with a developer's local files in its folder."""
    return project_with_local_files(bake, tmp_path_factory.mktemp("image") / "project")


@pytest.fixture(scope="module")
def image(base_image, project) -> str:
    """The project's image, built from its Dockerfile with buildah once per content of the
    project folder, whichever worker asks first; kept, like the base, until the folder changes."""
    repository = f"localhost/{project.answers['project_slug']}-container-test"
    tag = f"{repository}:{folder_digest(project)}"
    with machine_lock(repository.rpartition("/")[2]):
        remove_other_tags(repository, tag)
        if not image_exists(tag):
            build_image(project.path, tag)
    return tag


@pytest.fixture(scope="module")
def config(image) -> dict:
    """The image's configuration (user, command, volumes, health check), as buildah reads it."""
    return json.loads(buildah("inspect", "--type", "image", image).stdout)["Docker"]["config"]


@pytest.fixture(scope="module")
def container(image) -> Iterator[str]:
    """A container of the image, removed afterwards."""
    name = buildah("from", "--pull=never", image).stdout.strip()
    yield name
    buildah("rm", name)


@pytest.fixture(scope="module")
def image_root(image) -> Iterator[Path]:
    """The files of the image, as built, in a container of their own that is never run."""
    name = buildah("from", "--pull=never", image).stdout.strip()
    try:
        yield Path(buildah("mount", name).stdout.strip())
    finally:
        buildah("rm", name)


@pytest.fixture(scope="module")
def running(container, config, tmp_path_factory) -> Iterator[RunningContainer]:
    """The container running the image's command, with no network but its own loopback,
    reported healthy by the image's health check."""
    log = tmp_path_factory.mktemp("server") / "server.log"
    command = [*(config.get("Entrypoint") or []), *config["Cmd"]]
    launch = ["buildah", "run", "--runtime", RUNTIME, "--network=none", container, "--"]
    with (
        log.open("w") as output,
        started(
            [*launch, *command], log.parent, stdout=output, stderr=subprocess.STDOUT
        ) as launcher,
    ):
        here = RunningContainer(container, container_process(launcher))
        check = here.wait_until_healthy(health_command(config))
        assert check.returncode == 0, log.read_text()[-3000:] + check.stderr[-3000:]
        yield here


@pytest.mark.slow
@needs_container_tools
def test_the_server_runs_as_the_unprivileged_app_user(running, config):
    """The image names its own user, and the server's process runs as uid 10001, never root."""
    assert config["User"] == "app"
    assert user_ids(running.server) == [APP_USER_ID] * 4


@pytest.mark.slow
@needs_container_tools
def test_the_images_own_health_check_passes_against_the_running_server(running, config):
    """The HEALTHCHECK kept in the image (Docker format) asks Python, not curl, and passes."""
    command = health_command(config)
    assert command[0] == "python"
    check = running.run(*command)
    assert check.returncode == 0, check.stderr


@pytest.mark.slow
@needs_container_tools
def test_a_processed_result_is_stored_in_the_data_volume_by_the_app(running, config, project):
    """Clicking "Process" works with no error, and the SQLite file appears in the data folder,
    the image's one volume, owned by the app user."""
    assert config["Volumes"] == {DATA_FOLDER: {}}
    page = f"{project.answers['project_slug']}/patterns/expensive_process.py"
    clicked = running.run("python", "-c", PROCESS_A_RESULT, page)
    assert clicked.returncode == 0, clicked.stderr[-3000:]
    assert json.loads(clicked.stdout.splitlines()[-1]) == []
    owner = running.run("stat", "--format=%u", f"{DATA_FOLDER}/results.sqlite3")
    assert owner.returncode == 0, owner.stderr
    assert owner.stdout.split() == [str(APP_USER_ID)]


@pytest.mark.slow
@needs_container_tools
def test_the_app_may_write_only_to_the_data_folder(running):
    """The code belongs to root and is read-only to the app user; data/ is the one exception."""
    writable = running.run("find", "/app", "-writable", "-not", "-path", f"{DATA_FOLDER}/*")
    assert writable.returncode == 0, writable.stderr
    assert writable.stdout.split() == [DATA_FOLDER]


@pytest.mark.slow
@needs_container_tools
def test_local_secrets_and_databases_stay_out_of_the_image(image_root):
    """A developer's .env files, secrets.toml and local databases are not copied into the
    image; the example environment file is."""
    app = image_root / "app"
    assert [name for name in LOCAL_FILES if (app / name).exists()] == []
    assert (app / EXAMPLE_FILE).is_file()
    assert list((app / "data").glob("*")) == [], "the image's data folder starts empty"


@pytest.mark.needs("git")
def test_git_ignores_local_secrets_and_databases(bake, tmp_path):
    """In a git repository of the project, the local files are ignored and the example is not."""
    project = project_with_local_files(bake, tmp_path / "project")
    assert project.run("git", "init", "--quiet").returncode == 0
    ignored = project.run("git", "check-ignore", *LOCAL_FILES, EXAMPLE_FILE)
    assert ignored.stdout.split() == list(LOCAL_FILES), ignored.stderr
