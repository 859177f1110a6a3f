"""The app's navigation: the home page first, then one page per pattern module."""

from pathlib import Path
from types import ModuleType

import streamlit as st

from {{ cookiecutter.project_slug }} import home, patterns


def page_for(module: ModuleType, *, default: bool = False) -> st.Page:
    """A navigation page that runs `module` as its script, titled by its TITLE and ICON."""
    return st.Page(Path(module.__file__), title=module.TITLE, icon=module.ICON, default=default)


def pages() -> list[st.Page]:
    """The home page, then every pattern page."""
    return [page_for(home, default=True), *map(page_for, patterns.discover())]
