"""In the browser: rows are added, filled, summarised, removed, and kept through a visit."""

from playwright.sync_api import expect

from tests.e2e.steps import click, expect_text, leave_and_return, type_text, widget
from tests.support import app_module

TITLE = app_module("patterns.dynamic_widgets").TITLE


def add_ada_and_grace(page) -> None:
    """Add two people and name them Ada and Grace."""
    click(page, "rows_add")
    click(page, "rows_add")
    type_text(page, "rows_first_0", "Ada")
    type_text(page, "rows_first_1", "Grace")
    expect_text(page, "Person 2: Grace")


def test_rows_are_added_filled_and_removed(open_page):
    """A user adds two people, fills them, removes the first: the second keeps its name."""
    page = open_page("dynamic_widgets")
    add_ada_and_grace(page)
    click(page, "rows_remove_0")
    expect_text(page, "Person 1: Grace")
    expect(widget(page, "rows_first_0")).to_have_count(0)


def test_the_rows_and_their_names_are_kept_after_a_visit_to_home(open_page):
    """Two people filled in, then Home and back through the sidebar: the same rows and names."""
    page = open_page("dynamic_widgets")
    add_ada_and_grace(page)
    leave_and_return(page, TITLE)
    expect_text(page, "Person 1: Ada")
    expect_text(page, "Person 2: Grace")
    expect(widget(page, "rows_first_1").locator("input")).to_have_value("Grace")
