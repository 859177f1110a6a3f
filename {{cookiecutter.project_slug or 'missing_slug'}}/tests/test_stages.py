"""User stories of the stages page: begin, name, colour, done, start over, leave and return."""

import pytest
from hypothesis import strategies
from hypothesis.stateful import invariant, precondition, rule, run_state_machine_as_test

from tests.support import PageMachine, app_module, leave_and_return, typed_text

stages = app_module("patterns.stages")


@pytest.fixture
def page(new_session):
    """The stages page, opened in a new session."""
    return new_session(stages)


def current_stage(page) -> str:
    """The name of the stage the session is at."""
    return stages.STAGES[page.value("stages_stage")]


def walk_to_done(page):
    """Begin, type a name and pick a colour."""
    page.click("stages_begin")
    page.type("stages_name", "Ada")
    return page.set("selectbox", "stages_color", "blue")


def test_a_user_walks_every_stage(page):
    """Each step shows the next one, and the last shows the answers."""
    assert current_stage(page) == "begin"
    assert not page.has("text_input", "stages_name")
    page.click("stages_begin")
    assert current_stage(page) == "name"
    assert not page.has("selectbox", "stages_color")
    page.type("stages_name", "Ada")
    assert current_stage(page) == "choice"
    assert not page.at.success
    page.set("selectbox", "stages_color", "blue")
    assert current_stage(page) == "done"
    assert page.at.success[0].value == "Ada likes blue."


def test_start_over_goes_back_to_the_beginning_with_no_answers(page):
    """After "Start over" the flow begins again and remembers nothing."""
    walk_to_done(page).click("stages_start_over")
    assert current_stage(page) == "begin"
    page.click("stages_begin")
    assert page.at.text_input(key="stages_name").value == ""


def test_changing_the_name_asks_for_the_colour_again(page):
    """A new name at the end goes back to the colour step, with the colour cleared."""
    walk_to_done(page).type("stages_name", "Grace")
    assert current_stage(page) == "choice"
    assert page.at.selectbox(key="stages_color").value is None
    assert not page.at.success


def test_clearing_the_name_goes_back_to_the_name_step(page):
    """An emptied name hides the colour and the result until a name is typed."""
    walk_to_done(page).type("stages_name", "")
    assert current_stage(page) == "name"
    assert not page.has("selectbox", "stages_color")


def test_a_finished_flow_is_kept_after_a_visit_to_home(page):
    """Done, then Home and back: the same stage, name, colour and answer, never "likes None"."""
    leave_and_return(walk_to_done(page), stages)
    assert page.at.caption[0].value == "Stage: done"
    assert page.at.text_input(key="stages_name").value == "Ada"
    assert page.at.selectbox(key="stages_color").value == "blue"
    assert [item.value for item in page.at.success] == ["Ada likes blue."]


def test_a_flow_left_halfway_goes_on_where_it_stopped(page):
    """A name typed, Home and back: the name is kept and the colour is still to be chosen."""
    page.click("stages_begin").type("stages_name", "Ada")
    leave_and_return(page, stages)
    assert page.at.caption[0].value == "Stage: choice"
    assert page.at.text_input(key="stages_name").value == "Ada"
    assert page.at.selectbox(key="stages_color").value is None
    page.set("selectbox", "stages_color", "green")
    assert page.at.success[0].value == "Ada likes green."


class StagesMachine(PageMachine):
    """A user clicks, types and chooses through the stages in any order the page allows."""

    page_module = stages

    @precondition(lambda self: self.page.has("button", "stages_begin"))
    @rule()
    def begin(self) -> None:
        self.page.click("stages_begin")

    @precondition(lambda self: self.page.has("text_input", "stages_name"))
    @rule(text=typed_text)
    def type_name(self, text) -> None:
        self.page.type("stages_name", text)

    @precondition(lambda self: self.page.has("selectbox", "stages_color"))
    @rule(color=strategies.sampled_from(stages.COLORS))
    def choose(self, color) -> None:
        self.page.set("selectbox", "stages_color", color)

    @precondition(lambda self: self.page.has("button", "stages_start_over"))
    @rule()
    def start_over(self) -> None:
        self.page.click("stages_start_over")

    @rule()
    def visit_home(self) -> None:
        leave_and_return(self.page, stages)

    @invariant()
    def no_stage_shows_before_its_inputs_exist(self) -> None:
        """The stage is a defined one, and each section shows only once its inputs exist."""
        number = self.page.value("stages_stage")
        assert 0 <= number < len(stages.STAGES)
        name = self.page.at.session_state.get("stages_name") or ""
        color = self.page.at.session_state.get("stages_color")
        assert self.page.has("text_input", "stages_name") == (number >= 1)
        assert self.page.has("selectbox", "stages_color") == (number >= 2)
        if number >= 2:
            assert name
        assert bool(self.page.at.success) == (number == 3)
        if number == 3:
            assert name and color in stages.COLORS


def test_random_walks_never_show_a_stage_before_its_inputs():
    """Any order of clicks, typing and choices keeps the flow on a defined, reachable stage."""
    run_state_machine_as_test(StagesMachine)
