"""User stories of the busy-button page: work started once per click, the button disabled
while it runs, and a run interrupted halfway going on where it stopped."""

import sys
import time

import pytest
from hypothesis import strategies
from hypothesis.stateful import invariant, precondition, rule, run_state_machine_as_test
from streamlit.runtime.scriptrunner import get_script_run_ctx
from streamlit.testing.v1.errors import AppTestError

from tests.support import PageMachine, app_module, leave_and_return

busy_button = app_module("patterns.busy_button")
STEPS = busy_button.STEPS
STEP_WORK = busy_button.work_step.__name__


class Clock:
    """Stands in for time.sleep in script runs, so nothing waits: it counts the steps of the
    work (calls from the page's work_step) and, when told to, asks the run to stop after a
    number of them, as a rerun or a visit to another page does. The run then stops at its
    next Streamlit command, as Streamlit stops a run that is interrupted."""

    def __init__(self) -> None:
        self.steps: list[float] = []  # the seconds asked for by each step of the work
        self.stop_after: int | None = None
        self.fail_at: int | None = None
        self.real_sleep = time.sleep

    def sleep(self, seconds: float) -> None:
        """Count a step of the work, stopping or failing the run if told to; wait for
        nothing in a script run (st.status pauses for a browser that AppTest has not)."""
        context = get_script_run_ctx(suppress_warning=True)
        if context is None:
            self.real_sleep(seconds)
            return
        if sys._getframe(1).f_code.co_name != STEP_WORK:
            return
        if len(self.steps) + 1 == self.fail_at:
            raise OSError("the disk is full")
        self.steps.append(seconds)
        if len(self.steps) == self.stop_after:
            context.script_requests.request_stop()


@pytest.fixture
def clock(monkeypatch) -> Clock:
    """A clock that waits for nothing and counts the steps of the work."""
    stand_in = Clock()
    monkeypatch.setattr(time, "sleep", stand_in.sleep)
    return stand_in


@pytest.fixture
def page(new_session, clock):
    """The busy-button page, opened in a new session, with the work set to take no time."""
    return new_session(busy_button, state={"busy_seconds": 0.0})


def result(page) -> list[str]:
    """The lines of the result, as the user reads them."""
    box = page.at.container(key="busy_result")
    return [item.value for item in box.markdown] + [item.value for item in box.caption]


def status_lines(page) -> list[str]:
    """What the status of the work under way shows: its label, then its lines."""
    return [
        line
        for status in page.at.status
        for line in (status.label, *(item.value for item in status.markdown))
    ]


def enabled(page, key: str) -> bool:
    """Whether the button with this key can be clicked."""
    return not page.at.button(key=key).disabled


def stop_after(page, clock: Clock, steps: int):
    """Click "Start the work" and stop the run after `steps` steps, as an interruption does."""
    clock.stop_after = len(clock.steps) + steps
    page.click("busy_start")
    clock.stop_after = None
    return page


def done(runs: int, seconds: float = 0.0) -> list[str]:
    """The result after `runs` starts, the last of them working for `seconds`."""
    return [f"Work done in {seconds:.1f} s.", f"The work has run {runs} time(s) in this session."]


def test_a_new_page_has_done_no_work(page):
    """Before any click the page says that no work was done, and the button is enabled."""
    assert result(page) == ["No work done yet."]
    assert enabled(page, "busy_start")
    assert page.at.slider(key="busy_seconds").value == 0.0


def test_a_click_does_the_work_once_and_says_how_long_it_took(page, clock):
    """One click: every step is done once, and the page says how long it took and that the
    work ran once; the button can be clicked again."""
    page.click("busy_start")
    assert len(clock.steps) == STEPS
    assert result(page) == done(1)
    assert enabled(page, "busy_start")
    assert enabled(page, "busy_clear")
    assert not page.at.status


def test_the_work_takes_the_chosen_duration(page, clock):
    """With the slider at 2.5 s, each of the steps takes its share of 2.5 s."""
    page.set("slider", "busy_seconds", 2.5).click("busy_start")
    assert clock.steps == [2.5 / STEPS] * STEPS


def test_each_click_runs_the_work_once(page, clock):
    """Three clicks, one after another: the work runs three times, each in full."""
    for _ in range(3):
        page.click("busy_start")
    assert len(clock.steps) == 3 * STEPS
    assert result(page) == done(3)


def test_the_buttons_are_disabled_while_the_work_is_under_way(page, clock):
    """While the work runs, the status shows the steps written so far and both buttons are
    disabled: AppTest refuses a click on them, as a browser does. (The run stopped at the
    line of step 2, its first Streamlit command after the stop was asked for.)"""
    stop_after(page, clock, 2)
    assert status_lines(page) == ["Working for 0.0 s…", "Step 1 of 5 done."]
    assert not enabled(page, "busy_start")
    assert not enabled(page, "busy_clear")
    with pytest.raises(AppTestError, match="disabled"):
        page.at.button(key="busy_start").click()


def test_a_second_click_that_arrives_before_the_button_is_disabled_starts_nothing(page, clock):
    """A quick second click can reach the server while the button still shows enabled: the
    first click's callback has recorded the job, and its run was interrupted before drawing
    the button. That click leaves the job alone: the work runs once, in full."""
    page.at.session_state["busy_job"] = {"seconds": 0.0, "done": 0, "worked": 0.0}
    page.at.session_state["busy_runs"] = 1  # what the first click's callback left
    page.click("busy_start")
    assert len(clock.steps) == STEPS
    assert result(page) == done(1)


