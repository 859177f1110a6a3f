"""The answer sets that the template's tests bake, each with a readable id."""

import pytest

from tests.support import CHOICES, PATTERN_OPTIONS, only

# Free text a user may type: quotes, apostrophes, backslashes, Jinja and Markdown look-alikes,
# newlines, emoji and non-Latin letters. It must reach the app as data, exactly as typed.
TYPED_JINJA = ("{{ cookiecutter.project_slug }}", "{% if x %}")
TYPED_TEXT = (
    f'It\'s "quoted" \\ C:\\temp\\ {TYPED_JINJA[0]} {TYPED_JINJA[1]} """ \'\'\'\n'
    "🎈 Ünïcødé 日本語 Кириллица <b>**bold**</b> [link](https://example.com) $x$ :red[red]"
)


def literal(text: str) -> str:
    """`text` wrapped so that cookiecutter's --no-input rendering leaves it as typed."""
    return "{% raw %}" + text + "{% endraw %}"


HOSTILE_ANSWERS = {
    "project_name": literal(TYPED_TEXT),
    "project_slug": "hostile_text_app",
    "description": literal(TYPED_TEXT),
    "author_name": literal(TYPED_TEXT),
}


def option_id(option: str) -> str:
    """A short id for a pattern option."""
    return option.removeprefix("pattern_").replace("_", "-")


COMBINATIONS = [
    pytest.param({}, id="defaults-all-patterns"),
    pytest.param(only(), id="no-patterns"),
    *(pytest.param(only(option), id=f"only-{option_id(option)}") for option in PATTERN_OPTIONS),
    # The first value of a choice is the default, baked above.
    *(
        pytest.param({choice: value}, id=f"{choice}-{value}")
        for choice, values in CHOICES.items()
        for value in values[1:]
    ),
    pytest.param(HOSTILE_ANSWERS, id="hostile-text"),
]
