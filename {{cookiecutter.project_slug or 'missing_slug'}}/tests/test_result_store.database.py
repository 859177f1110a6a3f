"""Stories of the database result store: every session and server shares the results, they
survive a restart, and a database that cannot be reached gives one clear error."""

import contextlib
import socket
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import pandas as pd
import pytest
import sqlalchemy as sa
import streamlit as st

from tests import test_expensive_process as stories
from tests.support import APP_PATH, Session, app_module

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
    result_store.create_table(database)
    assert result_store.fetch(database, 2, 3) is None
    table = pd.DataFrame({"A": [1]})
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(lambda _: result_store.save(database, 2, 3, table), range(8)))
    with database.connect() as connection:
        rows = connection.execute(sa.select(sa.func.count()).select_from(result_store.RESULTS))
        assert rows.scalar() == 1
    database.dispose()


@pytest.fixture
def fresh_database(results_database):
    """A database in which the results table does not exist yet: a new SQLite file, or a new
    schema on the PostgreSQL server that the suite uses, dropped afterwards."""
    url = sa.make_url(results_database)
    if url.get_backend_name() == "sqlite":
        yield url.set(database=url.database.replace(".sqlite3", "-fresh.sqlite3")), {}
        return
    schema = f"first_use_{uuid.uuid4().hex}"
    admin = sa.create_engine(url)
    with admin.begin() as connection:
        connection.execute(sa.schema.CreateSchema(schema))
    yield url, {"options": f"-c search_path={schema}"}
    with admin.begin() as connection:
        connection.execute(sa.schema.DropSchema(schema, cascade=True))
    admin.dispose()


def test_sessions_using_a_fresh_database_at_once_all_get_the_table(fresh_database):
    """Eight servers start using a database that has no results table at the same moment:
    each of them finds the table ready, and none fails."""
    url, connect_args = fresh_database
    engines = [sa.create_engine(url, connect_args=connect_args) for _ in range(8)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(result_store.create_table, engines))
    for database in engines:
        assert result_store.fetch(database, 2, 3) is None
        database.dispose()


def use_database(monkeypatch, url: str) -> None:
    """From now on, new sessions find this URL under [connections.results] in secrets.toml."""
    monkeypatch.setattr(Session, "secrets", {"connections": {"results": {"url": url}}})


def errors(page) -> list[str]:
    """The error boxes on the page."""
    return [item.value for item in page.at.error]


def click_process_and_look_again(monkeypatch, url: str) -> list[list[str]]:
    """A new session on this database: the error boxes after clicking "Process", after another
    interaction, and after clicking "Clear results"."""
    use_database(monkeypatch, url)
    page = Session(stories.expensive_process)
    page.at.button(key="expensive_process").click().run()
    seen = [errors(page)]
    page.at.number_input(key="expensive_add").set_value(7).run()
    seen.append(errors(page))
    page.at.button(key="expensive_clear").click().run()
    seen.append(errors(page))
    assert not page.at.exception
    return seen


def test_a_missing_folder_says_the_file_cannot_be_opened(monkeypatch, tmp_path):
    """A SQLite file in a folder that does not exist gives one error that says so; nothing is
    created, and other pages still work."""
    url = f"sqlite:///{tmp_path / 'missing-folder' / 'results.sqlite3'}"
    seen = click_process_and_look_again(monkeypatch, url)
    assert seen[0] == [result_store.CANNOT_OPEN]
    assert not (tmp_path / "missing-folder").exists(), "nothing is left half-written"
    Session(app_module("home"))


def test_a_read_only_database_does_not_run_the_work(monkeypatch, tmp_path):
    """A database that refuses writes says so once, and the slow work is not run for a result
    that could not be kept."""
    path = tmp_path / "results.sqlite3"
    result_store.create_table(sa.create_engine(f"sqlite:///{path}"))
    use_database(monkeypatch, f"sqlite:///file:{path}?mode=ro&uri=true")
    page = Session(stories.expensive_process)
    page.at.button(key="expensive_process").click().run()
    assert errors(page) == [result_store.READ_ONLY]
    assert stories.runs(page) == 0


FAILURES = [
    pytest.param(lambda tmp_path: "not a database url", "BAD_URL", id="bad-url"),
    pytest.param(
        lambda tmp_path: "mysql+pymysql://app@127.0.0.1/app", "NO_DRIVER", id="missing-driver"
    ),
    pytest.param(
        lambda tmp_path: corrupt_file(tmp_path / "results.sqlite3"), "CORRUPT", id="corrupt-file"
    ),
    pytest.param(lambda tmp_path: closed_port_url(), "UNREACHABLE", id="server-down"),
]


