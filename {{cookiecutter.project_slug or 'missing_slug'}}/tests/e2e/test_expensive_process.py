"""In the browser: the result of the slow work shows and stays, and only a click works it out."""

import re

from playwright.sync_api import expect

from tests.e2e.steps import after_its_run, click, expect_text, type_text, wait_until_drawn, widget
from tests.support import app_module

result_store = app_module("result_store")
RAN_ONCE = "The slow work has run 1 time(s) in this session."
RUNS = re.compile(r"The slow work has run (\d+) time\(s\) in this session\.")


def test_the_result_shows_and_stays(open_page):
    """A user processes, then interacts elsewhere: the result table is still on the page."""
    page = open_page("expensive_process")
    click(page, "expensive_process")
    expect_text(page, "Result for multiplier 1 and add 0:")
    expect(page.get_by_test_id("stDataFrame")).to_be_visible()
    expect_text(page, RAN_ONCE)


def test_another_sessions_clear_never_makes_this_one_work_again(open_page):
    """Two browser sessions: after the other one clicks "Clear results", this one's next
    interaction shows its result, or says that it is gone, and the work has still run once."""
    page = open_page("expensive_process")
    click(page, "expensive_clear")  # the server, and a shared store, outlive each test
    wait_until_drawn(page)
    click(page, "expensive_process")
    expect_text(page, RAN_ONCE)
    other = open_page("expensive_process")
    click(other, "expensive_clear")
    wait_until_drawn(other)
    after_its_run(page, lambda: type_text(page, "expensive_add", "5"))
    expect_text(page, RAN_ONCE)
    table, gone = page.get_by_test_id("stDataFrame"), page.get_by_text("is no longer stored")
    assert table.count() + gone.count() == 1, "the result, or that it is gone"


def runs_shown(page) -> int:
    """How many times the page says the work has run in its session."""
    wait_until_drawn(page)
    caption = page.get_by_text(RUNS).first.inner_text()
    return int(RUNS.search(caption).group(1))


def start_afresh(page, add: str) -> None:
    """Forget every stored result (the server, and a shared store, outlive each test), and
    pick parameters that no other test asks for."""
    click(page, "expensive_clear")
    expect_text(page, "No result yet: pick the parameters and click “Process”.")
    type_text(page, "expensive_add", add)
    expect(widget(page, "expensive_add").locator("input")).to_have_value(add)
    wait_until_drawn(page)


def test_a_triple_click_runs_the_work_once(open_page):
    """Three clicks in quick succession on "Process" work the result out once."""
    page = open_page("expensive_process")
    start_afresh(page, "31")
    widget(page, "expensive_process").locator("button").click(click_count=3)
    expect_text(page, "Result for multiplier 1 and add 31:")
    expect_text(page, RAN_ONCE)


def test_clicks_while_the_work_runs_wait_for_it(open_page):
    """Clicks on "Process" while its work runs say that it is already being worked out, and
    the work runs once."""
    page = open_page("expensive_process")
    start_afresh(page, "32")
    click(page, "expensive_process")
    expect(page.get_by_text("Working out the result for multiplier 1 and add 32")).to_be_visible()
    click(page, "expensive_process")
    expect(page.get_by_text("Already working out (asked earlier)")).to_be_visible()
    click(page, "expensive_process")
    expect_text(page, "Result for multiplier 1 and add 32:")
    expect_text(page, RAN_ONCE)


def test_two_sessions_asking_at_once_share_the_work_of_a_shared_store(open_page):
    """Two sessions click "Process" for the same parameters at once: with a store that every
    session sees, the work runs once for both; with session state, once for each."""
    first, second = open_page("expensive_process"), open_page("expensive_process")
    start_afresh(first, "33")
    type_text(second, "expensive_add", "33")
    wait_until_drawn(second)
    click(first, "expensive_process")
    click(second, "expensive_process")
    for page in (first, second):
        expect_text(page, "Result for multiplier 1 and add 33:")
    assert runs_shown(first) + runs_shown(second) == (1 if result_store.SHARED else 2)
