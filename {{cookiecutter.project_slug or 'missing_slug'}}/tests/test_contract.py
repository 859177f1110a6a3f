"""Every pattern module keeps the page contract and appears exactly once in the navigation."""

from pathlib import Path

from {{ cookiecutter.project_slug }} import patterns

PATTERN_MODULES = patterns.discover()


def test_every_pattern_module_has_a_title_an_icon_a_summary_and_render():
    """Each module has a non-empty TITLE and ICON, a one-line docstring and a render()."""
    for module in PATTERN_MODULES:
        assert isinstance(module.TITLE, str) and module.TITLE.strip(), module.__name__
        assert isinstance(module.ICON, str) and module.ICON.strip(), module.__name__
        assert module.__doc__ and module.__doc__.strip(), module.__name__
        assert callable(module.render), module.__name__


def test_every_pattern_module_appears_exactly_once_in_the_navigation(navigation_entries):
    """The navigation holds the home page and one page per pattern module, nothing else."""
    entries = navigation_entries
    url_paths = [url_path for url_path, _ in entries]
    for module in PATTERN_MODULES:
        assert url_paths.count(Path(module.__file__).stem) == 1, module.__name__
        assert (Path(module.__file__).stem, module.TITLE) in entries
    assert len(entries) == 1 + len(PATTERN_MODULES)


def test_page_titles_are_unique(navigation_entries):
    """No two pages of the navigation share a title."""
    titles = [title for _, title in navigation_entries]
    assert len(titles) == len(set(titles))
