"""Stories of the database result store: every session and server shares the results, they
survive a restart, and a database that cannot be reached gives one clear error."""

import os
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
# Each test gets a new SQLite file; set RESULTS_DATABASE_URL to a PostgreSQL URL
# (postgresql+psycopg://user:password@host/db) to run these tests against that server as well.
DATABASE_URLS = [None, *filter(None, [os.environ.get("RESULTS_DATABASE_URL")])]


@pytest.fixture(params=DATABASE_URLS, ids=lambda url: "postgresql" if url else "sqlite")
def results_database(request, tmp_path, monkeypatch) -> str:
    """Point every session at an empty results database, as secrets.toml would."""
    url = request.param or f"sqlite:///{tmp_path / 'results.sqlite3'}"
    monkeypatch.setattr(Session, "secrets", {"connections": {"results": {"url": url}}})
    database = sa.create_engine(url)
    with database.begin() as connection:
        result_store.METADATA.drop_all(connection)
    database.dispose()
    return url


@pytest.mark.parametrize("what_happens", stories.OTHER_SESSIONS)
def test_another_sessions_clear_or_newer_results_take_the_result_away(page, what_happens):
    """After another session's "Clear results", or once other sessions have stored
    KEPT_RESULTS newer results, this page says that its result is gone."""
    assert not stories.shown_after(page, what_happens)


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
