"""In the browser: the four ways through hidden inputs, the sidebar and the page's own link."""

from playwright.sync_api import expect

from tests.e2e.steps import (
    click,
    expect_no_exception,
    leave_and_return,
    open_from_navigation,
    type_text,
    wait_until_drawn,
    widget,
)
from tests.support import app_module

keep_values = app_module("patterns.keep_values")
TITLE = keep_values.TITLE
WAYS = ("plain", "copy", "reassign", "persist")


def name_input(page, way: str):
    """The name input of one way."""
    return widget(page, keep_values.widget_key(way, "name")).locator("input")


def type_every_name(page, name: str) -> None:
    """Type the name into all four ways, each sent with Enter, and wait until each way's line
    shows it."""
    for way in WAYS:
        type_text(page, keep_values.widget_key(way, "name"), name)
        expect(widget(page, f"keep_{way}")).to_have_text(f"Kept: {name}, 0 ticket(s)")
    wait_until_drawn(page)


def click_and_wait_for(page, key: str, then_shown: str) -> None:
    """Click the button with this key, and wait until the widget `then_shown` is drawn and
    the run has ended."""
    click(page, key)
    expect(widget(page, then_shown)).to_be_visible()
    wait_until_drawn(page)


def expect_names(page, names: dict[str, str]) -> None:
    """Each way's name input shows the name given for it."""
    for way, name in names.items():
        expect(name_input(page, way)).to_have_value(name)
    expect_no_exception(page)


def go_home_by_the_page_link(page) -> None:
    """Click the page's own link to the home page and wait until Home has drawn."""
    heading = page.locator("h1").first
    page.get_by_test_id("stMain").get_by_test_id("stPageLink").locator("a").click()
    expect(heading).not_to_have_text(TITLE)
    wait_until_drawn(page)


def test_hidden_inputs_and_a_visit_through_the_sidebar(open_page):
    """Typed into all four, hidden and shown: only the plain one is empty. Then Home and back
    through the sidebar: the re-assigned one is empty too, the copy and persist_state keep."""
    page = open_page("keep_values")
    type_every_name(page, "Ada")
    click_and_wait_for(page, "keep_hide", then_shown="keep_show")
    expect(page.get_by_test_id("stTextInput")).to_have_count(0)
    click_and_wait_for(page, "keep_show", then_shown="keep_hide")
    expect_names(page, {"plain": "", "copy": "Ada", "reassign": "Ada", "persist": "Ada"})
    leave_and_return(page, TITLE)
    expect_names(page, {"plain": "", "copy": "Ada", "reassign": "", "persist": "Ada"})
    expect(widget(page, "keep_copy")).to_have_text("Kept: Ada, 0 ticket(s)")


def test_the_page_link_to_home_and_back(open_page):
    """Typed into all four, then the page's own link to Home and the sidebar back: the copy
    and persist_state keep their names, the plain and the re-assigned ones do not."""
    page = open_page("keep_values")
    type_every_name(page, "Grace")
    go_home_by_the_page_link(page)
    expect(page.get_by_test_id("stTextInput")).to_have_count(0)
    open_from_navigation(page, TITLE)
    expect_names(page, {"plain": "", "copy": "Grace", "reassign": "", "persist": "Grace"})
