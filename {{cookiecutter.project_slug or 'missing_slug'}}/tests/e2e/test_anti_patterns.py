"""In the browser: the nested inner button never runs; its fix does, and outlasts a visit."""

from playwright.sync_api import expect

from tests.e2e.steps import click, expect_text, leave_and_return, nudge_slider, widget
from tests.support import app_module

TITLE = app_module("patterns.anti_patterns").TITLE


def test_the_nested_button_fails_and_the_fix_works(open_page):
    """Outer then Inner on both sides: the mistake's inner body never runs, the fix's does."""
    page = open_page("anti_patterns")
    click(page, "anti_nested_bad_outer")
    click(page, "anti_nested_bad_inner")
    click(page, "anti_nested_fix_outer")
    click(page, "anti_nested_fix_inner")
    expect_text(page, "Inner body runs: 0")
    expect_text(page, "Inner body runs: 1")


def test_the_fixed_slider_keeps_its_value_after_a_visit_to_home(open_page):
    """The fix's slider opened and moved, then Home and back through the sidebar: it is still
    open, at the value left."""
    page = open_page("anti_patterns")
    click(page, "anti_widget_fix_open")
    nudge_slider(page, "anti_widget_fix_slider", 2)
    slider = widget(page, "anti_widget_fix_slider").get_by_role("slider")
    expect(slider).to_have_value("7")
    leave_and_return(page, TITLE)
    expect(slider).to_have_value("7")
