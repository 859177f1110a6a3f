"""The database result store against a real PostgreSQL server, when CI provides one."""

import os

import pytest

from tooling.commands import CLEAN_ENV
from tooling.template import only

POSTGRES_URL = os.environ.get("RESULTS_DATABASE_URL")


def test_database_store_behaves_the_same_on_postgresql(bake):
    """Persistence across a restart, sharing, idempotent concurrent writes: on PostgreSQL too."""
    if not POSTGRES_URL:
        message = "set RESULTS_DATABASE_URL to a PostgreSQL URL (.ci/run starts a server)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    project = bake(**only("pattern_expensive_process"), result_store="database")
    env = {**CLEAN_ENV, "RESULTS_DATABASE_URL": POSTGRES_URL}
    result = project.run_tests_with(env, "-v", "tests/test_expensive_process.py")
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-2000:]
    assert "[postgresql]" in result.stdout and "FAILED" not in result.stdout
