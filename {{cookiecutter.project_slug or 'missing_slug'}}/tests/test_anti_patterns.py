"""The anti-patterns page: each mistake really fails, and its fix really works."""

import pytest
from hypothesis import strategies
from hypothesis.stateful import invariant, precondition, rule, run_state_machine_as_test

from tests.support import PageMachine, app_module, leave_and_return

anti_patterns = app_module("patterns.anti_patterns")


@pytest.fixture
def page(new_session):
    """The anti-patterns page, opened in a new session."""
    return new_session(anti_patterns)


def texts(page) -> list[str]:
    """Every Markdown text on the page."""
    return [item.value for item in page.at.markdown]


def test_a_button_nested_in_a_button_never_runs_its_body(page):
    """Outer then Inner: the nested inner body ran 0 times, and the inner button is gone."""
    page.click("anti_nested_bad_outer").click("anti_nested_bad_inner")
    assert page.at.session_state.get("anti_nested_bad_runs", 0) == 0
    assert not page.has("button", "anti_nested_bad_inner")


def test_the_fixed_inner_button_runs_its_body(page):
    """Outer then Inner on the fixed side: the inner body ran once and the button stays."""
    page.click("anti_nested_fix_outer").click("anti_nested_fix_inner")
    assert page.value("anti_nested_fix_runs") == 1
    assert "Inner body runs: 1" in texts(page)
    assert page.has("button", "anti_nested_fix_inner")


def test_a_widget_nested_in_a_button_vanishes_at_its_first_use(page):
    """Open, then move the slider: the nested slider is gone from the page."""
    page.click("anti_widget_bad_open")
    assert page.has("slider", "anti_widget_bad_slider")
    page.set("slider", "anti_widget_bad_slider", 8)
    assert not page.has("slider", "anti_widget_bad_slider")


def test_the_fixed_widget_stays_and_keeps_its_value(page):
    """Open, then move the slider on the fixed side: it stays, with the new value."""
    page.click("anti_widget_fix_open").set("slider", "anti_widget_fix_slider", 8)
    assert page.at.slider(key="anti_widget_fix_slider").value == 8


def test_an_unsaved_result_is_gone_when_save_is_clicked(page):
    """Process then Save: the result variable no longer exists."""
    page.click("anti_unsaved_bad_process").click("anti_unsaved_bad_save")
    assert "NameError" in page.at.warning[0].value


def test_a_saved_result_is_found_by_save(page):
    """Process then Save on the fixed side: Save finds the result."""
    page.click("anti_unsaved_fix_process").click("anti_unsaved_fix_save")
    assert page.at.success[0].value == "Saved 42."
    assert not page.at.warning


def test_every_fix_is_kept_after_a_visit_to_home(page):
    """Each fix used, then Home and back: the inner count, the slider and the result stay."""
    page.click("anti_nested_fix_outer").click("anti_nested_fix_inner")
    page.click("anti_widget_fix_open").set("slider", "anti_widget_fix_slider", 8)
    page.click("anti_unsaved_fix_process")
    leave_and_return(page, anti_patterns)
    assert "Inner body runs: 1" in texts(page)
    assert page.has("button", "anti_nested_fix_inner")
    assert page.at.slider(key="anti_widget_fix_slider").value == 8
    assert "Result: 42" in texts(page)


class AntiPatternsMachine(PageMachine):
    """A user clicks any button on the page, in any order."""

    page_module = anti_patterns

    @precondition(lambda self: self.page.at.button)
    @rule(data=strategies.data())
    def click_any_button(self, data) -> None:
        keys = sorted(button.key for button in self.page.at.button)
        self.page.click(data.draw(strategies.sampled_from(keys)))

    @rule()
    def visit_home(self) -> None:
        leave_and_return(self.page, anti_patterns)

    @invariant()
    def the_nested_inner_body_never_runs(self) -> None:
        """However the user clicks, the body of the nested inner button never runs."""
        assert self.page.at.session_state.get("anti_nested_bad_runs", 0) == 0


def test_random_clicks_never_run_the_nested_inner_body():
    """No sequence of clicks reaches the body of a button nested in a button."""
    run_state_machine_as_test(AntiPatternsMachine)
