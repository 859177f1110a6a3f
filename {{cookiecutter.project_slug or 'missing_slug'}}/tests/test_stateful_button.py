"""User stories of the stateful-button page: content that stays after one click."""

import pytest
from hypothesis import strategies
from hypothesis.stateful import invariant, precondition, rule, run_state_machine_as_test

from tests.support import PageMachine, app_module, leave_and_return

stateful_button = app_module("patterns.stateful_button")


@pytest.fixture
def page(new_session):
    """The stateful-button page, opened in a new session."""
    return new_session(stateful_button)


def test_the_content_is_hidden_until_the_click(page):
    """Before the click the settings are not on the page."""
    assert not page.has("slider", "stateful_level")
    assert page.value("stateful_clicked") is False


def test_the_content_stays_through_interactions_with_its_own_widgets(page):
    """A user opens the settings, moves the slider, ticks the box: the settings stay open."""
    page.click("stateful_open")
    page.set("slider", "stateful_level", 8)
    page.set("checkbox", "stateful_notify", True)
    page.set("slider", "stateful_level", 2)
    assert page.at.slider(key="stateful_level").value == 2
    assert page.at.checkbox(key="stateful_notify").value is True
    assert "Level 2, notifications on." in [item.value for item in page.at.markdown]


def test_a_second_click_changes_nothing(page):
    """Clicking again keeps the content and the values in it."""
    page.click("stateful_open").set("slider", "stateful_level", 9).click("stateful_open")
    assert page.at.slider(key="stateful_level").value == 9


def test_the_open_settings_keep_their_values_after_a_visit_to_home(page):
    """Opened and set, then Home and back: still open, with the level and the box as left."""
    page.click("stateful_open").set("slider", "stateful_level", 8)
    page.set("checkbox", "stateful_notify", True)
    leave_and_return(page, stateful_button)
    assert page.at.slider(key="stateful_level").value == 8
    assert page.at.checkbox(key="stateful_notify").value is True
    assert "Level 8, notifications on." in [item.value for item in page.at.markdown]


class StatefulMachine(PageMachine):
    """A user clicks the button and uses the widgets it reveals, in any order."""

    page_module = stateful_button

    def __init__(self) -> None:
        super().__init__()
        self.opened = False
        self.level = 5

    @rule()
    def open_settings(self) -> None:
        self.page.click("stateful_open")
        self.opened = True

    @precondition(lambda self: self.opened)
    @rule(level=strategies.integers(0, 10))
    def move_slider(self, level) -> None:
        self.page.set("slider", "stateful_level", level)
        self.level = level

    @precondition(lambda self: self.opened)
    @rule(notify=strategies.booleans())
    def tick(self, notify) -> None:
        self.page.set("checkbox", "stateful_notify", notify)

    @rule()
    def visit_home(self) -> None:
        leave_and_return(self.page, stateful_button)

    @invariant()
    def content_stays_once_opened(self) -> None:
        """The settings show exactly when the button was clicked once, with the last level."""
        assert self.page.has("slider", "stateful_level") == self.opened
        if self.opened:
            assert self.page.at.slider(key="stateful_level").value == self.level


def test_random_interactions_never_close_the_opened_content():
    """After the first click, no sequence of interactions hides the content."""
    run_state_machine_as_test(StatefulMachine)
