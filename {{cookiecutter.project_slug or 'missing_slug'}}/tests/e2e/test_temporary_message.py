"""In the browser: the message shows on the click and is gone after the next interaction."""

from playwright.sync_api import expect

from tests.e2e.steps import click, expect_text, leave_and_return, type_text, widget
from tests.support import app_module

TITLE = app_module("patterns.temporary_message").TITLE


def test_the_message_shows_once(open_page):
    """A user types a name, says hello, then changes the name: the greeting goes away."""
    page = open_page("temporary_message")
    type_text(page, "message_name", "Ada")
    click(page, "message_hello")
    expect_text(page, "Hello, Ada!")
    type_text(page, "message_name", "Grace")
    expect(page.get_by_text("Hello, Ada!")).to_have_count(0)


WORD_JOINER = "\u2060"
TYPED_MARKUP = "**Ada** [x](https://example.com) www.example.com ada@example.com <b>x</b>"


def test_typed_markup_and_addresses_are_shown_as_text(open_page):
    """Markdown, HTML, web and mail addresses typed as a name show as typed: no tag, no link."""
    page = open_page("temporary_message")
    type_text(page, "message_name", TYPED_MARKUP)
    click(page, "message_hello")
    alert = page.get_by_test_id("stAlertContentSuccess")
    expect(alert).to_be_visible()
    assert alert.inner_text().replace(WORD_JOINER, "") == f"Hello, {TYPED_MARKUP}!"
    expect(alert.locator("a, b, strong, img")).to_have_count(0)


def test_the_name_is_kept_and_the_message_gone_after_a_visit_to_home(open_page):
    """Greeted, then Home and back through the sidebar: the name is there, the message not."""
    page = open_page("temporary_message")
    type_text(page, "message_name", "Ada")
    click(page, "message_hello")
    expect_text(page, "Hello, Ada!")
    leave_and_return(page, TITLE)
    expect(widget(page, "message_name").locator("input")).to_have_value("Ada")
    expect(page.get_by_text("Hello, Ada!")).to_have_count(0)
