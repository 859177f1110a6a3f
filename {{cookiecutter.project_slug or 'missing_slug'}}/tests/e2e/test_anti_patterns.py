"""In the browser: the nested inner button never runs; its fix does."""

from tests.e2e.steps import click, expect_text


def test_the_nested_button_fails_and_the_fix_works(open_page):
    """Outer then Inner on both sides: the mistake's inner body never runs, the fix's does."""
    page = open_page("anti_patterns")
    click(page, "anti_nested_bad_outer")
    click(page, "anti_nested_bad_inner")
    click(page, "anti_nested_fix_outer")
    click(page, "anti_nested_fix_inner")
    expect_text(page, "Inner body runs: 0")
    expect_text(page, "Inner body runs: 1")
