"""In the browser: the home page and every pattern page open with no exception."""

import os
from pathlib import Path

from playwright.sync_api import expect

from tests.e2e.steps import expect_no_exception
from tests.support import app_module

patterns = app_module("patterns")
NAME = app_module("project").NAME

# Set to a folder to keep a screenshot of every page, e.g. for a README gallery.
SCREENSHOTS = os.environ.get("E2E_SCREENSHOTS_DIR")


def screenshot(page, name: str) -> None:
    """Save a full-page screenshot when E2E_SCREENSHOTS_DIR asks for them."""
    if SCREENSHOTS:
        Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=Path(SCREENSHOTS) / f"{name}.png", full_page=True)


def test_home_shows_the_name_and_links_every_page(open_page):
    """The home page shows the project's name, and the sidebar links every pattern page."""
    page = open_page()
    expect(page.locator("h1").first).to_have_text(" ".join(NAME.split()))
    sidebar = page.get_by_test_id("stSidebarNav")
    for entry in patterns.PAGES.values():
        expect(sidebar.get_by_text(entry.title, exact=True)).to_be_visible()
    expect_no_exception(page)
    screenshot(page, "home")


def test_every_pattern_page_opens(open_page):
    """Each pattern page opens at its own URL and shows its title."""
    for name, entry in patterns.PAGES.items():
        page = open_page(name)
        expect(page.locator("h1").first).to_have_text(entry.title)
        expect_no_exception(page)
        screenshot(page, name)
