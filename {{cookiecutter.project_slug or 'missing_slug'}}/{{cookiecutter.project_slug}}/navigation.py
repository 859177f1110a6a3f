"""The app's navigation: the home page first, then the pattern pages of the catalogue (PAGES)."""

import copy
import functools
from pathlib import Path
from types import ModuleType

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from {{ cookiecutter.project_slug }} import home, patterns


def page_for(module: ModuleType, title: str, icon: str, *, default: bool = False) -> st.Page:
    """A navigation page that runs `module` as its script."""
    return st.Page(Path(module.__file__), title=title, icon=icon, default=default)


def pattern_page(module: ModuleType) -> st.Page:
    """The page of a pattern module, titled as the catalogue says."""
    page = patterns.page_of(module.__file__)
    return page_for(module, page.title, page.icon)


@functools.cache
def built_pages() -> tuple[st.Page, ...]:
    """The home page, then every pattern page, built once per server process: building a page
    resolves its file's path, which would take a third of every rerun. Outside a script run,
    st.Page builds nothing: raising there keeps the cache from holding such pages."""
    if get_script_run_ctx() is None:
        raise RuntimeError("the pages can only be built during a run of the app's script")
    home_page = page_for(home, home.TITLE, home.ICON, default=True)
    return (home_page, *map(pattern_page, patterns.page_modules()))


def pages() -> list[st.Page]:
    """The home page, then every pattern page, as new copies for this run: st.navigation marks
    the page it picks as the one this run may call, and sessions run side by side."""
    return [copy.copy(page) for page in built_pages()]
