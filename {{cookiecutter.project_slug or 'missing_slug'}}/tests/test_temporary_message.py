"""User stories of the temporary-message page: a message that lasts one run."""

import pytest
from hypothesis.stateful import invariant, rule, run_state_machine_as_test

from tests.support import PageMachine, app_module, leave_and_return, typed_text

temporary_message = app_module("patterns.temporary_message")
as_text = app_module("text").as_text


@pytest.fixture
def page(new_session):
    """The temporary-message page, opened in a new session."""
    return new_session(temporary_message)


def test_the_message_appears_on_the_click(page):
    """A user types a name, clicks "Say hello" and is greeted by that name."""
    page.type("message_name", "Ada")
    assert not page.at.success
    page.click("message_hello")
    assert [item.value for item in page.at.success] == ["Hello, Ada!"]


def test_the_message_is_gone_after_the_next_interaction(page):
    """After the greeting, changing the name reruns the page and the message is gone."""
    page.click("message_hello")
    assert page.at.success
    page.type("message_name", "Grace")
    assert not page.at.success


def test_typed_markup_is_shown_as_text(page):
    """Markdown typed as a name is escaped, so no link or emphasis is rendered."""
    page.type("message_name", "**Ada** [x](https://example.com)")
    page.click("message_hello")
    expected = "**Ada** [x](https://example.com)"
    assert page.at.success[0].value == f"Hello, {as_text(expected)}!"


def test_the_name_is_kept_and_the_message_gone_after_a_visit_to_home(page):
    """Greeted, then Home and back: the typed name is still there, the message is not."""
    page.type("message_name", "Ada").click("message_hello")
    leave_and_return(page, temporary_message)
    assert page.at.text_input(key="message_name").value == "Ada"
    assert not page.at.success
    page.click("message_hello")
    assert [item.value for item in page.at.success] == ["Hello, Ada!"]


class MessageMachine(PageMachine):
    """A user types names and clicks "Say hello" in any order."""

    page_module = temporary_message

    def __init__(self) -> None:
        super().__init__()
        self.name = ""
        self.greeted = False

    @rule(text=typed_text)
    def type_name(self, text) -> None:
        self.page.type("message_name", text)
        self.greeted = False
        self.name = text

    @rule()
    def say_hello(self) -> None:
        self.page.click("message_hello")
        self.greeted = True

    @rule()
    def visit_home(self) -> None:
        leave_and_return(self.page, temporary_message)
        self.greeted = False

    @invariant()
    def message_shows_only_right_after_the_click(self) -> None:
        """The greeting is on screen exactly when the last interaction was the click."""
        shown = [item.value for item in self.page.at.success]
        assert shown == ([temporary_message.greeting(self.name)] if self.greeted else [])


def test_random_typing_and_clicks_show_the_message_for_one_run_only():
    """The message is there after each click and gone after any other interaction."""
    run_state_machine_as_test(MessageMachine)
