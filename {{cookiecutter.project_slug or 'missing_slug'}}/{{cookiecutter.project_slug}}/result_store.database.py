"""Results of the slow work kept in a SQL database: every session and every server shares them.

Every result store has the same interface: `WHERE`, `SHARED` (whether other sessions see the
results), `stored` (look up, never compute), `compute_and_store` and `clear`. This one raises
StoreUnavailable, with one message per kind of failure, when the database cannot be used.
"""

import contextlib
import functools
import io
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import sqlalchemy as sa
import streamlit as st

from {{ cookiecutter.project_slug }}.slow_work import (
    KEPT_RESULTS,
    Report,
    StoreUnavailable,
    build_table,
    ignore_progress,
)

WHERE = (
    "in a **SQL database** (`[connections.results]` in secrets.toml): every session and every "
    f"server process sees them, and they survive a restart. At most {KEPT_RESULTS} are kept: "
    "asking for more forgets the oldest"
)
SHARED = True
CONNECTION_NAME = "results"
# The folder of streamlit_app.py. A relative SQLite path starts there, not in the folder the
# server was started from, and without [connections.results] in .streamlit/secrets.toml the
# results go to a SQLite file in its data folder.
APP_FOLDER = Path(__file__).resolve().parent.parent
DEFAULT_URL = "sqlite:///data/results.sqlite3"
# How long a connection, a statement or a lock may take before the page says so.
TIMEOUT_SECONDS = 5

SETTING = "`url` under `[connections.results]` in .streamlit/secrets.toml"
UNREACHABLE = (
    f"The results database cannot be reached. Check {SETTING}, and that the database server "
    "is running and accepts it."
)
CANNOT_OPEN = (
    f"The results database file cannot be opened. Check {SETTING}: its folder must exist "
    "and the app must be allowed to write there."
)
TIMED_OUT = (
    f"The results database did not answer within {TIMEOUT_SECONDS} seconds: its server may "
    "be frozen or overloaded, or another program holds a lock on it. Try again in a moment."
)
READ_ONLY = (
    "The results database is read-only, so no result can be kept, and nothing was worked "
    "out. Give the app write access to it (for SQLite, to the file and its folder), or point "
    f"{SETTING} at a database it may write."
)
CORRUPT = (
    "The results database file is not a database that SQLite can read (damaged, or another "
    f"kind of file). Move it away and the app makes a new one, or point {SETTING} elsewhere."
)
NO_DRIVER = (
    f"The database driver that {SETTING} asks for is not installed. Add its package to the "
    "project's dependencies and install them again, or use a URL whose driver is installed."
)
BAD_URL = (
    f"{SETTING} is not a database URL. Write it as dialect+driver://user:password@host:port/"
    "database, such as postgresql+psycopg://app:secret@db-host:5432/app."
)
# What each failure that the driver names means: SQLite's error names, PostgreSQL's SQLSTATE
# codes (57014: statement timeout, 55P03: lock timeout, 25006: read-only transaction).
DRIVER_FAILURES = {
    "SQLITE_BUSY": TIMED_OUT,
    "SQLITE_CANTOPEN": CANNOT_OPEN,
    "SQLITE_CORRUPT": CORRUPT,
    "SQLITE_NOTADB": CORRUPT,
    "SQLITE_READONLY": READ_ONLY,
    "57014": TIMED_OUT,
    "55P03": TIMED_OUT,
    "25006": READ_ONLY,
}

METADATA = sa.MetaData()
RESULTS = sa.Table(
    "expensive_results",
    METADATA,
    # Rows are numbered in the order they are stored: the lowest number is the oldest result.
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("multiplier", sa.Integer, nullable=False),
    sa.Column("add_value", sa.Integer, nullable=False),
    sa.Column("table_json", sa.Text, nullable=False),
    sa.UniqueConstraint("multiplier", "add_value"),
)


def configured_url() -> str:
    """`url` of [connections.results] in secrets.toml, else DEFAULT_URL."""
    try:
        connections = st.secrets.get("connections", {})
    except FileNotFoundError:  # no secrets.toml at all
        return DEFAULT_URL
    return connections.get(CONNECTION_NAME, {}).get("url", DEFAULT_URL)


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL, a relative path taken from APP_FOLDER; None for other URLs
    (and for SQLite URIs, "file:..." with uri=true, which are used as they are)."""
    parsed = sa.make_url(url)
    if parsed.get_backend_name() != "sqlite" or "uri" in parsed.query:
        return None
    if parsed.database in (None, "", ":memory:"):
        return None
    return APP_FOLDER / parsed.database


def absolute(url: str) -> str:
    """`url`, with the path of a SQLite file made absolute from the app's folder."""
    file = sqlite_file(url)
    if file is None:
        return url
    return sa.make_url(url).set(database=str(file)).render_as_string(hide_password=False)


def results_url() -> str:
    """The URL of the results database, as the app uses it."""
    return absolute(configured_url())


