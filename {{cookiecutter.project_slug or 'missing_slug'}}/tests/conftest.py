"""Fixtures of the AppTest suite: a session per test, fresh caches around each test."""

import functools
import inspect
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from tests.support import TIMEOUT_SECONDS, Session, run_script

try:
    from streamlit.components.v2 import manifest_scanner
except ImportError:  # a Streamlit without custom-component scanning: nothing to speed up
    manifest_scanner = None
# The modules that set up and run AppTest's scripts, wherever a Streamlit version keeps them
# (None where it has no such runner).
app_test = sys.modules[AppTest.__module__]
script_runner = inspect.getmodule(getattr(app_test, "LocalScriptRunner", None))


# The mark expression of the default run (addopts in pyproject.toml): every test but the browser's.
DEFAULT_MARKS = "not e2e"


def pytest_ignore_collect(collection_path, config) -> bool | None:
    """Leave the browser tests' folder uncollected in the default run, which deselects them
    anyway: it then needs neither Playwright nor a browser, and starts sooner. `-m e2e` (or
    any other mark expression) collects it."""
    if collection_path.name == "e2e" and config.getoption("markexpr") == DEFAULT_MARKS:
        return True
    return None


@contextmanager
def replaced(module, name: str, replacement: Callable) -> Iterator[None]:
    """Within the block, `module.name` is `replacement(module.name)`.

    For the speed-ups below, which reach into Streamlit's internals: where a Streamlit has no
    such module or name, nothing is replaced and the suite runs the plain, slower way.
    """
    original = getattr(module, name, None)
    if original is None:
        yield
        return
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(module, name, replacement(original))
        yield


def one_instance(cls: type) -> Callable[..., object]:
    """A stand-in for `cls` whose every call returns the same instance, made by the first call
    with its arguments."""
    return functools.cache(lambda *args, **kwargs: cls(*args, **kwargs))


@pytest.fixture(scope="session", autouse=True)
def scan_components_once():
    """Scan the installed packages for Streamlit components once per test run, not per AppTest.

    Each new AppTest reads the metadata of every installed package to find components, most
    of its start-up time; the installed packages do not change while the tests run.
    """
    with replaced(manifest_scanner, "scan_component_manifests", functools.cache):
        yield


@pytest.fixture(scope="session", autouse=True)
def compile_scripts_once():
    """Compile each script once per test run, as the server does once per process.

    AppTest gives every run new, empty script caches, so each rerun would parse and compile
    the entry script and the page again: half of a rerun's time. Scripts do not change while
    the tests run.
    """
    with (
        replaced(app_test, "ScriptCache", one_instance),
        replaced(script_runner, "ScriptCache", one_instance),
    ):
        yield


@pytest.fixture(scope="session", autouse=True)
def one_mock_runtime():
    """Make AppTest's stand-in for the Streamlit server once per test run, not once per rerun.

    Building a mock with the server's whole interface takes a seventh of a rerun. AppTest
    gives the stand-in its media, data and cache managers afresh before every run, so a run
    still starts from new ones.
    """
    with replaced(app_test, "MagicMock", one_instance):
        yield


@pytest.fixture(autouse=True)
def fresh_caches():
    """Clear Streamlit's caches around each test: they outlive AppTest instances."""
    st.cache_data.clear()
    st.cache_resource.clear()
    yield
    st.cache_data.clear()
    st.cache_resource.clear()


def clear_the_store() -> None:
    """A script: forget every result of the app's result store."""
    from tests.support import app_module

    app_module("result_store").clear()


@pytest.fixture(autouse=True)
def results_database(tmp_path, monkeypatch) -> str:
    """Give every test's sessions an empty results database, as secrets.toml would: a new
    SQLite file, or the server that RESULTS_DATABASE_URL names (a PostgreSQL URL such as
    postgresql+psycopg://user:password@host/db), emptied first.

    Only the database result store reads it; the app's other stores ignore it.
    """
    server = os.environ.get("RESULTS_DATABASE_URL")
    url = server or f"sqlite:///{tmp_path / 'results.sqlite3'}"
    monkeypatch.setattr(Session, "secrets", {"connections": {"results": {"url": url}}})
    if server:  # earlier tests have used it
        run_script(clear_the_store)
    return url


@pytest.fixture
def session() -> Session:
    """A new browser session on the home page."""
    return Session()


@pytest.fixture
def navigation_entries() -> list[tuple[str, str]]:
    """The (URL path, title) of every page that the app's navigation builds."""

    def read_navigation():
        import streamlit as st

        from tests.support import app_module

        pages = app_module("navigation").pages()
        st.session_state["entries"] = [(page.url_path, page.title) for page in pages]

    at = AppTest.from_function(read_navigation, default_timeout=TIMEOUT_SECONDS).run()
    assert not at.exception
    return at.session_state["entries"]


@pytest.fixture
def new_session():
    """A factory of further, independent browser sessions: `new_session(page)` opens `page`."""
    return Session