def test_an_interrupted_run_goes_on_from_the_step_it_reached(page, clock):
    """A run stopped after two steps: the next run does the three steps left, not five, and
    the work counts as run once; then the button is enabled again."""
    stop_after(page, clock, 2).run()
    assert len(clock.steps) == STEPS
    assert result(page) == done(1)
    assert enabled(page, "busy_start")


def test_the_time_worked_before_an_interruption_counts(new_session, clock):
    """A job that had done three steps in 1.2 s before its run was interrupted ends saying
    1.2 s, with only the two steps left done."""
    job = {"seconds": 0.0, "done": 3, "worked": 1.2}
    page = new_session(busy_button, state={"busy_job": job, "busy_runs": 1})
    assert len(clock.steps) == 2
    assert result(page) == done(1, 1.2)


def test_moving_the_slider_while_the_work_runs_keeps_its_duration(page, clock):
    """The slider moved while the work runs reruns the page: the work goes on with the
    duration it started with, once, and the new duration is for the next click."""
    stop_after(page, clock, 1).set("slider", "busy_seconds", 5.0)
    assert clock.steps == [0.0] * STEPS
    assert result(page) == done(1)
    page.click("busy_start")
    assert clock.steps[STEPS:] == [5.0 / STEPS] * STEPS


def test_a_failing_step_ends_the_work_and_frees_the_button(page, clock):
    """A step that raises ends the job: the page says which step failed and why, the
    button is enabled, and the next click works in full."""
    clock.fail_at = 3
    page.at.button(key="busy_start").click().run()
    assert [item.value for item in page.at.error] == ["The work failed at step 3: the disk is full"]
    assert enabled(page, "busy_start")
    clock.fail_at = None
    page.click("busy_start")
    assert result(page) == done(2)


def test_clear_forgets_the_result(page):
    """After "Clear" the page says again that no work was done, and counts from zero."""
    page.click("busy_start").click("busy_clear")
    assert result(page) == ["No work done yet."]
    page.click("busy_start")
    assert result(page) == done(1)


def test_the_result_and_the_duration_are_kept_after_a_visit_to_home(page):
    """Work done, slider moved, then Home and back: the same duration and result."""
    page.click("busy_start").set("slider", "busy_seconds", 1.5)
    leave_and_return(page, busy_button)
    assert page.at.slider(key="busy_seconds").value == 1.5
    assert result(page) == done(1)


def test_work_left_halfway_goes_on_when_the_user_comes_back(page, clock):
    """Leaving the page while the work runs pauses it; coming back does the steps left, once."""
    stop_after(page, clock, 2)
    page.open(app_module("home"))
    assert len(clock.steps) == 2
    page.open(busy_button)
    assert len(clock.steps) == STEPS
    assert result(page) == done(1)
    assert enabled(page, "busy_start")


class BusyMachine(PageMachine):
    """A user starts, interrupts, clears and visits Home in any order."""

    page_module = busy_button

    def __init__(self) -> None:
        self.clock = Clock()
        time.sleep = self.clock.sleep
        try:
            super().__init__()
        except BaseException:
            self.teardown()
            raise
        self.runs = 0  # starts since the last clear
        self.finished = 0  # jobs done in full
        self.reached: int | None = None  # the steps done of the job under way, if any

    def teardown(self) -> None:
        time.sleep = self.clock.real_sleep

    def finish(self) -> None:
        """The job under way, if any, is done in full by the run just made."""
        if self.reached is not None:
            self.finished, self.reached = self.finished + 1, None

    @precondition(lambda self: self.reached is None)
    @rule()
    def start(self) -> None:
        self.page.click("busy_start")
        self.runs, self.finished = self.runs + 1, self.finished + 1

    @precondition(lambda self: self.reached is None)
    @rule(steps=strategies.integers(1, STEPS))
    def start_and_interrupt(self, steps) -> None:
        stop_after(self.page, self.clock, steps)
        self.runs, self.reached = self.runs + 1, steps

    @rule(seconds=strategies.sampled_from([0.0, 0.5, 5.0]))
    def move_the_slider(self, seconds) -> None:
        self.page.set("slider", "busy_seconds", seconds)
        self.finish()

    @precondition(lambda self: self.reached is None)
    @rule()
    def clear(self) -> None:
        self.page.click("busy_clear")
        self.runs = 0

    @rule()
    def visit_home(self) -> None:
        leave_and_return(self.page, busy_button)
        self.finish()

    @invariant()
    def no_step_is_done_twice_and_the_button_is_never_stuck(self) -> None:
        """Each job does each of its steps once; both buttons are disabled exactly while a
        job is under way; the result counts the starts since the last clear."""
        assert len(self.clock.steps) == STEPS * self.finished + (self.reached or 0)
        assert enabled(self.page, "busy_start") == (self.reached is None)
        assert enabled(self.page, "busy_clear") == (self.reached is None)
        if self.reached is None:
            assert result(self.page) == (done(self.runs) if self.runs else ["No work done yet."])


def test_random_walks_never_repeat_a_step_or_leave_the_button_stuck():
    """Any order of starts, interruptions, slider moves, clears and visits to Home does each
    step of each job once and always frees the buttons."""
    run_state_machine_as_test(BusyMachine)
