"""In the browser: the button is disabled while the real work runs, with its status showing,
and clicks that come while it runs start nothing; AppTest runs one script run at a time and
shows a page only once its run has ended."""

import re

from playwright.sync_api import expect

from tests.e2e.steps import expect_text, nudge_slider, wait_until_drawn, widget

RAN_ONCE = "The work has run 1 time(s) in this session."
# The default duration is 2.0 s; the time measured may be a little more.
DONE_IN_ABOUT_TWO_SECONDS = re.compile(r"^Work done in 2\.\d s\.$")
# How long to wait for the work to end: its 2 s and a slow machine's margin.
WORK_MS = 15_000


def start_button(page):
    """The "Start the work" button itself."""
    return widget(page, "busy_start").locator("button")


def expect_work_under_way(page) -> None:
    """The status of the work shows and both buttons are disabled."""
    expect(page.get_by_text("Working for 2.0 s…")).to_be_visible()
    expect(start_button(page)).to_be_disabled()
    expect(widget(page, "busy_clear").locator("button")).to_be_disabled()


def expect_work_done_once(page) -> None:
    """The work is over: the button is enabled again, the page says how long the work took
    and that it ran once."""
    expect(start_button(page)).to_be_enabled(timeout=WORK_MS)
    wait_until_drawn(page)
    result = widget(page, "busy_result")
    expect(result.get_by_text(DONE_IN_ABOUT_TWO_SECONDS)).to_be_visible()
    expect_text(page, RAN_ONCE)
    expect(page.get_by_text("Working for")).to_have_count(0)


def test_the_button_is_disabled_while_the_work_runs_and_enabled_after(open_page):
    """A click: while the work runs its status shows and the buttons are disabled; after it
    the button is enabled and the page says how long the work took."""
    page = open_page("busy_button")
    expect_text(page, "No work done yet.")
    start_button(page).click()
    expect_work_under_way(page)
    expect_work_done_once(page)


def test_a_quick_double_click_starts_the_work_once(open_page):
    """A double click on "Start the work" runs the work once."""
    page = open_page("busy_button")
    start_button(page).dblclick()
    expect_work_under_way(page)
    expect_work_done_once(page)


def test_interactions_while_the_work_runs_start_nothing_and_free_the_button(open_page):
    """While the work runs, a click on the disabled button does nothing, and moving the slider
    to 5 s interrupts the run without starting the work again: it goes on and ends once,
    with the 2 s it started with, and the button is enabled again."""
    page = open_page("busy_button")
    start_button(page).click()
    expect_work_under_way(page)
    start_button(page).click(force=True)  # force: a user's click, even on a disabled button
    nudge_slider(page, "busy_seconds", 6)
    expect_work_done_once(page)
    expect(widget(page, "busy_seconds").get_by_role("slider")).to_have_value("5")
