"""User stories of the reset-widgets page: buttons that clear or fill a text input."""

import pytest
from hypothesis.stateful import invariant, rule, run_state_machine_as_test

from tests.support import PageMachine, app_module, leave_and_return, typed_text

reset_widgets = app_module("patterns.reset_widgets")


@pytest.fixture
def page(new_session):
    """The reset-widgets page, opened in a new session."""
    return new_session(reset_widgets)


def name_shown(page) -> str:
    """What the user sees in the name input."""
    return page.at.text_input(key="reset_name").value


def test_clear_empties_what_the_user_typed(page):
    """A user types a name, clicks "Clear name" once, and the input is empty."""
    page.type("reset_name", "Ada Lovelace")
    assert name_shown(page) == "Ada Lovelace"
    page.click("reset_clear")
    assert name_shown(page) == ""
    assert page.value("reset_name") == ""


def test_fill_puts_the_fixed_value_in_on_the_first_click(page):
    """A user types a name, clicks "Fill in" once, and the input holds the fixed value."""
    page.type("reset_name", "Ada Lovelace")
    page.click("reset_fill")
    assert name_shown(page) == reset_widgets.FILL_VALUE
    assert page.value("reset_name") == reset_widgets.FILL_VALUE


def test_the_user_can_type_again_after_a_reset(page):
    """After "Fill in" and "Clear name", what the user types next is kept."""
    page.click("reset_fill")
    page.click("reset_clear")
    page.type("reset_name", "Grace Hopper")
    assert name_shown(page) == "Grace Hopper"


def test_the_input_is_drawn_above_the_buttons(page):
    """The user sees the input first, then the two buttons."""
    labels = [getattr(node, "label", None) for node in page.at.main]
    assert labels.index("Name") < labels.index("Clear name")


@pytest.mark.parametrize(
    ("action", "expected"),
    [("reset_fill", reset_widgets.FILL_VALUE), (None, "Ada Lovelace")],
    ids=["filled", "typed"],
)
def test_the_name_is_kept_after_a_visit_to_home(page, action, expected):
    """A typed or filled-in name, then Home and back: the input still holds it."""
    page.type("reset_name", "Ada Lovelace")
    if action:
        page.click(action)
    leave_and_return(page, reset_widgets)
    assert name_shown(page) == expected
    page.click("reset_clear")
    assert name_shown(page) == ""


class ResetMachine(PageMachine):
    """A user types, clears and fills the name in any order."""

    page_module = reset_widgets

    def __init__(self) -> None:
        super().__init__()
        self.expected = ""

    @rule(text=typed_text)
    def type_name(self, text) -> None:
        self.page.type("reset_name", text)
        self.expected = text

    @rule()
    def clear(self) -> None:
        self.page.click("reset_clear")
        self.expected = ""

    @rule()
    def fill(self) -> None:
        self.page.click("reset_fill")
        self.expected = reset_widgets.FILL_VALUE

    @rule()
    def visit_home(self) -> None:
        leave_and_return(self.page, reset_widgets)

    @invariant()
    def input_shows_the_last_change(self) -> None:
        """The input holds what the last action put there."""
        assert name_shown(self.page) == self.expected


def test_random_typing_clearing_and_filling_always_shows_the_last_change():
    """Whatever the order of typing and clicks, the input shows the latest one."""
    run_state_machine_as_test(ResetMachine)
