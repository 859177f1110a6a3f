"""In the browser: the real dialog's Escape and close button cancel through `on_dismiss`, and
its "Delete" deletes; AppTest can neither dismiss a dialog nor send two clicks at once."""

import pytest
from playwright.sync_api import expect

from tests.e2e.steps import after_its_run, click, expect_text, type_text, widget
from tests.support import app_module

FIRST_NOTES = app_module("patterns.confirm_dialog").FIRST_NOTES


def the_dialog(page):
    """The open dialog, by its role."""
    return page.get_by_role("dialog")


def ask(page) -> None:
    """Click "Delete every note" and wait until the question shows."""
    after_its_run(page, lambda: click(page, "confirm_ask"))
    expect(the_dialog(page)).to_have_count(1)
    expect(the_dialog(page).get_by_text("Delete every note?", exact=True)).to_be_visible()


def expect_every_first_note(page) -> None:
    """The three notes that a new session starts with are all listed."""
    for note in FIRST_NOTES:
        expect(widget(page, "confirm_list").get_by_text(note, exact=True)).to_be_visible()


def press_escape(page) -> None:
    """Press Escape, as a user closing the dialog from the keyboard."""
    page.keyboard.press("Escape")


def click_close(page) -> None:
    """Click the dialog's close (X) button."""
    the_dialog(page).get_by_role("button", name="Close").click()


@pytest.mark.parametrize("dismiss", [press_escape, click_close], ids=["escape", "close-button"])
def test_dismissing_the_dialog_cancels_and_it_opens_again(open_page, dismiss):
    """Escape or the close button closes the dialog with nothing deleted; the page says so,
    the next interaction does not bring the dialog back, and it opens again when asked."""
    page = open_page("confirm_dialog")
    ask(page)
    after_its_run(page, lambda: dismiss(page))
    expect(the_dialog(page)).to_have_count(0)
    expect_text(page, "Nothing was deleted.")
    expect_every_first_note(page)
    after_its_run(page, lambda: type_text(page, "confirm_note", "Ring Ada"))
    after_its_run(page, lambda: click(page, "confirm_add"))
    expect(widget(page, "confirm_list").get_by_text("Ring Ada", exact=True)).to_be_visible()
    expect(the_dialog(page)).to_have_count(0)
    ask(page)
    expect(
        the_dialog(page).get_by_text("All 4 note(s) will be deleted.", exact=False)
    ).to_be_visible()


def test_delete_in_the_real_dialog_deletes_every_note_once(open_page):
    """A double click on the dialog's "Delete" deletes the three notes, closes the dialog and
    leaves nothing to delete (quick clicks inside a dialog: streamlit issue #9921)."""
    page = open_page("confirm_dialog")
    ask(page)
    delete = widget(page, "confirm_yes").locator("button")
    after_its_run(page, lambda: delete.click(click_count=2))
    expect(the_dialog(page)).to_have_count(0)
    expect_text(page, "Deleted 3 notes.")
    expect(widget(page, "confirm_list").get_by_text("No notes.", exact=True)).to_be_visible()
    expect(widget(page, "confirm_ask").locator("button")).to_be_disabled()
