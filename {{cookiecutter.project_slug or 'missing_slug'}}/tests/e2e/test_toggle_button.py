"""In the browser: the note hides and comes back with its text; the slider locks."""

from playwright.sync_api import expect

from tests.e2e.steps import (
    click,
    expect_no_exception,
    leave_and_return,
    nudge_slider,
    type_text,
    widget,
)
from tests.support import app_module

TITLE = app_module("patterns.toggle_button").TITLE


def test_the_note_comes_back_with_its_text(open_page):
    """A user writes a note, hides it, shows it again: the text is still there."""
    page = open_page("toggle_button")
    type_text(page, "toggle_note_input", "buy milk")
    click(page, "toggle_show")
    expect(widget(page, "toggle_note_input")).to_have_count(0)
    click(page, "toggle_show")
    expect(widget(page, "toggle_note_input").locator("input")).to_have_value("buy milk")
    expect_no_exception(page)


def test_the_lock_disables_the_slider(open_page):
    """A user locks the slider: it can no longer be moved; unlocking frees it again."""
    page = open_page("toggle_button")
    slider = widget(page, "toggle_volume").get_by_role("slider")
    expect(slider).to_be_enabled()
    click(page, "toggle_lock")
    expect(slider).to_be_disabled()
    click(page, "toggle_lock")
    expect(slider).to_be_enabled()


def test_the_toggles_and_their_widgets_are_kept_after_a_visit_to_home(open_page):
    """Note hidden, slider moved and locked, then Home and back through the sidebar: all as
    left, and the note comes back with its text."""
    page = open_page("toggle_button")
    type_text(page, "toggle_note_input", "buy milk")
    click(page, "toggle_show")
    expect(widget(page, "toggle_note_input")).to_have_count(0)
    nudge_slider(page, "toggle_volume", 3)
    click(page, "toggle_lock")
    expect(widget(page, "toggle_lock")).to_contain_text("Unlock the slider")
    slider = widget(page, "toggle_volume").get_by_role("slider")
    expect(slider).to_have_value("8")
    leave_and_return(page, TITLE)
    expect(slider).to_be_disabled()
    expect(slider).to_have_value("8")
    expect(widget(page, "toggle_note_input")).to_have_count(0)
    click(page, "toggle_show")
    expect(widget(page, "toggle_note_input").locator("input")).to_have_value("buy milk")
    expect_no_exception(page)
