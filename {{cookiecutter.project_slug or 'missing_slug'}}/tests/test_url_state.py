"""User stories of the URL-state page: choices opened from a link, kept in the address, reset.

AppTest has no address bar: a test gives the page's address as `at.query_params` before the
first run, and reads back what the page's code writes there (st.query_params, and a bound
widget set through session state). What a user's own change to a bound widget does to the
address happens in the browser only: tests/e2e/test_url_state.py shows it.
"""

from urllib.parse import parse_qs, parse_qsl, urlsplit

import pytest
from hypothesis import strategies
from hypothesis.stateful import invariant, rule, run_state_machine_as_test
from streamlit.testing.v1 import AppTest

from tests.support import (
    APP_PATH,
    TIMEOUT_SECONDS,
    PageMachine,
    Session,
    app_module,
    leave_and_return,
    page_path,
)

url_state = app_module("patterns.url_state")
as_text = app_module("text").as_text

DEFAULT_LINE = "Showing: all regions, from 2020, newest first."
NO_PARAMETERS = "(this page's address, with no parameters)"


class LinkSession(Session):
    """A session whose first run opens the page from a link: `query` is the link's query
    string, which the page finds in st.query_params."""

    def __init__(self, query: str) -> None:
        self.at = AppTest.from_file(str(APP_PATH), default_timeout=TIMEOUT_SECONDS)
        self.at.secrets.update(self.secrets)
        for name, values in parse_qs(query, keep_blank_values=True).items():
            self.at.query_params[name] = values if len(values) > 1 else values[0]
        self.at.switch_page(page_path(url_state))
        self.run()


@pytest.fixture
def page(new_session):
    """The URL-state page, opened in a new session from its plain address."""
    return new_session(url_state)


def showing(page) -> str:
    """The line that says what the page shows."""
    [line] = [item.value for item in page.at.markdown if item.value.startswith("Showing:")]
    return line


def choices(page) -> tuple[str, int, str]:
    """What the three widgets show: the region, the first year and the order."""
    return (
        page.at.selectbox(key="url_region").value,
        page.at.slider(key="url_from").value,
        page.at.radio(key="url_sort").value,
    )


def link(page) -> str:
    """The link to this view that the page shows."""
    return page.at.code[0].value


def address(page) -> dict:
    """The query parameters that the page's code has put into the address, a single value as
    a string (AppTest before Streamlit 1.67 gives every value as a list)."""
    return {
        name: value[0] if isinstance(value, list) and len(value) == 1 else value
        for name, value in page.at.query_params.items()
    }


def visit_home(page):
    """Home and back through the sidebar, whose links carry no query string. AppTest keeps
    at.query_params through switch_page, so they are emptied first, as the address bar is."""
    page.at.query_params.clear()
    return leave_and_return(page, url_state)


def test_the_plain_address_shows_the_defaults(page):
    """With no parameters, every choice is at its default and the address stays clean."""
    assert choices(page) == ("all regions", 2020, "newest")
    assert showing(page) == DEFAULT_LINE
    assert link(page) == NO_PARAMETERS
    assert address(page) == {}


def test_a_link_opens_the_page_with_its_choices():
    """A link with a region, a first year and an order opens the page with all three."""
    page = LinkSession("url_region=Asia&url_from=2023&url_sort=oldest")
    assert choices(page) == ("Asia", 2023, "oldest")
    assert showing(page) == "Showing: Asia, from 2023, oldest first."
    assert link(page) == "?url_region=Asia&url_from=2023&url_sort=oldest"


@pytest.mark.parametrize(
    "query",
    [
        "url_region=Atlantis&url_from=abc&url_sort=sideways",
        "url_region=%3Cb%3Ex%3C%2Fb%3E&url_from=1900&url_sort=**bold**",
        "url_region=[x](https://example.com)&url_from=9999&url_sort=%3Cimg%20src%3Dx%3E",
        f"url_region={'x' * 100_000}&url_from={'9' * 5_000}&url_sort={'y' * 100_000}",
        "url_region=&url_from=&url_sort=&url_from=2021&url_from=2022",
    ],
    ids=["unknown", "markup-and-too-early", "link-and-too-late", "huge", "empty-and-repeated"],
)
def test_bad_values_in_a_link_open_the_page_with_the_defaults(query):
    """Values the widgets cannot take open the page with the defaults, show no markup, and
    are dropped from the address."""
    page = LinkSession(query)
    assert choices(page) == ("all regions", 2020, "newest")
    assert showing(page) == DEFAULT_LINE
    assert address(page) == {}


def test_a_fractional_year_in_a_link_is_rounded_down_in_the_page_and_the_address():
    """A year such as 2023.7 opens the page from 2023, and the address is corrected to it."""
    page = LinkSession("url_from=2023.7")
    assert choices(page) == ("all regions", 2023, "newest")
    assert address(page) == {"url_from": "2023"}


def test_changing_the_order_writes_it_into_the_address(page):
    """The order's callback writes it into the address, and removes it back at the default."""
    page.set("radio", "url_sort", "oldest")
    assert address(page) == {"url_sort": "oldest"}
    assert showing(page) == "Showing: all regions, from 2020, oldest first."
    page.set("radio", "url_sort", "newest")
    assert address(page) == {}


