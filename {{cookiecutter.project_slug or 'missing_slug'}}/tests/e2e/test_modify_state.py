"""In the browser: each counter above its button shows the click at once."""

from playwright.sync_api import expect

from tests.e2e.steps import click, expect_no_exception


def test_both_counters_show_each_click(open_page):
    """A click on each button shows 1 on each counter, with no lag."""
    page = open_page("modify_state")
    click(page, "modify_callback_add")
    click(page, "modify_rerun_add")
    values = page.get_by_test_id("stMetricValue")
    expect(values).to_have_text(["1", "1"])
    expect_no_exception(page)
