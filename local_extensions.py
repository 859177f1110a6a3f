"""Jinja filters that put free text into generated Python and TOML as data, never as code, and
that list the patterns picked."""

from jinja2 import Environment
from jinja2.ext import Extension

NAMED_ESCAPES = {"\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def escape_character(character: str, quote: str) -> str:
    """One character as it must stand inside a string literal delimited by `quote`."""
    if character in NAMED_ESCAPES:
        return NAMED_ESCAPES[character]
    if character == quote:
        return "\\" + quote
    if character.isprintable():
        return character
    code = ord(character)
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def string_literal(text: str, quote: str) -> str:
    """`text` as a literal delimited by `quote`, printable characters kept as typed."""
    body = "".join(escape_character(character, quote) for character in text)
    return quote + body + quote


def python_string(text: object) -> str:
    """A Python string literal for `text`, quoted the way `ruff format` would quote it."""
    text = str(text)
    quote = "'" if text.count('"') > text.count("'") else '"'
    return string_literal(text, quote)


def toml_string(text: object) -> str:
    """A TOML basic string for `text`."""
    return string_literal(str(text), '"')


def one_line(text: object) -> str:
    """`text` with every run of white space, newlines included, folded into one space."""
    return " ".join(str(text).split())


def picked_patterns(answers: dict) -> list[tuple[str, dict]]:
    """The (name, catalogue entry) of every pattern whose question was answered yes, in the
    catalogue's order."""
    return [
        (name, entry) for name, entry in answers["_patterns"].items() if answers[f"pattern_{name}"]
    ]


class TemplateFilters(Extension):
    """Adds the filters that write answers into generated files as data, and picked_patterns."""

    def __init__(self, environment: Environment) -> None:
        super().__init__(environment)
        environment.filters["python_string"] = python_string
        environment.filters["toml_string"] = toml_string
        environment.filters["one_line"] = one_line
        environment.filters["picked_patterns"] = picked_patterns
