"""One module per pattern page: each has TITLE, ICON and render(), and runs render() as a script.

Every module in this package is a page of the app. To add a page, add a module with the same
three names and the `if __name__ == "__main__":` block at its end.
"""

import importlib
import pkgutil
from types import ModuleType

# The patterns in the order the Streamlit docs teach them; any other module follows, by name.
CATALOGUE_ORDER = (
    "temporary_message",
    "stateful_button",
    "toggle_button",
    "stages",
    "modify_state",
    "reset_widgets",
    "dynamic_widgets",
    "expensive_process",
    "anti_patterns",
)


def position(name: str) -> tuple[int, str]:
    """Where the module `name` goes in the navigation."""
    known = name in CATALOGUE_ORDER
    return (CATALOGUE_ORDER.index(name) if known else len(CATALOGUE_ORDER), name)


def discover() -> list[ModuleType]:
    """Every pattern module of this package, in catalogue order."""
    names = sorted((info.name for info in pkgutil.iter_modules(__path__)), key=position)
    return [importlib.import_module(f"{__name__}.{name}") for name in names]
