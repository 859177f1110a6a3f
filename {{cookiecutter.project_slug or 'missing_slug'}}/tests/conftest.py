"""Shared AppTest set-up: the app's absolute path, a generous timeout and fresh caches."""

from pathlib import Path
from types import ModuleType
from typing import Self

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

APP_PATH = Path(__file__).resolve().parent.parent / "streamlit_app.py"
# AppTest's default of 3 s is too short for a cold start on a slow CI machine.
TIMEOUT_SECONDS = 30


class Session:
    """One browser session of the app, driven through AppTest, checked after every step."""

    def __init__(self) -> None:
        self.at = AppTest.from_file(str(APP_PATH), default_timeout=TIMEOUT_SECONDS)
        self.run()

    def run(self) -> Self:
        """Rerun the script and check that the page shows no exception and no error."""
        self.at.run()
        assert not self.at.exception, [item.value for item in self.at.exception]
        assert not self.at.error, [item.value for item in self.at.error]
        return self

    def open(self, page: ModuleType) -> Self:
        """Switch to the page that runs the module `page`."""
        relative = Path(page.__file__).resolve().relative_to(APP_PATH.parent)
        self.at.switch_page(relative.as_posix())
        return self.run()

    def click(self, key: str) -> Self:
        """Click the button with this key."""
        self.at.button(key=key).click()
        return self.run()

    def type(self, key: str, text: str) -> Self:
        """Type `text` into the text input with this key."""
        self.at.text_input(key=key).input(text)
        return self.run()

    def set(self, widget: str, key: str, value) -> Self:
        """Set the value of the widget of this kind ("slider", "selectbox"...) with this key."""
        getattr(self.at, widget)(key=key).set_value(value)
        return self.run()

    def has(self, widget: str, key: str) -> bool:
        """Whether the page shows a widget of this kind with this key."""
        return any(item.key == key for item in getattr(self.at, widget))

    def value(self, key: str):
        """The session-state value under `key`."""
        return self.at.session_state[key]


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
def new_session():
    """A factory of further, independent browser sessions."""
    return Session
