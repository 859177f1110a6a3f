"""The template on disk and what its cookiecutter.json declares: questions, choices, patterns."""

import json
import shutil
from pathlib import Path

TEMPLATE = Path(__file__).resolve().parent.parent
PROJECT_TEMPLATE = next(TEMPLATE.glob("[{][{]cookiecutter*"))
DEFAULTS = json.loads((TEMPLATE / "cookiecutter.json").read_text(encoding="utf-8"))
# The pattern catalogue: each pattern's one entry (title, icon, summary, files, timed clicks),
# in the order of the navigation. Its question is `pattern_<name>`: yes/no, or a choice of its
# variants ending with the answer that declines it.
CATALOGUE: dict[str, dict] = DEFAULTS["_patterns"]
PATTERN_OPTIONS = [f"pattern_{name}" for name in CATALOGUE]
# Each pattern question that offers variants, and its variants (its choices but the last).
VARIANTS = {
    option: DEFAULTS[option][:-1]
    for option in PATTERN_OPTIONS
    if isinstance(DEFAULTS[option], list)
}
# Every question cookiecutter asks, in order: a Return at each accepts its default.
QUESTIONS = [name for name in DEFAULTS if not name.startswith("_")]
TOOL_OPTIONS = [
    name for name, value in DEFAULTS.items() if value is True and not name.startswith("pattern_")
]
# What a copy of the template leaves out: version control, environments, caches, build output.
NOT_TEMPLATE = shutil.ignore_patterns(
    ".git", ".venv", "build", "node_modules", "__pycache__", ".pytest_cache", ".ruff_cache"
)
# The choice questions that are not about a pattern.
CHOICES = {
    name: values
    for name, values in DEFAULTS.items()
    if isinstance(values, list) and not name.startswith(("_", "pattern_"))
}


def page_source(name: str) -> str:
    """The source of a pattern's page module, or of all its variants (`<name>.<answer>.py`)."""
    patterns = PROJECT_TEMPLATE / "{{cookiecutter.project_slug}}" / "patterns"
    modules = [*patterns.glob(f"{name}.py"), *patterns.glob(f"{name}.*.py")]
    return "".join(module.read_text(encoding="utf-8") for module in modules)


def pattern_answer(option: str, pick: bool) -> bool | str:
    """The answer to a pattern question that picks the pattern (yes, or its default variant) or
    declines it (no)."""
    default = DEFAULTS[option]
    if isinstance(default, list):
        return default[0] if pick else default[-1]
    return pick


def only(*patterns: str) -> dict[str, bool | str]:
    """Answers that pick exactly these pattern options, in their default variant, and no other."""
    unknown = set(patterns) - set(PATTERN_OPTIONS)
    if unknown:
        raise ValueError(f"unknown pattern options: {sorted(unknown)}")
    return {option: pattern_answer(option, option in patterns) for option in PATTERN_OPTIONS}


def copy_template(destination: Path) -> Path:
    """A copy of the template's own files at `destination`, to change or to put under git."""
    shutil.copytree(TEMPLATE, destination, ignore=NOT_TEMPLATE)
    return destination
