"""Stories of the session-state result store: each browser session keeps its own results."""

import pytest

from tests import test_expensive_process as stories

# The page's fixtures, shared with its stories: a page in a new session, and instant work.
page, instant_work = stories.page, stories.instant_work


def test_a_second_session_does_not_see_the_first_ones_results(page, new_session):
    """Another browser session works out its own result for the same parameters."""
    stories.process(page, 2, 3)
    other = new_session(stories.expensive_process)
    assert not other.at.dataframe
    stories.process(other, 2, 3)
    assert stories.runs(other) == 1
    assert stories.shown_table(other) == stories.TABLE_2_3


@pytest.mark.parametrize("what_happens", stories.OTHER_SESSIONS)
def test_another_sessions_clear_or_results_leave_this_ones_alone(page, what_happens):
    """Neither another session's "Clear results" nor its results touch this session's."""
    stories.process_then_let(page, what_happens)
    assert stories.shown_table(page) == stories.TABLE_2_3
    assert stories.runs(page) == 1
