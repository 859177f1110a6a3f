"""Fixtures of the AppTest suite: a session per test, fresh caches around each test."""

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from tests.support import TIMEOUT_SECONDS, Session


@pytest.fixture(autouse=True)
def fresh_caches():
    """Clear Streamlit's caches around each test: they outlive AppTest instances."""
    st.cache_data.clear()
    st.cache_resource.clear()
    yield
    st.cache_data.clear()
    st.cache_resource.clear()


@pytest.fixture
def session() -> Session:
    """A new browser session on the home page."""
    return Session()


@pytest.fixture
def navigation_entries() -> list[tuple[str, str]]:
    """The (URL path, title) of every page that the app's navigation builds."""

    def read_navigation():
        import streamlit as st

        from {{ cookiecutter.project_slug }}.navigation import pages

        st.session_state["entries"] = [(page.url_path, page.title) for page in pages()]

    at = AppTest.from_function(read_navigation, default_timeout=TIMEOUT_SECONDS).run()
    assert not at.exception
    return at.session_state["entries"]


@pytest.fixture
def new_session():
    """A factory of further, independent browser sessions."""
    return Session
