"""The pattern pages: one module each, with a render() that the module runs as a script.

`PAGES` is the catalogue of the pages, in the order of the navigation: what the navigation and
the home page say about each one. To add a page, add a module with a render() function and the
`if __name__ == "__main__":` block at its end, and give it an entry here.
"""

import importlib
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType


@dataclass(frozen=True)
class Page:
    """What the navigation and the home page say about one pattern page."""

    title: str
    icon: str
    summary: str


# The module name of each page, and what is said about it, in the order of the navigation.
{%- set picked = cookiecutter | picked_patterns %}
{%- if picked %}
PAGES = {
{%- for name, page in picked %}
    {{ name | python_string }}: Page(
        title={{ page.title | python_string }},
        icon={{ page.icon | python_string }},
        summary={{ page.summary | python_string }},
    ),
{%- endfor %}
}
{%- else %}
PAGES: dict[str, Page] = {}
{%- endif %}


def page_of(path: str) -> Page:
    """The catalogue entry of the pattern module at `path` (the module's __file__)."""
    name = Path(path).stem
    if name not in PAGES:
        raise LookupError(f"patterns/{name}.py has no entry in PAGES (patterns/__init__.py)")
    return PAGES[name]


def page_modules() -> list[ModuleType]:
    """The module of every page of the catalogue, imported, in navigation order."""
    return [importlib.import_module(f"{__name__}.{name}") for name in PAGES]
