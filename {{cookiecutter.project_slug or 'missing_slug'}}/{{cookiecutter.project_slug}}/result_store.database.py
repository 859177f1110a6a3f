"""Results of the slow work kept in a SQL database: every session and every server shares them.

Every result store has the same interface: `WHERE`, `stored` (look up, never compute),
`compute_and_store` and `clear`. This one raises StoreUnavailable, saying what to check, when
the database cannot be used.
"""

import contextlib
import functools
import io
from collections.abc import Callable

import pandas as pd
import sqlalchemy as sa
import streamlit as st

from {{ cookiecutter.project_slug }}.slow_work import KEPT_RESULTS, StoreUnavailable, build_table

WHERE = (
    "in a **SQL database** (`st.connection` `results`): every session and every server "
    f"process sees them, and they survive a restart. At most {KEPT_RESULTS} are kept: "
    "asking for more forgets the oldest"
)
CONNECTION_NAME = "results"
# Used when .streamlit/secrets.toml sets no [connections.results]: a file next to the app.
DEFAULT_URL = "sqlite:///results.sqlite3"
HELP = (
    "The results database cannot be reached. Check `url` under `[connections.results]` in "
    ".streamlit/secrets.toml, and that the database server is running and accepts it."
)

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


def results_url() -> str:
    """The database URL: `url` of [connections.results] in secrets.toml, else the SQLite file."""
    try:
        connections = st.secrets.get("connections", {})
    except FileNotFoundError:  # no secrets.toml at all
        return DEFAULT_URL
    return connections.get(CONNECTION_NAME, {}).get("url", DEFAULT_URL)


def engine() -> sa.Engine:
    """The database engine, shared by every session through st.connection's own cache."""
    return st.connection(CONNECTION_NAME, type="sql", url=results_url()).engine


def fetch(database: sa.Engine, multiplier: int, add: int) -> pd.DataFrame | None:
    """The stored table for these parameters, or None; creates the table on first use."""
    with database.begin() as connection:
        METADATA.create_all(connection)
        key = (RESULTS.c.multiplier == multiplier) & (RESULTS.c.add_value == add)
        stored = connection.execute(sa.select(RESULTS.c.table_json).where(key)).scalar()
    return None if stored is None else pd.read_json(io.StringIO(stored), orient="split")


def save(database: sa.Engine, multiplier: int, add: int, table: pd.DataFrame) -> None:
    """Store the table and forget the oldest rows beyond KEPT_RESULTS, in one transaction."""
    row = {"multiplier": multiplier, "add_value": add, "table_json": table.to_json(orient="split")}
    newest = sa.select(RESULTS.c.id).order_by(RESULTS.c.id.desc()).limit(KEPT_RESULTS)
    # The same parameters give the same table: a row that another session stored first is kept,
    # and as nothing was added, nothing needs forgetting.
    with contextlib.suppress(sa.exc.IntegrityError), database.begin() as connection:
        connection.execute(sa.insert(RESULTS).values(**row))
        connection.execute(sa.delete(RESULTS).where(RESULTS.c.id.not_in(newest)))


def unavailable_on_database_errors(function: Callable) -> Callable:
    """`function`, except that a database error becomes StoreUnavailable, saying what to check."""

    @functools.wraps(function)
    def guarded(*args, **kwargs):
        try:
            return function(*args, **kwargs)
        except sa.exc.SQLAlchemyError as error:
            raise StoreUnavailable(HELP) from error

    return guarded


@unavailable_on_database_errors
def stored(multiplier: int, add: int) -> pd.DataFrame | None:
    """The table any session stored for these parameters, or None; never computes."""
    return fetch(engine(), multiplier, add)


@unavailable_on_database_errors
def compute_and_store(multiplier: int, add: int) -> pd.DataFrame:
    """The table for these parameters: the one stored, else built now and stored."""
    database = engine()
    table = fetch(database, multiplier, add)
    if table is None:
        table = build_table(multiplier, add)
        save(database, multiplier, add, table)
    return table


@unavailable_on_database_errors
def clear() -> None:
    """Delete every stored result."""
    with engine().begin() as connection:
        METADATA.create_all(connection)
        connection.execute(sa.delete(RESULTS))
