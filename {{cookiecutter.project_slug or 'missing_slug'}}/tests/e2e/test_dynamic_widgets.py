"""In the browser: rows are added, filled, summarised and removed."""

from playwright.sync_api import expect

from tests.e2e.steps import click, expect_text, type_text, widget


def test_rows_are_added_filled_and_removed(open_page):
    """A user adds two people, fills them, removes the first: the second keeps its name."""
    page = open_page("dynamic_widgets")
    click(page, "rows_add")
    click(page, "rows_add")
    type_text(page, "rows_first_0", "Ada")
    type_text(page, "rows_first_1", "Grace")
    expect_text(page, "Person 2: Grace")
    click(page, "rows_remove_0")
    expect_text(page, "Person 1: Grace")
    expect(widget(page, "rows_first_0")).to_have_count(0)
