"""In the browser: the content stays open while the user works in it or visits Home."""

from playwright.sync_api import expect

from tests.e2e.steps import click, expect_text, leave_and_return, nudge_slider, widget
from tests.support import app_module

TITLE = app_module("patterns.stateful_button").TITLE


def test_the_content_stays_through_its_own_widgets(open_page):
    """A user opens the settings and ticks the box inside: the settings stay open."""
    page = open_page("stateful_button")
    expect(widget(page, "stateful_level")).to_have_count(0)
    click(page, "stateful_open")
    widget(page, "stateful_notify").get_by_text("Notify me").click()
    expect_text(page, "Level 5, notifications on.")
    expect(widget(page, "stateful_level")).to_be_visible()


def test_the_open_settings_keep_their_values_after_a_visit_to_home(open_page):
    """Opened and set, then Home and back through the sidebar: open, with the values left."""
    page = open_page("stateful_button")
    click(page, "stateful_open")
    widget(page, "stateful_notify").get_by_text("Notify me").click()
    nudge_slider(page, "stateful_level", 2)
    expect_text(page, "Level 7, notifications on.")
    leave_and_return(page, TITLE)
    expect_text(page, "Level 7, notifications on.")
