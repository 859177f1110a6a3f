"""User stories of the modify-state page: a value above its button, updated with no lag."""

import pytest
from hypothesis.stateful import invariant, rule, run_state_machine_as_test

from tests.support import PageMachine, app_module, leave_and_return

modify_state = app_module("patterns.modify_state")


@pytest.fixture
def page(new_session):
    """The modify-state page, opened in a new session."""
    return new_session(modify_state)


def shown(page, label: str) -> str:
    """The value of the metric with this label, as the user reads it."""
    return next(item.value for item in page.at.metric if item.label == label)


def test_the_callback_updates_the_value_above_in_the_same_run(page):
    """One click on the callback button shows 1 above it at once, in one run."""
    runs = page.value("modify_runs")
    page.click("modify_callback_add")
    assert shown(page, "Callback counter") == "1"
    assert page.value("modify_runs") == runs + 1


def test_the_rerun_technique_updates_the_value_but_costs_two_runs(page):
    """One click on the st.rerun button shows 1 above it, after two runs of the script."""
    runs = page.value("modify_runs")
    page.click("modify_rerun_add")
    assert shown(page, "Rerun counter") == "1"
    assert page.value("modify_runs") == runs + 2


def test_each_click_counts_once(page):
    """Three clicks on each button show 3 on each counter."""
    for _ in range(3):
        page.click("modify_callback_add").click("modify_rerun_add")
    assert shown(page, "Callback counter") == "3"
    assert shown(page, "Rerun counter") == "3"


def test_both_counters_are_kept_after_a_visit_to_home(page):
    """Each button clicked, then Home and back: both counters still show their clicks."""
    page.click("modify_callback_add").click("modify_rerun_add").click("modify_rerun_add")
    leave_and_return(page, modify_state)
    assert shown(page, "Callback counter") == "1"
    assert shown(page, "Rerun counter") == "2"


class CountersMachine(PageMachine):
    """A user clicks either button in any order."""

    page_module = modify_state

    def __init__(self) -> None:
        super().__init__()
        self.counts = {"Callback counter": 0, "Rerun counter": 0}

    def add(self, key: str, label: str, runs_per_click: int) -> None:
        """Click one button and check what the click cost in runs of the script."""
        runs = self.page.value("modify_runs")
        self.page.click(key)
        self.counts[label] += 1
        assert self.page.value("modify_runs") == runs + runs_per_click

    @rule()
    def add_with_callback(self) -> None:
        self.add("modify_callback_add", "Callback counter", runs_per_click=1)

    @rule()
    def add_with_rerun(self) -> None:
        self.add("modify_rerun_add", "Rerun counter", runs_per_click=2)

    @rule()
    def visit_home(self) -> None:
        leave_and_return(self.page, modify_state)

    @invariant()
    def counters_are_never_behind(self) -> None:
        """Each counter above its button shows every click so far."""
        for label, count in self.counts.items():
            assert shown(self.page, label) == str(count)


def test_random_clicks_never_leave_a_counter_one_run_behind():
    """Any sequence of clicks shows both counts up to date, at one or two runs a click."""
    run_state_machine_as_test(CountersMachine)
