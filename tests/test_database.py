"""The database result store against a real PostgreSQL server: the one that RESULTS_DATABASE_URL
names (.ci/run starts one)."""

import os

import pytest

from tooling.commands import CLEAN_ENV
from tooling.template import only


@pytest.mark.needs("postgresql")
def test_database_store_behaves_the_same_on_postgresql(bake):
    """Persistence across a restart, sharing, idempotent concurrent writes: on PostgreSQL too."""
    project = bake(**only("pattern_expensive_process"), result_store="database")
    env = {**CLEAN_ENV, "RESULTS_DATABASE_URL": os.environ["RESULTS_DATABASE_URL"]}
    result = project.run_tests_with(env, "-v", "tests/test_result_store.py")
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-2000:]
    assert "[postgresql]" in result.stdout and "FAILED" not in result.stdout
