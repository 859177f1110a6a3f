"""User stories of the confirm-dialog page: a delete button that asks first, and deletes only
when the user says "Delete"."""

import pytest
from hypothesis.stateful import invariant, precondition, rule, run_state_machine_as_test

from tests.support import PageMachine, app_module, leave_and_return, typed_text

confirm_dialog = app_module("patterns.confirm_dialog")
as_text = app_module("text").as_text
FIRST_NOTES = list(confirm_dialog.FIRST_NOTES)


@pytest.fixture
def page(new_session):
    """The confirm-dialog page, opened in a new session."""
    return new_session(confirm_dialog)


def notes_shown(page) -> list[str]:
    """The notes listed on the page, as the user reads them."""
    return [item.value for item in page.at.container(key="confirm_list").markdown]


def listed(notes: list[str]) -> list[str]:
    """How the page lists these notes: one item each, shown as typed."""
    return [f"- {as_text(note)}" for note in notes]


def asks(page) -> bool:
    """Whether the dialog is open: its question and its two buttons are on the page."""
    question = any("will be deleted" in item.value for item in page.at.markdown)
    buttons = page.has("button", "confirm_yes"), page.has("button", "confirm_no")
    assert buttons == (question, question), "the question comes with both of its buttons"
    return question


def outcome(page) -> list[str]:
    """What the page says about the last question: deleted, nothing deleted, or nothing."""
    return [item.value for item in page.at.info]


def add_note(page, text: str):
    """Type a note and click "Add the note", which sends both in one rerun."""
    page.at.text_input(key="confirm_note").input(text)
    return page.click("confirm_add")


def test_the_page_starts_with_three_notes_and_no_question(page):
    """A new visitor sees three notes, an empty input and no dialog."""
    assert notes_shown(page) == listed(FIRST_NOTES)
    assert page.at.text_input(key="confirm_note").value == ""
    assert not asks(page)
    assert outcome(page) == []


def test_the_delete_button_only_asks(page):
    """The "Delete every note" button opens the question, saying how many notes would go,
    and deletes nothing by itself."""
    page.click("confirm_ask")
    assert asks(page)
    assert "All 3 note(s) will be deleted. This cannot be undone." in [
        item.value for item in page.at.markdown
    ]
    assert notes_shown(page) == listed(FIRST_NOTES)


def test_cancel_keeps_every_note(page):
    """Open, then "Cancel": the dialog closes, every note is kept and the page says so."""
    page.click("confirm_ask").click("confirm_no")
    assert not asks(page)
    assert notes_shown(page) == listed(FIRST_NOTES)
    assert outcome(page) == ["Nothing was deleted."]


def test_delete_deletes_every_note(page):
    """Open, then "Delete": no note is left, the page says how many went, and there is
    nothing left to delete."""
    page.click("confirm_ask").click("confirm_yes")
    assert not asks(page)
    assert notes_shown(page) == []
    assert page.at.container(key="confirm_list").caption[0].value == "No notes."
    assert outcome(page) == ["Deleted 3 notes."]
    assert page.at.button(key="confirm_ask").disabled


def test_one_confirmation_deletes_once(page):
    """After "Delete", its button is gone and later runs delete nothing more: a note added
    afterwards stays until the user confirms again."""
    page.click("confirm_ask").click("confirm_yes")
    assert not page.has("button", "confirm_yes")
    add_note(page, "Ring Ada").run()
    assert notes_shown(page) == listed(["Ring Ada"])
    assert outcome(page) == ["Deleted 3 notes."]
    page.click("confirm_ask").click("confirm_yes")
    assert outcome(page) == ["Deleted 1 note."]


@pytest.mark.parametrize("late", ["confirm_yes", "confirm_no"], ids=["delete", "cancel"])
def test_a_late_click_in_the_answered_dialog_changes_nothing(page, late):
    """A click on "Delete" or "Cancel" that reaches the server after the question was
    answered with "Delete" (the second click of a double click, sent by the dialog as it was
    drawn) deletes nothing more, not even a note added since, and the page still says what
    the answer deleted."""
    button = page.click("confirm_ask").at.button(key=late)
    page.run().click("confirm_yes")  # on the dialog drawn again, so the late click is alone
    add_note(page, "Ring Ada")
    button.click().run()
    page.run()
    assert notes_shown(page) == listed(["Ring Ada"])
    assert outcome(page) == ["Deleted 3 notes."]


