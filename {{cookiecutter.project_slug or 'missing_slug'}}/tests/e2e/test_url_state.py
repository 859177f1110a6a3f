"""In the browser: a link opens the page as it was left, the address bar follows every change,
a reload and a visit to Home keep the choices, and bad links open the defaults."""

from urllib.parse import parse_qsl, urlencode, urlsplit

from playwright.sync_api import TimeoutError, expect

from tests.e2e.steps import (
    click,
    expect_text,
    nudge_slider,
    open_from_navigation,
    type_text,
    wait_until_drawn,
    widget,
)
from tests.support import app_module

TITLE = app_module("patterns.url_state").TITLE
DEFAULT_LINE = "Showing: all regions, from 2020, newest first."
# In the page: whether the address holds exactly these of the page's parameters (url_...).
ADDRESS_HOLDS = """(expected) => {
  const found = [...new URLSearchParams(window.location.search)].filter(([name]) =>
    name.startsWith("url_"));
  return found.length === Object.keys(expected).length
    && found.every(([name, value]) => expected[name] === value);
}"""
ADDRESS_SECONDS = 10
# The page's parameters in the order of its link.
PARAMETERS = ("url_region", "url_from", "url_sort")


def expect_address(page, expected: dict[str, str]) -> None:
    """Wait until the address bar holds exactly these of the page's query parameters, and
    the run that wrote them has ended."""
    try:
        page.wait_for_function(ADDRESS_HOLDS, arg=expected, timeout=ADDRESS_SECONDS * 1000)
    except TimeoutError:
        found = dict(parse_qsl(urlsplit(page.url).query))
        raise AssertionError(f"the address holds {found}, not {expected}") from None
    wait_until_drawn(page)


def expect_the_link_to_be_the_address(page) -> None:
    """The link that the page shows is the address bar's: the same page, with the same
    parameters (in the link's own order). Only a browser has an address: st.context.url."""
    parts = urlsplit(page.url)
    found = dict(parse_qsl(parts.query))
    query = urlencode([(name, found[name]) for name in PARAMETERS if name in found])
    page_address = f"{parts.scheme}://{parts.netloc}{parts.path}"
    link = f"{page_address}?{query}" if query else page_address
    expect(page.get_by_test_id("stCode")).to_have_text(link)


def expect_choices(page, region: str, year: int, order: str) -> None:
    """The widgets show these choices, and the line says so."""
    expect(widget(page, "url_region").get_by_role("combobox")).to_have_value(region)
    expect(widget(page, "url_from").get_by_role("slider")).to_have_value(str(year))
    expect(widget(page, "url_sort").get_by_role("radio", name=order)).to_be_checked()
    expect_text(page, f"Showing: {region}, from {year}, {order}.")


def test_a_link_opens_the_page_with_its_choices_and_a_reload_keeps_them(open_page):
    """A shared link shows its choices; reloading the page shows them again."""
    page = open_page("url_state?url_region=Asia&url_from=2023&url_sort=oldest")
    expect_choices(page, "Asia", 2023, "oldest first")
    page.reload()
    wait_until_drawn(page)
    expect_choices(page, "Asia", 2023, "oldest first")
    expect_address(page, {"url_region": "Asia", "url_from": "2023", "url_sort": "oldest"})
    expect_the_link_to_be_the_address(page)


def test_every_change_goes_into_the_address_and_survives_a_reload(open_page):
    """A user picks a region, moves the year and changes the order: the address bar follows
    each change, and a reload opens the page with all three."""
    page = open_page("url_state")
    expect_address(page, {})
    type_text(page, "url_region", "Oceania")
    expect_address(page, {"url_region": "Oceania"})
    nudge_slider(page, "url_from", 2)
    expect_address(page, {"url_region": "Oceania", "url_from": "2022"})
    widget(page, "url_sort").get_by_text("oldest first").click()
    expect_address(page, {"url_region": "Oceania", "url_from": "2022", "url_sort": "oldest"})
    page.reload()
    wait_until_drawn(page)
    expect_choices(page, "Oceania", 2022, "oldest first")
    expect_the_link_to_be_the_address(page)


def test_the_choices_and_the_address_come_back_after_a_visit_to_home(open_page):
    """Choices set by the example button, the region put back to its default by hand, then
    Home and back through the sidebar: the same choices, and the address holds them again
    (and not the region the user cleared); "Reset" then empties it."""
    page = open_page("url_state")
    click(page, "url_example")
    expect_address(page, {"url_region": "Europe", "url_from": "2022", "url_sort": "oldest"})
    type_text(page, "url_region", "all regions")
    expect_address(page, {"url_from": "2022", "url_sort": "oldest"})
    open_from_navigation(page, "Home")
    expect_address(page, {})
    open_from_navigation(page, TITLE)
    expect_choices(page, "all regions", 2022, "oldest first")
    expect_address(page, {"url_from": "2022", "url_sort": "oldest"})
    click(page, "url_reset")
    expect_choices(page, "all regions", 2020, "newest first")
    expect_address(page, {})


def test_a_link_with_bad_values_opens_the_defaults_and_shows_no_markup(open_page):
    """Unknown, out-of-range and markup values in a link: the defaults, a clean address, and
    nothing of the link drawn as HTML."""
    query = "url_region=%3Cb%3Ex%3C%2Fb%3E&url_from=abc&url_sort=%3Cimg%20src%3Dx%3E"
    page = open_page(f"url_state?{query}")
    expect_choices(page, "all regions", 2020, "newest first")
    expect_address(page, {})
    main = page.get_by_test_id("stMain")
    expect(main.locator("b, img")).to_have_count(0)
