"""In the browser: "Count" and the reset from outside rerun only the fragment, before the slow
part of the page could have run once; adding to the total above reruns the whole page; the
slider keeps the value chosen."""

import time

from playwright.sync_api import Page, expect

from tests.e2e.steps import click, expect_text, leave_and_return, nudge_slider, widget
from tests.support import app_module

fragment_buttons = app_module("patterns.fragment_buttons")
TITLE = fragment_buttons.TITLE
# A full run of the page takes at least this long: the slow report's default time.
SLOW_MS = fragment_buttons.DEFAULT_SLOW_SECONDS * 1000


def expect_markers(page: Page, page_run: int, fragment_run: int) -> None:
    """The page's marker and the fragment's show these run numbers."""
    expect(page.get_by_text(f"Page drawn at run {page_run}.", exact=True)).to_be_visible()
    fragment = widget(page, "fragment_box")
    expect(
        fragment.get_by_text(f"Fragment drawn at run {fragment_run}.", exact=True)
    ).to_be_visible()


def test_count_and_the_reset_from_outside_rerun_only_the_fragment(open_page):
    """A click on "Count" shows the count and moves the fragment's marker on before the slow
    report could have run, and the page's marker stays; so does each of three more clicks,
    and so does "Reset the count", a button below the fragment, which shows 0 again."""
    page = open_page("fragment_buttons")
    expect_markers(page, 1, 1)
    click(page, "fragment_count")
    expect_text(page, "Counted 1 time(s) in the fragment.")
    expect_markers(page, 1, 2)
    for count in (2, 3, 4):
        click(page, "fragment_count")
        expect_text(page, f"Counted {count} time(s) in the fragment.")
    expect_markers(page, 1, 5)
    click(page, "fragment_reset")
    expect_text(page, "Counted 0 time(s) in the fragment.")
    expect_markers(page, 1, 6)


def test_adding_to_the_total_reruns_the_whole_page(open_page):
    """Two counts, then "Add the count to the total above": the total above shows 2 and the
    page's marker moves on, after the slow report has taken its time again."""
    page = open_page("fragment_buttons")
    for count in (1, 2):
        click(page, "fragment_count")
        expect_text(page, f"Counted {count} time(s) in the fragment.")
    start = time.monotonic()
    click(page, "fragment_add_to_total")
    expect_text(page, "Total added: 2.")
    expect_markers(page, 2, 4)
    assert (time.monotonic() - start) * 1000 >= SLOW_MS, "the slow report ran again"
    expect_text(page, "Counted 0 time(s) in the fragment.")


def test_the_slider_keeps_the_value_chosen_after_a_visit_to_home(open_page):
    """The slow report set to 0 s with the slider, then Home and back through the sidebar:
    the slider is still at 0 s and so is the report."""
    page = open_page("fragment_buttons")
    nudge_slider(page, "fragment_slow_seconds", -2)
    expect_text(page, "Slow report drawn in 0.0 s.")
    leave_and_return(page, TITLE)
    expect_text(page, "Slow report drawn in 0.0 s.")
    slider = widget(page, "fragment_slow_seconds").get_by_role("slider")
    expect(slider).to_have_value("0")
