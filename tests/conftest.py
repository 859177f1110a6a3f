"""Fixtures of the template's tests: bake a project once per set of answers. Hook: a test
marked `needs(...)` runs only with those system tools (tooling/system_tools.py)."""

import json

import pytest

from tests.support import Project
from tooling import system_tools
from tooling.template import TEMPLATE


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """Before a test marked `needs("nginx", ...)` sets up: skip it if a tool is missing, with
    the tool and how to install it; fail it instead when CI is set."""
    marks = list(item.iter_markers("needs"))
    if not marks:
        return
    names = [name for mark in marks for name in mark.args]
    decision = system_tools.verdict(names, ci=system_tools.on_ci())
    if decision is None:
        return
    outcome, reason = decision
    if outcome == "skip":
        pytest.skip(reason)
    pytest.fail(reason, pytrace=False)


@pytest.fixture(scope="session")
def bake(cookies_session):
    """Generate a project from these answers with pytest-cookies, once per test session."""
    baked: dict[str, Project] = {}

    def bake_answers(**answers) -> Project:
        key = json.dumps(answers, sort_keys=True)
        if key not in baked:
            result = cookies_session.bake(template=str(TEMPLATE), extra_context=answers)
            assert result.exit_code == 0, result.exception
            baked[key] = Project(result.project_path, result.context)
        return baked[key]

    return bake_answers
