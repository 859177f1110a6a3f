"""In the browser: the buttons clear and fill the name at once; a visit to Home keeps it."""

from playwright.sync_api import expect

from tests.e2e.steps import click, expect_no_exception, leave_and_return, type_text, widget
from tests.support import app_module

TITLE = app_module("patterns.reset_widgets").TITLE


def test_clear_and_fill_change_the_name(open_page):
    """A user types a name, fills in the fixed value, then clears it."""
    page = open_page("reset_widgets")
    name = widget(page, "reset_name").locator("input")
    type_text(page, "reset_name", "Ada")
    click(page, "reset_fill")
    expect(name).to_have_value("Streamlit")
    click(page, "reset_clear")
    expect(name).to_have_value("")
    expect_no_exception(page)


def test_the_filled_name_is_kept_after_a_visit_to_home(open_page):
    """Filled in, then Home and back through the sidebar: the input still holds the value."""
    page = open_page("reset_widgets")
    name = widget(page, "reset_name").locator("input")
    click(page, "reset_fill")
    expect(name).to_have_value("Streamlit")
    leave_and_return(page, TITLE)
    expect(name).to_have_value("Streamlit")
    expect_no_exception(page)
