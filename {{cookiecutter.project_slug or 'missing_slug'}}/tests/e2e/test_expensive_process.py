"""In the browser: the result of the slow work shows and stays."""

from playwright.sync_api import expect

from tests.e2e.steps import click, expect_text


def test_the_result_shows_and_stays(open_page):
    """A user processes, then interacts elsewhere: the result table is still on the page."""
    page = open_page("expensive_process")
    click(page, "expensive_process")
    expect_text(page, "Result for multiplier 1 and add 0:")
    expect(page.get_by_test_id("stDataFrame")).to_be_visible()
    expect_text(page, "The slow work has run 1 time(s) in this session.")
