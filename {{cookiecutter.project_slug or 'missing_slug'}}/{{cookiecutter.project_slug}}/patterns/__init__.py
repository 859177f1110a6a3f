"""One module per pattern page: each has TITLE, ICON and render(), and runs render() as a script.

Every module in this package is a page of the app, in file-name order: to add a page, add a
module with the same three names and the `if __name__ == "__main__":` block at its end.
"""

import importlib
import pkgutil
from types import ModuleType


def discover() -> list[ModuleType]:
    """Every pattern module of this package, in file-name order."""
    names = sorted(info.name for info in pkgutil.iter_modules(__path__))
    return [importlib.import_module(f"{__name__}.{name}") for name in names]
