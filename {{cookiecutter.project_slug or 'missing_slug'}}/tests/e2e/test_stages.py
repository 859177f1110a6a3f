"""In the browser: begin, name, colour, done, start over."""

from playwright.sync_api import expect

from tests.e2e.steps import click, expect_text, type_text, widget


def test_a_user_walks_every_stage_and_starts_over(open_page):
    """Each step shows the next one; the last shows the answers; start over begins again."""
    page = open_page("stages")
    click(page, "stages_begin")
    type_text(page, "stages_name", "Ada")
    type_text(page, "stages_color", "blue")
    expect_text(page, "Ada likes blue.")
    click(page, "stages_start_over")
    expect(widget(page, "stages_begin")).to_be_visible()
    expect(widget(page, "stages_name")).to_have_count(0)
