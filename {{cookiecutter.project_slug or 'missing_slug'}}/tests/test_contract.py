"""Every page module keeps the page contract, and the catalogue names exactly the modules."""

import pytest

from tests.support import PATTERN_MODULES, app_module

patterns = app_module("patterns")


@pytest.mark.parametrize("name", ["home", *(f"patterns.{name}" for name in PATTERN_MODULES)])
def test_every_page_module_has_a_docstring_and_a_render(name):
    """Each page module says what it is and has the render() that draws it."""
    module = app_module(name)
    assert module.__doc__ and module.__doc__.strip()
    assert callable(module.render)


def test_the_catalogue_names_exactly_the_pattern_modules():
    """PAGES has one entry per pattern module, each with a title, an icon and a summary."""
    assert sorted(patterns.PAGES) == PATTERN_MODULES, (
        "PAGES in patterns/__init__.py and the modules"
    )
    for name, page in patterns.PAGES.items():
        assert page.title.strip() and page.icon.strip() and page.summary.strip(), name


def test_page_titles_are_unique(navigation_entries):
    """No two pages of the navigation share a title."""
    titles = [title for _, title in navigation_entries]
    assert len(titles) == len(set(titles))
