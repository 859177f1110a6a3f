"""User stories of the toggle-button page: content shown or hidden, a widget locked or not."""

import pytest

from {{ cookiecutter.project_slug }}.patterns import toggle_button


@pytest.fixture
def page(session):
    """The toggle-button page, opened in a new session."""
    return session.open(toggle_button)


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
