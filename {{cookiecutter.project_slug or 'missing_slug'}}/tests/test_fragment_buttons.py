"""User stories of the fragment page: count in the fragment, reset it from outside, add to the
total above."""

import re

import pytest
from hypothesis.stateful import invariant, precondition, rule, run_state_machine_as_test

from tests.support import PageMachine, app_module, leave_and_return

fragment_buttons = app_module("patterns.fragment_buttons")
# AppTest runs the whole page at every click but the reset; every session starts with the slow
# report at 0 s (QUICK_STATE), so there is no waiting.
MARKER = re.compile(r"(Page|Fragment) drawn at run (\d+)\.")


@pytest.fixture
def page(new_session):
    """The fragment page, opened in a new session with a slow report that takes no time."""
    return new_session(fragment_buttons)


def drawn(page) -> list[str]:
    """The text the last run drew, the explanation aside: its Markdown, then its captions."""
    explanation = fragment_buttons.EXPLANATION.strip()
    texts = [item.value for item in (*page.at.markdown, *page.at.caption)]
    return [text for text in texts if text != explanation]


def run_number(page, part: str) -> int:
    """The run number that the marker of this part ("Page" or "Fragment") shows."""
    numbers = {
        match.group(1): int(match.group(2)) for match in map(MARKER.fullmatch, drawn(page)) if match
    }
    return numbers[part]


def test_each_click_on_count_shows_in_the_fragment(page):
    """Three clicks on "Count" show 1, 2, then 3 in the fragment; the total stays at 0."""
    assert "Counted 0 time(s) in the fragment." in drawn(page)
    for clicks in (1, 2, 3):
        page.click("fragment_count")
        assert f"Counted {clicks} time(s) in the fragment." in drawn(page)
    assert "Total added: 0." in drawn(page)


def test_adding_moves_the_count_into_the_total_above_in_one_run(page):
    """Two counts, then "Add the count to the total above": the total shows 2, the count is
    back to 0, and the page was drawn once more, not twice."""
    page.click("fragment_count").click("fragment_count")
    runs = run_number(page, "Page")
    page.click("fragment_add_to_total")
    assert "Total added: 2." in drawn(page)
    assert "Counted 0 time(s) in the fragment." in drawn(page)
    assert run_number(page, "Page") == runs + 1


def test_repeated_adds_keep_adding_up(page):
    """Count once and add, count twice and add, then add with nothing counted: 3 in all."""
    page.click("fragment_count").click("fragment_add_to_total")
    page.click("fragment_count").click("fragment_count").click("fragment_add_to_total")
    page.click("fragment_add_to_total")
    assert "Total added: 3." in drawn(page)
    assert "Counted 0 time(s) in the fragment." in drawn(page)


def test_reset_from_outside_reruns_only_the_fragment(page):
    """Two counts, then "Reset the count", a button outside the fragment: its run draws the
    fragment alone, the count back to 0 and its marker one run on; the page is not drawn
    again, so the next run of the page is only one run on."""
    page.click("fragment_count").click("fragment_count")
    page_runs, fragment_runs = run_number(page, "Page"), run_number(page, "Fragment")
    page.click("fragment_reset")
    assert drawn(page) == [
        "Counted 0 time(s) in the fragment.",
        f"Fragment drawn at run {fragment_runs + 1}.",
    ]
    page.run()
    assert run_number(page, "Page") == page_runs + 1
    assert "Total added: 0." in drawn(page)


def test_the_count_and_the_total_are_kept_after_a_visit_to_home(page):
    """Count and add, count again, then Home and back: the same total and count.

    The slider's value is kept too, but a value preset before the first run, as the slow
    report's 0 s is here, survives a visit to another page under AppTest whatever the page
    does: the browser tests show that the slider keeps a value the user chose.
    """
    page.click("fragment_count").click("fragment_add_to_total").click("fragment_count")
    leave_and_return(page, fragment_buttons)
    assert "Total added: 1." in drawn(page)
    assert "Counted 1 time(s) in the fragment." in drawn(page)


class FragmentMachine(PageMachine):
    """A user counts, resets, adds to the total and visits Home, in any order."""

    page_module = fragment_buttons

    def __init__(self) -> None:
        super().__init__()
        self.counted = self.added = self.resets = 0

    @rule()
    def count(self) -> None:
        self.page.click("fragment_count")
        self.counted += 1

    @rule()
    def add_to_total(self) -> None:
        self.page.click("fragment_add_to_total")
        self.added, self.counted = self.added + self.counted, 0

    @precondition(lambda self: self.page.has("button", "fragment_reset"))
    @rule()
    def reset(self) -> None:
        self.page.click("fragment_reset")
        self.counted = 0
        self.resets += 1

    @rule()
    def rerun_the_page(self) -> None:
        self.page.run()

    @rule()
    def visit_home(self) -> None:
        leave_and_return(self.page, fragment_buttons)

    @invariant()
    def the_count_and_the_total_show_every_click(self) -> None:
        """The count shows the clicks since the last add or reset; the total, every add."""
        assert f"Counted {self.counted} time(s) in the fragment." in drawn(self.page)
        if self.page.has("button", "fragment_reset"):  # the whole page, not a reset's run
            assert f"Total added: {self.added}." in drawn(self.page)

    @invariant()
    def the_fragment_ran_alone_once_per_reset(self) -> None:
        """The fragment is drawn by every run of the page, and alone by each reset only."""
        state = self.page.at.session_state
        page_runs, fragment_runs = state["fragment_page_runs"], state["fragment_fragment_runs"]
        assert fragment_runs - page_runs == self.resets


def test_random_walks_keep_the_count_and_the_total_right():
    """Any order of counts, resets, adds and visits to Home keeps both numbers right."""
    run_state_machine_as_test(FragmentMachine)