def engine_options(url: str) -> dict:
    """Options of the engine for `url` that bound every wait to TIMEOUT_SECONDS."""
    backend = sa.make_url(url).get_backend_name()
    if backend == "sqlite":
        return {"connect_args": {"timeout": TIMEOUT_SECONDS}}
    if backend == "postgresql":
        limits = f"-c statement_timeout={TIMEOUT_SECONDS}s -c lock_timeout={TIMEOUT_SECONDS}s"
        connect_args = {"connect_timeout": TIMEOUT_SECONDS, "options": limits}
        return {"connect_args": connect_args, "pool_pre_ping": True}
    return {"pool_pre_ping": True, "pool_timeout": TIMEOUT_SECONDS}


def create_table(database: sa.Engine) -> None:
    """Create the results table unless it exists, also when another process does so at the
    same moment."""
    try:
        METADATA.create_all(database)
    except sa.exc.DatabaseError:
        if not sa.inspect(database).has_table(RESULTS.name):
            raise


@st.cache_resource(show_spinner=False)
def prepared_engine(url: str) -> sa.Engine:
    """The engine for `url`, its table created: once per server process and URL, shared by
    every session. A failure is not cached: the next use tries again."""
    if url == absolute(DEFAULT_URL):  # the data folder is the app's to make
        sqlite_file(DEFAULT_URL).parent.mkdir(parents=True, exist_ok=True)
    database = sa.create_engine(url, **engine_options(url))
    try:
        create_table(database)
    except BaseException:
        database.dispose()
        raise
    return database


def engine() -> sa.Engine:
    """The engine of the results database that secrets.toml names, ready to use."""
    return prepared_engine(results_url())


def fetch(database: sa.Engine, multiplier: int, add: int) -> pd.DataFrame | None:
    """The stored table for these parameters, or None."""
    key = (RESULTS.c.multiplier == multiplier) & (RESULTS.c.add_value == add)
    with database.connect() as connection:
        stored = connection.execute(sa.select(RESULTS.c.table_json).where(key)).scalar()
    return None if stored is None else pd.read_json(io.StringIO(stored), orient="split")


def check_writable(database: sa.Engine) -> None:
    """Fail, as storing would, if the database refuses writes: before any work is done."""
    with database.begin() as connection:
        connection.execute(sa.delete(RESULTS).where(RESULTS.c.id < 0))


def save(database: sa.Engine, multiplier: int, add: int, table: pd.DataFrame) -> None:
    """Store the table and forget the oldest rows beyond KEPT_RESULTS, in one transaction."""
    row = {"multiplier": multiplier, "add_value": add, "table_json": table.to_json(orient="split")}
    newest = sa.select(RESULTS.c.id).order_by(RESULTS.c.id.desc()).limit(KEPT_RESULTS)
    # The same parameters give the same table: a row that another session stored first is kept,
    # and as nothing was added, nothing needs forgetting.
    with contextlib.suppress(sa.exc.IntegrityError), database.begin() as connection:
        connection.execute(sa.insert(RESULTS).values(**row))
        connection.execute(sa.delete(RESULTS).where(RESULTS.c.id.not_in(newest)))


def explain(error: Exception) -> str:
    """What the user should know and do about this failure of the database."""
    if isinstance(error, (ImportError, sa.exc.NoSuchModuleError)):
        return f"{NO_DRIVER} ({error})"
    if isinstance(error, sa.exc.ArgumentError):
        return BAD_URL
    original = getattr(error, "orig", None)
    code = getattr(original, "sqlite_errorname", None) or getattr(original, "sqlstate", None)
    if code in DRIVER_FAILURES:
        return DRIVER_FAILURES[code]
    return TIMED_OUT if "timeout expired" in str(original) else UNREACHABLE


def unavailable_on_database_errors(function: Callable) -> Callable:
    """`function`, except that a failure of the database becomes StoreUnavailable, saying
    what went wrong and what to do."""

    @functools.wraps(function)
    def guarded(*args, **kwargs):
        try:
            return function(*args, **kwargs)
        except (ImportError, sa.exc.SQLAlchemyError) as error:
            raise StoreUnavailable(explain(error)) from error

    return guarded


@unavailable_on_database_errors
def stored(multiplier: int, add: int) -> pd.DataFrame | None:
    """The table any session stored for these parameters, or None; never computes."""
    return fetch(engine(), multiplier, add)


@unavailable_on_database_errors
def compute_and_store(multiplier: int, add: int, report: Report = ignore_progress) -> pd.DataFrame:
    """The table for these parameters: the one stored, else built now (reporting its progress)
    and stored; nothing is built when it could not be stored."""
    database = engine()
    table = fetch(database, multiplier, add)
    if table is None:
        check_writable(database)
        table = build_table(multiplier, add, report)
        save(database, multiplier, add, table)
    return table


@unavailable_on_database_errors
def clear() -> None:
    """Delete every stored result."""
    with engine().begin() as connection:
        connection.execute(sa.delete(RESULTS))
