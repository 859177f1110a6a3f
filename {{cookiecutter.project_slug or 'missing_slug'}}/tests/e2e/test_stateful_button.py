"""In the browser: the content stays open while the user works in it."""

from playwright.sync_api import expect

from tests.e2e.steps import click, expect_text, widget


def test_the_content_stays_through_its_own_widgets(open_page):
    """A user opens the settings and ticks the box inside: the settings stay open."""
    page = open_page("stateful_button")
    expect(widget(page, "stateful_level")).to_have_count(0)
    click(page, "stateful_open")
    widget(page, "stateful_notify").get_by_text("Notify me").click()
    expect_text(page, "Level 5, notifications on.")
    expect(widget(page, "stateful_level")).to_be_visible()
