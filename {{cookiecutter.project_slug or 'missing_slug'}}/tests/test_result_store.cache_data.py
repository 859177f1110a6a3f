"""Stories of the st.cache_data result store: every session of the server shares the results."""

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


def test_another_sessions_clear_takes_the_result_from_every_session(page):
    """After another session's "Clear results", this page says that its result is gone."""
    stories.process_then_let(page, stories.another_session_clears)
    assert stories.says_the_result_is_gone(page, 2, 3)
    assert stories.runs(page) == 1


def test_a_result_looked_up_again_outlives_the_ones_used_less_recently(page):
    """The cache forgets the result used least recently, and this page's reruns look its result
    up: once the cache is full, another session's older results go first."""
    stories.process(page, 2, 3)
    stories.another_session_asks_for(0, stories.slow_work.KEPT_RESULTS - 1)
    stories.rerun_without_clicking(page)  # the cache is full; (2, 3) is the oldest, now used
    stories.another_session_asks_for(1000, 1)  # one more: the least recently used goes
    stories.rerun_without_clicking(page)
    assert stories.shown_table(page) == stories.TABLE_2_3
    assert stories.runs(page) == 1
