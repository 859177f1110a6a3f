"""Fixtures of the template's tests: bake a project once per set of answers."""

import json

import pytest

from tests.support import Project
from tooling.template import TEMPLATE


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
