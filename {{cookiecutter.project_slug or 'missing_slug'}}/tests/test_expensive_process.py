"""User stories of the expensive-process page: slow work run once and its result kept."""

import contextlib

import pytest
import streamlit as st
from hypothesis import strategies
from hypothesis.stateful import invariant, rule, run_state_machine_as_test

from {{ cookiecutter.project_slug }} import slow_work
from {{ cookiecutter.project_slug }}.patterns import expensive_process

from tests.support import PageMachine


@pytest.fixture(autouse=True)
def instant_work(monkeypatch):
    """Make the stand-in work instant: the tests count runs, they do not wait for them."""
    monkeypatch.setattr(slow_work, "SIMULATED_SECONDS", 0)


@pytest.fixture
def page(session):
    """The expensive-process page, opened in a new session."""
    return session.open(expensive_process)


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


def test_a_click_shows_the_result_for_both_parameters(page):
    """A user picks 2 and 3, clicks "Process" and sees the table times 2 plus 3."""
    process(page, 2, 3)
    assert shown_table(page) == [[5, 11, 17], [7, 13, 19], [9, 15, 21]]
    assert runs(page) == 1


def test_the_result_stays_on_screen_through_later_interactions(page):
    """After processing, changing a parameter without clicking keeps the last result shown."""
    process(page, 2, 3)
    page.at.number_input(key="expensive_add").set_value(7)
    page.run()
    page.at.selectbox(key="expensive_multiplier").select(1)
    page.run()
    assert shown_table(page) == [[5, 11, 17], [7, 13, 19], [9, 15, 21]]


def test_parameters_already_computed_are_not_computed_again(page):
    """Processing 2/3, then 1/0, then 2/3 again runs the work twice, not three times."""
    process(page, 2, 3)
    process(page, 1, 0)
    assert shown_table(page) == [[1, 4, 7], [2, 5, 8], [3, 6, 9]]
    process(page, 2, 3)
    assert runs(page) == 2
    assert shown_table(page) == [[5, 11, 17], [7, 13, 19], [9, 15, 21]]


def test_every_parameter_that_changes_the_output_is_part_of_the_key(page):
    """Two requests that differ only in the number added give two different results."""
    process(page, 2, 3)
    process(page, 2, 4)
    assert runs(page) == 2
    assert shown_table(page) == [[6, 12, 18], [8, 14, 20], [10, 16, 22]]


def test_the_work_runs_under_a_spinner(page, monkeypatch):
    """While the work runs, the user sees a "Processing" spinner."""
    messages = []

    @contextlib.contextmanager
    def recording_spinner(text="", *args, **kwargs):
        messages.append(text)
        yield

    monkeypatch.setattr(st, "spinner", recording_spinner)
    process(page, 3, 1)
    assert messages == ["Processing…"]
    assert runs(page) == 1
{%- if cookiecutter.result_store == "session_state" %}


def test_a_second_session_does_not_see_the_first_ones_results(page, new_session):
    """Results live in session state: another browser session computes its own."""
    process(page, 2, 3)
    other = new_session().open(expensive_process)
    assert not other.at.dataframe
    process(other, 2, 3)
    assert runs(other) == 1
    assert shown_table(other) == shown_table(page)
{%- else %}


def test_a_second_session_reuses_the_first_ones_results(page, new_session):
    """Results live in st.cache_data: another browser session gets them without working."""
    process(page, 2, 3)
    other = new_session().open(expensive_process)
    process(other, 2, 3)
    assert runs(other) == 0
    assert shown_table(other) == shown_table(page)
{%- endif %}


class ProcessMachine(PageMachine):
    """A user changes the parameters and clicks "Process" in any order."""

    page_module = expensive_process

    def __init__(self) -> None:
        super().__init__()
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
