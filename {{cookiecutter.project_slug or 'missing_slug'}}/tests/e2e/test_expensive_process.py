"""In the browser: the result of the slow work shows and stays, and only a click works it out."""

from playwright.sync_api import expect

from tests.e2e.steps import after_its_run, click, expect_text, type_text, wait_until_drawn

RAN_ONCE = "The slow work has run 1 time(s) in this session."


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
