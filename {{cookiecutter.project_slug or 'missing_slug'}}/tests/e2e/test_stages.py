"""In the browser: begin, name, colour, done, start over; a visit to Home keeps the flow."""

from playwright.sync_api import expect

from tests.e2e.steps import click, expect_text, leave_and_return, type_text, widget
from tests.support import app_module

TITLE = app_module("patterns.stages").TITLE


def finish_the_flow(page) -> None:
    """Begin, type the name Ada and pick blue: the flow is done."""
    click(page, "stages_begin")
    type_text(page, "stages_name", "Ada")
    type_text(page, "stages_color", "blue")
    expect_text(page, "Ada likes blue.")


def test_a_user_walks_every_stage_and_starts_over(open_page):
    """Each step shows the next one; the last shows the answers; start over begins again."""
    page = open_page("stages")
    finish_the_flow(page)
    click(page, "stages_start_over")
    expect(widget(page, "stages_begin")).to_be_visible()
    expect(widget(page, "stages_name")).to_have_count(0)


def test_a_finished_flow_is_kept_after_a_visit_to_home(open_page):
    """Done, then Home and back through the sidebar: the same name, colour and answer."""
    page = open_page("stages")
    finish_the_flow(page)
    leave_and_return(page, TITLE)
    expect_text(page, "Ada likes blue.")
    expect(widget(page, "stages_name").locator("input")).to_have_value("Ada")
