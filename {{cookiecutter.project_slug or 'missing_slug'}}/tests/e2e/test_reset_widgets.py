"""In the browser: the buttons clear and fill the name on the first click."""

from playwright.sync_api import expect

from tests.e2e.steps import click, expect_no_exception, type_text, widget


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
