"""Fixtures of the browser tests: one server for the run, one Chromium, a fresh page per test."""

import os
import shutil

import pytest
from playwright.sync_api import Error, sync_playwright

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
def browser():
    """A headless Chromium: the system's where there is one, else Playwright's own."""
    with sync_playwright() as playwright:
        arguments = [*CHROMIUM_ARGS, *(["--no-sandbox"] if os.geteuid() == 0 else [])]
        try:
            chromium = playwright.chromium.launch(
                executable_path=chromium_executable(), args=arguments
            )
        except Error as error:
            pytest.fail(f"{NO_BROWSER}\n({error.message.splitlines()[0]})", pytrace=False)
        yield chromium
        chromium.close()


@pytest.fixture
def open_page(browser, app_url):
    """Open one page of the app in a new browser session and wait until it has drawn."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})

    def open_path(path: str = ""):
        page = context.new_page()
        follow_app_traffic(page)
        page.goto(f"{app_url}/{path}")
        wait_until_drawn(page)
        return page

    yield open_path
    context.close()
