"""Fixtures of the browser tests: one server for the run, and pytest-playwright's Chromium and
browser contexts, so its options apply (`--headed`, `--tracing`, `--screenshot`...)."""

import os
import shutil

import pytest
from playwright.sync_api import Error

from tests.e2e.server import running_app
from tests.e2e.steps import follow_app_traffic, wait_until_drawn

# Chromium's background services reach for the network; they are not needed to test a page.
CHROMIUM_ARGS = [
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
NO_BROWSER = (
    "No Chromium to run the browser tests. Install one, then run again: "
    "`sudo apt-get install chromium` (Debian, Ubuntu), or "
    "`python -m playwright install chromium` (Playwright's own build), or set "
    "PLAYWRIGHT_CHROMIUM_EXECUTABLE to the path of a Chromium or Chrome."
)


def pytest_configure(config):
    """Keep a trace and a screenshot of every failing browser test in test-results/ (open a
    trace with `playwright show-trace`), unless the command line chooses for itself."""
    given = config.invocation_params.args
    if not any(argument.startswith("--tracing") for argument in given):
        config.option.tracing = "retain-on-failure"
    if not any(argument.startswith("--screenshot") for argument in given):
        config.option.screenshot = "only-on-failure"


def pytest_collection_modifyitems(items):
    """Mark every test of this folder `e2e`, so `-m e2e` selects them and `-m "not e2e"` not."""
    for item in items:
        if "/e2e/" in item.path.as_posix():
            item.add_marker(pytest.mark.e2e)


def chromium_executable() -> str | None:
    """The Chromium to use: $PLAYWRIGHT_CHROMIUM_EXECUTABLE, else one from the system, else None."""
    chosen = os.environ.get("PLAYWRIGHT_CHROMIUM_EXECUTABLE")
    if chosen:
        return chosen
    names = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
    return next((path for name in names if (path := shutil.which(name))), None)


@pytest.fixture(scope="session")
def app_url():
    """The base URL of the app, served by `streamlit run` for the whole test run."""
    with running_app() as url:
        yield url


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Chromium as pytest-playwright launches it: the system's where there is one, else
    Playwright's own, without the background services that reach for the network."""
    arguments = [*CHROMIUM_ARGS, *(["--no-sandbox"] if os.geteuid() == 0 else [])]
    return {**browser_type_launch_args, "executable_path": chromium_executable(), "args": arguments}


@pytest.fixture(scope="session")
def launch_browser(launch_browser):
    """pytest-playwright's launch, failing with how to install a Chromium when there is none."""

    def launch(**options):
        try:
            return launch_browser(**options)
        except Error as error:
            pytest.fail(f"{NO_BROWSER}\n({error.message.splitlines()[0]})", pytrace=False)

    return launch


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    """Every browser session sees the app in a desktop-sized window."""
    return {**browser_context_args, "viewport": {"width": 1280, "height": 900}}


@pytest.fixture
def open_page(context, app_url):
    """Open one page of the app in the test's browser session (pytest-playwright's `context`,
    traced and screenshotted as its options say) and wait until it has drawn."""

    def open_path(path: str = ""):
        page = context.new_page()
        follow_app_traffic(page)
        page.goto(f"{app_url}/{path}")
        wait_until_drawn(page)
        return page

    return open_path
