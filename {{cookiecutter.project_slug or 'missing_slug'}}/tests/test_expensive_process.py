"""User stories of the expensive-process page, for every result store: slow work run once per
click and its result kept. Each store's own stories are in test_result_store.py."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
import streamlit as st
from hypothesis import strategies
from hypothesis.stateful import invariant, rule, run_state_machine_as_test

from tests.support import PageMachine, Session, app_module, leave_and_return, run_script

slow_work = app_module("slow_work")
single_flight = app_module("single_flight")
expensive_process = app_module("patterns.expensive_process")


@pytest.fixture(autouse=True)
def instant_work(monkeypatch):
    """Make the stand-in work instant: the tests count runs, they do not wait for them."""
    monkeypatch.setattr(slow_work, "SIMULATED_SECONDS", 0)


@pytest.fixture
def page(new_session):
    """The expensive-process page, opened in a new session."""
    return new_session(expensive_process)


def process(page, multiplier: int, add: int):
    """Pick the parameters and click "Process"."""
    page.at.selectbox(key="expensive_multiplier").select(multiplier)
    page.at.number_input(key="expensive_add").set_value(add)
    return page.run().click("expensive_process")


def runs(page) -> int:
    """How many times the work really ran in this session."""
    return page.at.session_state.get("expensive_runs", 0)


def shown_table(page) -> list[list[int]]:
    """The result table on screen, as rows of numbers."""
    return page.at.dataframe[0].value.to_numpy().tolist()


# The table for multiplier 2 and add 3.
TABLE_2_3 = [[5, 11, 17], [7, 13, 19], [9, 15, 21]]


def test_a_click_shows_the_result_for_both_parameters(page):
    """A user picks 2 and 3, clicks "Process" and sees the table times 2 plus 3."""
    process(page, 2, 3)
    assert shown_table(page) == TABLE_2_3
    assert runs(page) == 1


def test_the_result_stays_on_screen_through_later_interactions(page):
    """After processing, changing a parameter without clicking keeps the last result shown."""
    process(page, 2, 3)
    page.at.number_input(key="expensive_add").set_value(7)
    page.run()
    page.at.selectbox(key="expensive_multiplier").select(1)
    page.run()
    assert shown_table(page) == TABLE_2_3


def test_parameters_already_computed_are_not_computed_again(page):
    """Processing 2/3, then 1/0, then 2/3 again runs the work twice, not three times."""
    process(page, 2, 3)
    process(page, 1, 0)
    assert shown_table(page) == [[1, 4, 7], [2, 5, 8], [3, 6, 9]]
    process(page, 2, 3)
    assert runs(page) == 2
    assert shown_table(page) == TABLE_2_3


def test_every_parameter_that_changes_the_output_is_part_of_the_key(page):
    """Two requests that differ only in the number added give two different results."""
    process(page, 2, 3)
    process(page, 2, 4)
    assert runs(page) == 2
    assert shown_table(page) == [[6, 12, 18], [8, 14, 20], [10, 16, 22]]


def test_clear_removes_the_stored_results(page):
    """After "Clear results" the page shows no result and the work runs again when asked."""
    process(page, 2, 3)
    page.click("expensive_clear")
    assert not page.at.dataframe
    process(page, 2, 3)
    assert runs(page) == 2


def test_the_page_says_that_the_work_is_running_and_shows_its_progress(page, monkeypatch):
    """While the work runs, the user sees a progress bar that says what is being worked out."""
    texts = []
    draw_progress = st.progress

    def recording_progress(value, text=None, **kwargs):
        texts.append(text)
        return draw_progress(value, text=text, **kwargs)

    monkeypatch.setattr(st, "progress", recording_progress)
    process(page, 3, 1)
    assert texts[0] == "Working out the result for multiplier 3 and add 1…"
    assert runs(page) == 1


def test_leaving_and_coming_back_keeps_the_result_and_its_parameters(page):
    """A user processes 2 and 3, opens Home and comes back: the result, and the parameters
    that produced it, are still there, and nothing is worked out again."""
    process(page, 2, 3)
    leave_and_return(page, expensive_process)
    assert shown_table(page) == TABLE_2_3
    assert page.at.selectbox(key="expensive_multiplier").value == 2
    assert page.at.number_input(key="expensive_add").value == 3
    assert runs(page) == 1


def test_runs_asking_at_once_share_one_run_of_the_work():
    """Eight runs ask at once for the same key, as quick clicks and other sessions do: the
    work runs once, every run gets its result, and the next request starts afresh."""
    release, calls = threading.Event(), []

    def work(report):
        calls.append(1)
        release.wait(timeout=30)
        report(1.0)
        return "result"

    with ThreadPoolExecutor(max_workers=8) as pool:
        asked = list(pool.map(lambda _: single_flight.run_once("key", work), range(8)))
        release.set()
        results = [job.result.result(timeout=30) for job, _ in asked]
    assert results == ["result"] * 8
    assert calls == [1]
    assert [started for _, started in asked].count(True) == 1
    assert asked[0][0].progress == 1.0
    job, started = single_flight.run_once("key", work)
    assert started and job.result.result(timeout=30) == "result"


def test_a_failure_of_the_work_reaches_every_run_waiting_for_it():
    """When the work fails, each run waiting for it gets the error, and a later request runs
    the work again."""

    def failing(report):
        raise slow_work.StoreUnavailable("the store is down")

    job, _ = single_flight.run_once("failing", failing)
    with pytest.raises(slow_work.StoreUnavailable, match="the store is down"):
        job.result.result(timeout=30)
    again, started = single_flight.run_once("failing", lambda report: "fine")
    assert started and again.result.result(timeout=30) == "fine"


def ask_past_the_limit() -> None:
    """A script: ask the store for KEPT_RESULTS + 1 parameter sets, then for the newest and
    the oldest again, noting in session state how many times the work has run after each."""
    import streamlit as st

    from tests.support import app_module

    result_store, slow_work = app_module("result_store"), app_module("slow_work")
    for add in range(slow_work.KEPT_RESULTS + 1):
        result_store.compute_and_store(1, add)
    st.session_state["runs_to_fill"] = slow_work.runs_in_session()
    result_store.compute_and_store(1, slow_work.KEPT_RESULTS)
    st.session_state["runs_after_newest"] = slow_work.runs_in_session()
    result_store.compute_and_store(1, 0)
    st.session_state["runs_after_oldest"] = slow_work.runs_in_session()


def test_beyond_the_kept_number_the_oldest_result_is_forgotten_first():
    """Past KEPT_RESULTS results, the newest is still served and the oldest is worked out again."""
    at = run_script(ask_past_the_limit)
    kept = slow_work.KEPT_RESULTS
    assert at.session_state["runs_to_fill"] == kept + 1
    assert at.session_state["runs_after_newest"] == kept + 1, "the newest result was forgotten"
    assert at.session_state["runs_after_oldest"] == kept + 2, "the oldest result was kept"


def ask_for_other_results(first: int, count: int) -> None:
    """A script: ask the store for `count` parameter sets with multiplier 3, adding `first`
    and on."""
    from tests.support import app_module

    result_store = app_module("result_store")
    for add in range(first, first + count):
        result_store.compute_and_store(3, add)


def another_session_asks_for(first: int, count: int) -> None:
    """Another session asks for `count` results of its own, so a shared store keeps them."""
    run_script(ask_for_other_results, first=first, count=count)


def another_session_fills_the_store() -> None:
    """Another session asks for KEPT_RESULTS results of its own: a shared store forgets every
    older result."""
    another_session_asks_for(0, slow_work.KEPT_RESULTS)


def another_session_clears() -> None:
    """Another session opens the page and clicks "Clear results"."""
    Session(expensive_process).click("expensive_clear")


def rerun_without_clicking(page) -> None:
    """An interaction that is not a click on "Process": the number added changes."""
    page.at.number_input(key="expensive_add").set_value(7)
    page.run()


def says_the_result_is_gone(page, multiplier: int, add: int) -> bool:
    """Whether the page says that the result it showed is no longer stored, and shows none."""
    gone = expensive_process.GONE.format(multiplier=multiplier, add=add)
    return not page.at.dataframe and gone in [item.value for item in page.at.caption]


def process_then_let(page, what_happens) -> None:
    """Process 2 and 3, let another session do `what_happens`, then rerun without clicking."""
    process(page, 2, 3)
    what_happens()
    rerun_without_clicking(page)


# What other sessions may do to a result that this session shows.
OTHER_SESSIONS = [
    pytest.param(another_session_clears, id="clear"),
    pytest.param(another_session_fills_the_store, id="evict"),
]


@pytest.mark.parametrize("what_happens", OTHER_SESSIONS)
def test_only_a_click_works_even_when_the_result_is_gone(page, what_happens):
    """After another session's clear, or once other results push this one out, this session's
    next interaction does not work the result out again: it shows it or says it is gone, and
    only "Process" works it out once more."""
    process_then_let(page, what_happens)
    assert runs(page) == 1
    shows_it = bool(page.at.dataframe) and shown_table(page) == TABLE_2_3
    assert shows_it != says_the_result_is_gone(page, 2, 3), "the result, or that it is gone"
    process(page, 2, 3)
    assert shown_table(page) == TABLE_2_3


class ProcessMachine(PageMachine):
    """A user changes the parameters and clicks "Process" in any order."""

    page_module = expensive_process

    def __init__(self) -> None:
        super().__init__()
        # Each walk starts from an empty store, whichever store the project uses.
        self.page.click("expensive_clear")
        self.computed: set[tuple[int, int]] = set()
        self.shown: tuple[int, int] | None = None

    @rule(multiplier=strategies.sampled_from([1, 2, 3]), add=strategies.integers(0, 10))
    def process(self, multiplier, add) -> None:
        process(self.page, multiplier, add)
        self.computed.add((multiplier, add))
        self.shown = (multiplier, add)

    @rule(add=strategies.integers(0, 10))
    def change_without_clicking(self, add) -> None:
        self.page.at.number_input(key="expensive_add").set_value(add)
        self.page.run()

    @invariant()
    def work_runs_once_per_parameter_set_and_the_result_stays(self) -> None:
        """The work ran once per distinct request, and the last result is still shown."""
        assert runs(self.page) == len(self.computed)
        if self.shown:
            multiplier, add = self.shown
            expected = [
                [(base + 3 * column) * multiplier + add for column in range(3)]
                for base in (1, 2, 3)
            ]
            assert shown_table(self.page) == expected


def test_random_requests_run_the_work_once_per_parameter_set():
    """Any sequence of requests runs the work once per distinct parameters, never more."""
    run_state_machine_as_test(ProcessMachine)
