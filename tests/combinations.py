"""The answer sets that the template's tests bake, each with a readable id."""

import pytest

from local_extensions import PICK_RULES
from tooling.template import CHOICES, PATTERN_OPTIONS, TOOL_OPTIONS, VARIANTS, only

# Free text a user may type: quotes, apostrophes, backslashes, single braces, percent and hash
# signs, newlines, emoji and non-Latin letters, Markdown and HTML. It must reach the app as data,
# exactly as typed. (Jinja delimiters are refused: tests/test_refusals.py.)
TYPED_TEXT = (
    'It\'s "quoted" \\ C:\\temp\\ { x } 50% #1 """ \'\'\'\n'
    "🎈 Ünïcødé 日本語 Кириллица <b>**bold**</b> [link](https://example.com) $x$ :red[red]"
)


# Every pattern, the database store (SQLAlchemy, psycopg) and the browser tests (Playwright):
# the project that declares the most dependencies.
ALL_DEPENDENCIES = {
    **only(*PATTERN_OPTIONS),
    "pattern_expensive_process": "database",
    "e2e_tests": True,
}

HOSTILE_ANSWERS = {
    "project_name": TYPED_TEXT,
    "project_slug": "hostile_text_app",
    "description": TYPED_TEXT,
    "author_name": TYPED_TEXT,
}


def all_pairs(options: dict[str, list]) -> list[dict]:
    """Few answer sets that, between them, hold every pair of values of every two options.

    Greedy: each new set starts from a pair not covered yet and gives every other option the
    value that covers the most pairs still uncovered. Deterministic, so test ids stay stable.
    """
    names = list(options)

    def pairs(answers: dict) -> set:
        chosen = [(name, answers[name]) for name in names if name in answers]
        return {(first, second) for i, first in enumerate(chosen) for second in chosen[i + 1 :]}

    uncovered = set(_value_pairs(options))
    answer_sets = []
    while uncovered:
        answers = dict(min(uncovered, key=repr))
        for name in names:
            if name not in answers:
                answers[name] = max(
                    options[name],
                    key=lambda value, name=name: len(pairs({**answers, name: value}) & uncovered),
                )
        uncovered -= pairs(answers)
        answer_sets.append({name: answers[name] for name in names})
    return answer_sets


def _value_pairs(options: dict[str, list]):
    """Every pair of (option, value) items from two different options."""
    names = list(options)
    for i, first in enumerate(names):
        for second in names[i + 1 :]:
            for a in options[first]:
                for b in options[second]:
                    yield (first, a), (second, b)


def option_id(option: str) -> str:
    """A short id for a pattern option."""
    return option.removeprefix("pattern_").replace("_", "-")


# Every yes/no question on or off, every variant of a page, and every value of every choice. A
# page's "no" is in the sets below that pick one page, or none.
OPTION_VALUES = {
    **{option: [True, False] for option in PATTERN_OPTIONS + TOOL_OPTIONS},
    **VARIANTS,
    **CHOICES,
}


def pairs_id(number: int, answers: dict) -> str:
    """A short id: the set's number, how many patterns are on, and the choices."""
    on = sum(PICK_RULES.picked(answers[option]) for option in PATTERN_OPTIONS)
    choices = "-".join(str(answers[choice]) for choice in [*VARIANTS, *CHOICES])
    return f"pairs{number:02d}-{on}patterns-{choices}"


COMBINATIONS = [
    pytest.param({}, id="defaults"),
    pytest.param(only(*PATTERN_OPTIONS), id="all-patterns"),
    pytest.param(only(), id="no-patterns"),
    *(pytest.param(only(option), id=f"only-{option_id(option)}") for option in PATTERN_OPTIONS),
    *(
        pytest.param(answers, id=pairs_id(number, answers))
        for number, answers in enumerate(all_pairs(OPTION_VALUES), start=1)
    ),
    pytest.param(HOSTILE_ANSWERS, id="hostile-text"),
]