def corrupt_file(path) -> str:
    """The URL of a file that is not a SQLite database."""
    path.write_bytes(b"these are not the bytes of a database\n" * 64)
    return f"sqlite:///{path}"


def closed_port_url() -> str:
    """A PostgreSQL URL on a localhost port where no server listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"postgresql+psycopg://app@127.0.0.1:{port}/app"


@pytest.mark.parametrize(("make_url", "message"), FAILURES)
def test_each_failure_shows_one_accurate_message_never_twice(
    monkeypatch, tmp_path, make_url, message
):
    """Each kind of failure shows its own message, in one error box, on a click and on
    "Clear results" (a rerun in between has nothing to look up), never a traceback."""
    expected = getattr(result_store, message)
    seen = click_process_and_look_again(monkeypatch, make_url(tmp_path))
    assert [[box[: len(expected)] for box in boxes] for boxes in seen] == [
        [expected],
        [],
        [expected],
    ]


@contextlib.contextmanager
def frozen_server():
    """A PostgreSQL URL whose server takes the connection and never answers."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        yield f"postgresql+psycopg://app@127.0.0.1:{server.getsockname()[1]}/app"


def test_a_frozen_server_gives_an_error_within_the_timeout(monkeypatch):
    """A server that never answers gives the time-out message after a few seconds, instead
    of a page that waits forever."""
    monkeypatch.setattr(result_store, "TIMEOUT_SECONDS", 2)
    with frozen_server() as url:
        began = time.monotonic()
        seen = click_process_and_look_again(monkeypatch, url)
    assert seen[0] == [result_store.TIMED_OUT]
    assert time.monotonic() - began < 30


@contextlib.contextmanager
def locked_results(url: str):
    """Another program holds a lock on the results table that blocks readers and writers."""
    database = sa.create_engine(url)
    result_store.create_table(database)
    with database.connect() as connection:
        if database.dialect.name == "sqlite":
            connection.exec_driver_sql("BEGIN EXCLUSIVE")
            connection.exec_driver_sql("DELETE FROM expensive_results")
        else:
            connection.begin()
            connection.execute(sa.text("LOCK TABLE expensive_results IN ACCESS EXCLUSIVE MODE"))
        yield
        connection.rollback()
    database.dispose()


def test_a_table_locked_by_another_program_gives_the_time_out_message(
    monkeypatch, results_database
):
    """While another program locks the table, a click shows the time-out message once the
    timeout has passed, and the work is not run."""
    monkeypatch.setattr(result_store, "TIMEOUT_SECONDS", 1)
    page = Session(stories.expensive_process)
    with locked_results(results_database):
        page.at.button(key="expensive_process").click().run()
    assert errors(page) == [result_store.TIMED_OUT]
    assert stories.runs(page) == 0


def files_in(folder) -> list[str]:
    """Every file under `folder`, as paths relative to it."""
    return sorted(path.relative_to(folder).as_posix() for path in folder.rglob("*.sqlite3"))


@pytest.mark.parametrize(
    ("secrets", "expected"),
    [
        pytest.param({}, "app/data/results.sqlite3", id="no-settings"),
        pytest.param(
            {"connections": {"results": {"url": "sqlite:///kept/results.sqlite3"}}},
            "app/kept/results.sqlite3",
            id="relative-path",
        ),
    ],
)
def test_the_sqlite_file_is_next_to_the_app_wherever_the_server_starts(
    monkeypatch, tmp_path, secrets, expected
):
    """Without [connections.results] the SQLite file is data/results.sqlite3 next to
    streamlit_app.py, and a relative path in secrets.toml starts there too: a server started
    from another folder uses the same file, and writes nothing where it was started."""
    assert APP_PATH.parent == result_store.APP_FOLDER
    monkeypatch.setattr(result_store, "APP_FOLDER", tmp_path / "app")
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "kept").mkdir()
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    monkeypatch.setattr(Session, "secrets", secrets)
    stories.process(Session(stories.expensive_process), 2, 3)
    assert files_in(tmp_path) == [expected]


def test_a_database_lost_after_a_result_shows_one_error_and_never_says_gone(page, tmp_path):
    """The database goes away while a result is shown: a rerun and a click each show one
    error that says what to check, and never that the result was cleared."""
    stories.process(page, 2, 3)
    broken = f"sqlite:///{tmp_path / 'missing-folder' / 'results.sqlite3'}"
    page.at.secrets["connections"] = {"results": {"url": broken}}
    page.at.number_input(key="expensive_add").set_value(7).run()
    assert errors(page) == [result_store.CANNOT_OPEN]
    assert not stories.says_the_result_is_gone(page, 2, 3)
    page.at.button(key="expensive_process").click().run()
    assert errors(page) == [result_store.CANNOT_OPEN]
    assert not page.at.exception