def test_a_change_to_a_bound_widget_updates_the_line_and_the_link(page):
    """A region and a year chosen show in the line and in the link (the browser's address
    follows them: the browser tests show it)."""
    page.set("selectbox", "url_region", "Oceania").set("slider", "url_from", 2024)
    assert showing(page) == "Showing: Oceania, from 2024, newest first."
    assert link(page) == "?url_region=Oceania&url_from=2024"


def test_the_example_button_sets_every_choice_and_the_address(page):
    """The example button sets the bound widgets through session state: the address follows
    them as it follows the order that the page writes itself."""
    page.click("url_example")
    assert choices(page) == ("Europe", 2022, "oldest")
    assert showing(page) == "Showing: Europe, from 2022, oldest first."
    assert address(page) == {"url_region": "Europe", "url_from": "2022", "url_sort": "oldest"}


def test_reset_clears_the_choices_and_the_address():
    """Opened from a full link, "Reset" brings back every default and a clean address;
    clicking it again changes nothing."""
    page = LinkSession("url_region=Asia&url_from=2023&url_sort=oldest")
    for _ in range(2):
        page.click("url_reset")
        assert choices(page) == ("all regions", 2020, "newest")
        assert showing(page) == DEFAULT_LINE
        assert link(page) == NO_PARAMETERS
        assert address(page) == {}


def test_the_example_then_reset_again_and_again(page):
    """Repeated clicks on the two buttons always land on the same two views."""
    for _ in range(2):
        page.click("url_example").click("url_example")
        assert showing(page) == "Showing: Europe, from 2022, oldest first."
        page.click("url_reset")
        assert showing(page) == DEFAULT_LINE
        assert address(page) == {}


def test_the_choices_and_the_address_come_back_after_a_visit_to_home(page):
    """Choices made, then Home and back through the sidebar: the same choices, line and link,
    and the address holds them again: Streamlit writes the bound ones, the page the order."""
    page.set("selectbox", "url_region", "Africa").set("radio", "url_sort", "oldest")
    visit_home(page)
    assert choices(page) == ("Africa", 2020, "oldest")
    assert showing(page) == "Showing: Africa, from 2020, oldest first."
    assert link(page) == "?url_region=Africa&url_sort=oldest"
    assert address(page) == {"url_region": "Africa", "url_sort": "oldest"}


class UrlMachine(PageMachine):
    """A user changes the choices, clicks the buttons, visits Home and opens the page's link in
    a new session, in any order."""

    page_module = url_state

    def __init__(self) -> None:
        super().__init__()
        self.expected = ("all regions", 2020, "newest")
        # Whether the address is known in full: a user's change to a bound widget reaches
        # the address through the browser, which AppTest has not.
        self.address_known = True

    @rule(region=strategies.sampled_from(url_state.REGIONS))
    def choose_region(self, region) -> None:
        self.page.set("selectbox", "url_region", region)
        self.expected = (region, *self.expected[1:])
        self.address_known = False

    @rule(year=strategies.integers(url_state.FIRST_YEAR, url_state.LAST_YEAR))
    def choose_year(self, year) -> None:
        self.page.set("slider", "url_from", year)
        self.expected = (self.expected[0], year, self.expected[2])
        self.address_known = False

    @rule(sort=strategies.sampled_from(list(url_state.SORTS)))
    def choose_order(self, sort) -> None:
        self.page.set("radio", "url_sort", sort)
        self.expected = (*self.expected[:2], sort)

    @rule()
    def example(self) -> None:
        self.page.click("url_example")
        self.expected = ("Europe", 2022, "oldest")
        self.address_known = True

    @rule()
    def reset(self) -> None:
        self.page.click("url_reset")
        self.expected = ("all regions", 2020, "newest")
        self.address_known = True

    @rule()
    def visit_home(self) -> None:
        visit_home(self.page)
        self.address_known = True

    @rule()
    def open_the_link_in_a_new_session(self) -> None:
        """The shown link, opened in a new tab, shows the same choices."""
        shown = link(self.page)
        self.page = LinkSession(urlsplit(shown).query if shown != NO_PARAMETERS else "")
        self.address_known = True

    @invariant()
    def the_page_shows_the_choices_made(self) -> None:
        """The widgets and the line show the choices made; the link, and the address where it
        is known, hold exactly the choices away from the defaults; the order's parameter is
        always right."""
        region, year, sort = self.expected
        assert choices(self.page) == self.expected
        assert showing(self.page) == f"Showing: {as_text(region)}, from {year}, {sort} first."
        away = {
            name: str(value)
            for name, value, default in zip(
                ("url_region", "url_from", "url_sort"),
                self.expected,
                ("all regions", 2020, "newest"),
                strict=True,
            )
            if value != default
        }
        assert dict(parse_qsl(urlsplit(link(self.page)).query)) == away
        assert address(self.page).get("url_sort") == away.get("url_sort")
        if self.address_known:
            assert address(self.page) == away


def test_random_choices_clicks_and_links_always_show_the_choices_made():
    """Any order of choices, button clicks, visits to Home and links opened in a new session:
    the page shows the choices made, and its link opens the same view."""
    run_state_machine_as_test(UrlMachine)
