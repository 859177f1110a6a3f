"""Stories of the st.cache_data result store: every session of the server shares the results."""

import pytest

from tests import test_expensive_process as stories

# The page's fixtures, shared with its stories: a page in a new session, and instant work.
page, instant_work = stories.page, stories.instant_work


def test_a_second_session_reuses_the_first_ones_results(page, new_session):
    """Another browser session gets the stored result without working."""
    stories.process(page, 2, 3)
    other = new_session(stories.expensive_process)
    stories.process(other, 2, 3)
    assert stories.runs(other) == 0
    assert stories.shown_table(other) == stories.TABLE_2_3


@pytest.mark.parametrize("what_happens", stories.OTHER_SESSIONS)
def test_another_sessions_clear_or_results_take_the_result_away(page, what_happens):
    """After another session's "Clear results", or once other sessions have asked for
    KEPT_RESULTS other results, this page says that its result is gone."""
    stories.process(page, 2, 3)
    what_happens()
    stories.rerun_without_clicking(page)
    assert stories.says_the_result_is_gone(page, 2, 3)
