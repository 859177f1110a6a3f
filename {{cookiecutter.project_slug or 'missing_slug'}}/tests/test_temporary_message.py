"""User stories of the temporary-message page: a message that lasts one run."""

import pytest

from {{ cookiecutter.project_slug }}.patterns import temporary_message


@pytest.fixture
def page(session):
    """The temporary-message page, opened in a new session."""
    return session.open(temporary_message)


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
    assert page.at.success[0].value == r"Hello, \*\*Ada\*\* \[x\]\(https\://example\.com\)!"
