"""Stories of the database result store: every session and server shares the results, they
survive a restart, and a database that cannot be reached gives one clear error."""

from concurrent.futures import ThreadPoolExecutor

import pandas as pd
import pytest
import sqlalchemy as sa
import streamlit as st

from tests import test_expensive_process as stories
from tests.support import Session, app_module

result_store = app_module("result_store")
# The page's fixtures, shared with its stories: a page in a new session, and instant work.
page, instant_work = stories.page, stories.instant_work


@pytest.mark.parametrize("what_happens", stories.OTHER_SESSIONS)
def test_another_sessions_clear_or_newer_results_take_the_result_away(page, what_happens):
    """After another session's "Clear results", or once other sessions have stored
    KEPT_RESULTS newer results, this page says that its result is gone."""
    stories.process_then_let(page, what_happens)
    assert stories.says_the_result_is_gone(page, 2, 3)
    assert stories.runs(page) == 1


def test_results_survive_a_restart_and_serve_every_session(page, new_session):
    """After a server restart (caches and connections gone) a new session gets the result
    without working."""
    stories.process(page, 2, 3)
    st.cache_data.clear()
    st.cache_resource.clear()
    restarted = new_session(stories.expensive_process)
    stories.process(restarted, 2, 3)
    assert stories.runs(restarted) == 0
    assert stories.shown_table(restarted) == stories.TABLE_2_3


def test_concurrent_writes_of_one_result_leave_one_row(results_database):
    """Two sessions storing the same parameters at once both succeed, and one row remains."""
    database = sa.create_engine(results_database)
    assert result_store.fetch(database, 2, 3) is None
    table = pd.DataFrame({"A": [1]})
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(lambda _: result_store.save(database, 2, 3, table), range(8)))
    with database.connect() as connection:
        rows = connection.execute(sa.select(sa.func.count()).select_from(result_store.RESULTS))
        assert rows.scalar() == 1
    database.dispose()


def break_the_database(page, tmp_path) -> None:
    """From now on, this session's results database cannot be reached."""
    broken = f"sqlite:///{tmp_path / 'missing-folder' / 'results.sqlite3'}"
    page.at.secrets["connections"] = {"results": {"url": broken}}


def shows_only_what_to_check(page) -> bool:
    """Whether the page shows one error, saying what to check, and no claim that it is gone."""
    errors = [item.value for item in page.at.error]
    return errors == [result_store.HELP] and not stories.says_the_result_is_gone(page, 2, 3)


def test_a_database_lost_after_a_result_shows_one_error_and_never_says_gone(page, tmp_path):
    """The database goes away while a result is shown: a rerun and a click each show one
    error that says what to check, and never that the result was cleared."""
    stories.process(page, 2, 3)
    break_the_database(page, tmp_path)
    page.at.number_input(key="expensive_add").set_value(7).run()
    assert shows_only_what_to_check(page)
    page.at.button(key="expensive_process").click().run()
    assert shows_only_what_to_check(page)
    assert not page.at.exception


def test_an_unreachable_database_shows_one_error_and_the_rest_works(monkeypatch, tmp_path):
    """A bad database URL gives one error that says what to check; other pages still work."""
    broken = f"sqlite:///{tmp_path / 'missing-folder' / 'results.sqlite3'}"
    monkeypatch.setattr(Session, "secrets", {"connections": {"results": {"url": broken}}})
    page = Session(stories.expensive_process)
    page.at.button(key="expensive_process").click().run()
    assert [item.value for item in page.at.error] == [result_store.HELP]
    assert not page.at.exception
    assert not (tmp_path / "missing-folder").exists(), "nothing is left half-written"
    page.open(app_module("home"))
