"""The template on disk and what its cookiecutter.json declares: questions, choices, patterns."""

import json
from pathlib import Path

TEMPLATE = Path(__file__).resolve().parent.parent
PROJECT_TEMPLATE = next(TEMPLATE.glob("[{][{]cookiecutter*"))
DEFAULTS = json.loads((TEMPLATE / "cookiecutter.json").read_text(encoding="utf-8"))
# The pattern catalogue: each pattern's one entry (title, icon, summary, files, timed clicks),
# in the order of the navigation. Its yes/no question is `pattern_<name>`.
CATALOGUE: dict[str, dict] = DEFAULTS["_patterns"]
PATTERN_OPTIONS = [f"pattern_{name}" for name in CATALOGUE]
TOOL_OPTIONS = [
    name for name, value in DEFAULTS.items() if value is True and not name.startswith("pattern_")
]
CHOICES = {
    name: values
    for name, values in DEFAULTS.items()
    if isinstance(values, list) and not name.startswith("_")
}


def only(*patterns: str) -> dict[str, bool]:
    """Answers that pick exactly these pattern options and no other."""
    unknown = set(patterns) - set(PATTERN_OPTIONS)
    if unknown:
        raise ValueError(f"unknown pattern options: {sorted(unknown)}")
    return {option: option in patterns for option in PATTERN_OPTIONS}
