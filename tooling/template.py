"""The template on disk and what its cookiecutter.json declares: questions, choices, patterns."""

import json
import shutil
from pathlib import Path

TEMPLATE = Path(__file__).resolve().parent.parent
PROJECT_TEMPLATE = next(TEMPLATE.glob("[{][{]cookiecutter*"))
DEFAULTS = json.loads((TEMPLATE / "cookiecutter.json").read_text(encoding="utf-8"))
# The pattern catalogue: each pattern's one entry (title, icon, summary, files, timed clicks),
# in the order of the navigation. Its yes/no question is `pattern_<name>`.
CATALOGUE: dict[str, dict] = DEFAULTS["_patterns"]
PATTERN_OPTIONS = [f"pattern_{name}" for name in CATALOGUE]
# Every question cookiecutter asks, in order: a Return at each accepts its default.
QUESTIONS = [name for name in DEFAULTS if not name.startswith("_")]
TOOL_OPTIONS = [
    name for name, value in DEFAULTS.items() if value is True and not name.startswith("pattern_")
]
# What a copy of the template leaves out: version control, environments, caches, build output.
NOT_TEMPLATE = shutil.ignore_patterns(
    ".git", ".venv", "build", "node_modules", "__pycache__", ".pytest_cache", ".ruff_cache"
)
CHOICES = {
    name: values
    for name, values in DEFAULTS.items()
    if isinstance(values, list) and not name.startswith("_")
}


def page_source(name: str) -> str:
    """The source of a pattern's page module, or of all its variants (`<name>.<answer>.py`)."""
    patterns = PROJECT_TEMPLATE / "{{cookiecutter.project_slug}}" / "patterns"
    modules = [*patterns.glob(f"{name}.py"), *patterns.glob(f"{name}.*.py")]
    return "".join(module.read_text(encoding="utf-8") for module in modules)


def only(*patterns: str) -> dict[str, bool]:
    """Answers that pick exactly these pattern options and no other."""
    unknown = set(patterns) - set(PATTERN_OPTIONS)
    if unknown:
        raise ValueError(f"unknown pattern options: {sorted(unknown)}")
    return {option: option in patterns for option in PATTERN_OPTIONS}


def copy_template(destination: Path) -> Path:
    """A copy of the template's own files at `destination`, to change or to put under git."""
    shutil.copytree(TEMPLATE, destination, ignore=NOT_TEMPLATE)
    return destination
