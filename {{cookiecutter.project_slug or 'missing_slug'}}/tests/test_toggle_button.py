"""User stories of the toggle-button page: content shown or hidden, a widget locked or not."""

import pytest
from hypothesis import strategies
from hypothesis.stateful import invariant, precondition, rule, run_state_machine_as_test

from tests.support import PageMachine, app_module, leave_and_return, typed_text

toggle_button = app_module("patterns.toggle_button")


@pytest.fixture
def page(new_session):
    """The toggle-button page, opened in a new session."""
    return new_session(toggle_button)


def test_each_click_flips_the_note(page):
    """The note is shown, hidden by a click, and shown again by the next."""
    assert page.has("text_input", "toggle_note_input")
    page.click("toggle_show")
    assert not page.has("text_input", "toggle_note_input")
    assert page.at.button(key="toggle_show").label == "Show the note"
    page.click("toggle_show")
    assert page.has("text_input", "toggle_note_input")
    assert page.at.button(key="toggle_show").label == "Hide the note"


def test_the_note_survives_being_hidden_and_shown(page):
    """What a user typed in the note is back after hiding and showing it."""
    page.type("toggle_note_input", "buy milk")
    page.click("toggle_show").click("toggle_show")
    assert page.at.text_input(key="toggle_note_input").value == "buy milk"


def test_each_click_locks_or_unlocks_the_slider(page):
    """The slider follows the lock: disabled after one click, enabled after the next."""
    assert page.at.slider(key="toggle_volume").disabled is False
    page.click("toggle_lock")
    assert page.at.slider(key="toggle_volume").disabled is True
    page.click("toggle_lock")
    assert page.at.slider(key="toggle_volume").disabled is False


def test_the_slider_keeps_its_value_through_a_lock(page):
    """A value set before locking is still there when the slider is unlocked."""
    page.set("slider", "toggle_volume", 9)
    page.click("toggle_lock").click("toggle_lock")
    assert page.at.slider(key="toggle_volume").value == 9


def test_both_toggles_and_their_widgets_are_kept_after_a_visit_to_home(page):
    """Note written and hidden, slider set and locked, then Home and back: all as left."""
    page.type("toggle_note_input", "buy milk").click("toggle_show")
    page.set("slider", "toggle_volume", 9).click("toggle_lock")
    leave_and_return(page, toggle_button)
    assert not page.has("text_input", "toggle_note_input")
    slider = page.at.slider(key="toggle_volume")
    assert (slider.disabled, slider.value) == (True, 9)
    page.click("toggle_show")
    assert page.at.text_input(key="toggle_note_input").value == "buy milk"


class ToggleMachine(PageMachine):
    """A user flips both toggles, types notes and moves the slider in any order."""

    page_module = toggle_button

    def __init__(self) -> None:
        super().__init__()
        self.shown = True
        self.locked = False
        self.note = ""
        self.volume = 5

    @rule()
    def flip_note(self) -> None:
        self.page.click("toggle_show")
        self.shown = not self.shown

    @rule()
    def flip_lock(self) -> None:
        self.page.click("toggle_lock")
        self.locked = not self.locked

    @precondition(lambda self: self.shown)
    @rule(text=typed_text)
    def type_note(self, text) -> None:
        self.page.type("toggle_note_input", text)
        self.note = text

    @precondition(lambda self: not self.locked)
    @rule(volume=strategies.integers(0, 10))
    def move_slider(self, volume) -> None:
        self.page.set("slider", "toggle_volume", volume)
        self.volume = volume

    @rule()
    def visit_home(self) -> None:
        leave_and_return(self.page, toggle_button)

    @invariant()
    def widgets_follow_the_toggles(self) -> None:
        """The note shows when on and keeps its text; the slider is disabled when locked."""
        assert self.page.has("text_input", "toggle_note_input") == self.shown
        if self.shown:
            assert self.page.at.text_input(key="toggle_note_input").value == self.note
        slider = self.page.at.slider(key="toggle_volume")
        assert (slider.disabled, slider.value) == (self.locked, self.volume)


def test_random_flips_keep_the_widgets_in_step_with_the_toggles():
    """Any sequence of flips, typing and sliding keeps every widget in its promised state."""
    run_state_machine_as_test(ToggleMachine)