def test_repeated_clicks_on_delete_every_note_open_one_dialog(page):
    """Three clicks on "Delete every note" open one question; one "Cancel" closes it."""
    for _ in range(3):
        page.click("confirm_ask")
    assert [item.key for item in page.at.button].count("confirm_yes") == 1
    page.click("confirm_no")
    assert not asks(page)
    assert notes_shown(page) == listed(FIRST_NOTES)


def test_a_new_question_forgets_the_last_answer(page):
    """The outcome of the last question is not shown while a new one is open."""
    page.click("confirm_ask").click("confirm_no").click("confirm_ask")
    assert outcome(page) == []


def test_added_notes_are_shown_as_typed(page):
    """Markdown, HTML and a link typed as notes are listed as the characters typed, and the
    input is emptied after each."""
    typed = ["**bold**", "<b>x</b>", "[link](https://example.com)"]
    for text in typed:
        add_note(page, text)
        assert page.at.text_input(key="confirm_note").value == ""
    assert notes_shown(page) == listed([*FIRST_NOTES, *typed])
    assert all("<" not in line and "*" not in line for line in notes_shown(page)[3:])


def test_a_blank_note_is_not_added(page):
    """Clicking "Add the note" with nothing, or only spaces, typed adds no note."""
    page.click("confirm_add")
    add_note(page, "   ")
    assert notes_shown(page) == listed(FIRST_NOTES)


def test_leaving_with_the_question_open_cancels_it(page):
    """Open the question, go Home and come back: no dialog greets the user, nothing was
    deleted, and the question can be asked again."""
    page.click("confirm_ask")
    leave_and_return(page, confirm_dialog)
    assert not asks(page)
    assert notes_shown(page) == listed(FIRST_NOTES)
    assert outcome(page) == ["Nothing was deleted."]
    page.click("confirm_ask")
    assert asks(page)


def test_the_notes_and_a_half_typed_note_are_kept_after_a_visit_to_home(page):
    """Notes added, one deleted set, a note half typed, then Home and back: as left."""
    page.click("confirm_ask").click("confirm_yes")
    add_note(page, "Ring Ada").type("confirm_note", "Feed the c")
    leave_and_return(page, confirm_dialog)
    assert notes_shown(page) == listed(["Ring Ada"])
    assert page.at.text_input(key="confirm_note").value == "Feed the c"
    assert outcome(page) == ["Deleted 3 notes."]


class ConfirmMachine(PageMachine):
    """A user adds notes, asks, confirms, cancels and visits Home in any order."""

    page_module = confirm_dialog

    def __init__(self) -> None:
        super().__init__()
        self.notes = list(FIRST_NOTES)
        self.asking = False
        self.said: str | None = None

    @rule(text=typed_text)
    def add(self, text) -> None:
        add_note(self.page, text)
        if text.strip():
            self.notes.append(text.strip())

    @precondition(lambda self: self.notes)
    @rule()
    def ask(self) -> None:
        self.page.click("confirm_ask")
        self.asking, self.said = True, None

    @precondition(lambda self: self.asking)
    @rule()
    def confirm(self) -> None:
        self.page.click("confirm_yes")
        count = len(self.notes)
        self.notes, self.asking = [], False
        self.said = f"Deleted {count} note{'' if count == 1 else 's'}."

    @precondition(lambda self: self.asking)
    @rule()
    def cancel(self) -> None:
        self.page.click("confirm_no")
        self.asking, self.said = False, "Nothing was deleted."

    @rule()
    def visit_home(self) -> None:
        leave_and_return(self.page, confirm_dialog)
        if self.asking:
            self.asking, self.said = False, "Nothing was deleted."

    @invariant()
    def notes_go_only_by_a_confirmation(self) -> None:
        """The page lists exactly the notes added and not deleted by a "Delete", asks only
        while a question is open, and says what the last answer did."""
        assert notes_shown(self.page) == listed(self.notes)
        assert asks(self.page) == self.asking
        assert outcome(self.page) == ([self.said] if self.said else [])
        assert self.page.at.button(key="confirm_ask").disabled == (not self.notes)


def test_random_walks_delete_notes_only_when_confirmed():
    """Any order of adding, asking, confirming, cancelling and visiting Home deletes notes
    only by a "Delete", and every note added since is kept."""
    run_state_machine_as_test(ConfirmMachine)
