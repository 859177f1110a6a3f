"""The database result store against a real PostgreSQL server: the one that RESULTS_DATABASE_URL
names (.ci/run starts one)."""

import os

import pytest
import sqlalchemy as sa

from tooling.commands import CLEAN_ENV
from tooling.template import only

RESULTS_TABLE = "expensive_results"


def drop_results_table(url: str) -> None:
    """Remove the store's table from the server, so that only this run can create it again."""
    database = sa.create_engine(url)
    with database.begin() as connection:
        connection.execute(sa.text(f"DROP TABLE IF EXISTS {RESULTS_TABLE}"))
    database.dispose()


def has_results_table(url: str) -> bool:
    """Whether the store's table exists on the server."""
    database = sa.create_engine(url)
    try:
        return sa.inspect(database).has_table(RESULTS_TABLE)
    finally:
        database.dispose()


@pytest.mark.needs("postgresql")
def test_the_database_projects_whole_suite_passes_on_postgresql(bake):
    """Every story of a database-store project, persistence, sharing and concurrent writes
    included, passes against the PostgreSQL server, which the store really used."""
    url = os.environ["RESULTS_DATABASE_URL"]
    project = bake(**{**only("pattern_expensive_process"), "pattern_expensive_process": "database"})
    drop_results_table(url)
    result = project.run_tests_with({**CLEAN_ENV, "RESULTS_DATABASE_URL": url}, "-q")
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-2000:]
    assert "passed" in result.stdout and "skipped" not in result.stdout
    assert has_results_table(url), "the suite did not use the PostgreSQL server"
