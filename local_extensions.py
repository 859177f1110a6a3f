"""Jinja filters that put free text into generated Python and TOML as data, never as code, that
list the patterns picked and the packages the app needs, and that make the default project slug
one the template accepts."""

import importlib.util
from pathlib import Path
from types import ModuleType

from jinja2 import Environment
from jinja2.ext import Extension

HOOKS = Path(__file__).resolve().parent / "hooks"

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


def load_hook(name: str) -> ModuleType:
    """The hook `hooks/<name>.py` as a module, unrendered: its rules run without answers."""
    spec = importlib.util.spec_from_file_location(f"{name}_rules", HOOKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# Loaded once, when cookiecutter imports this file: the template folder may be gone later. The
# pre-generation hook decides which slugs are usable, and the default slug follows its rules;
# the post-generation hook decides which answers pick a part, and the files follow its rule.
SLUG_RULES = load_hook("pre_gen_project")
PICK_RULES = load_hook("post_gen_project")


def picked_patterns(answers: dict) -> list[tuple[str, dict]]:
    """The (name, catalogue entry) of every pattern whose question was answered yes or with one
    of its variants, in the catalogue's order."""
    return [
        (name, entry)
        for name, entry in answers["_patterns"].items()
        if PICK_RULES.picked(answers[f"pattern_{name}"])
    ]


def runtime_dependencies(answers: dict) -> list[str]:
    """The packages the app needs to run, for these answers: the one list that both
    pyproject.toml's dependencies and requirements.txt (what Streamlit Community Cloud reads)
    are written from."""
    database = answers["pattern_expensive_process"] == "database"
    driver = ["psycopg[binary]>=3.2.10", "sqlalchemy>=2.0.31"] if database else []
    return ["pandas>=2.3.3", *driver, "streamlit>=1.64"]


class TemplateFilters(Extension):
    """Adds the filters that write answers into generated files as data, picked_patterns,
    runtime_dependencies and usable_slug, which turns any text into a slug that the
    pre-generation hook accepts."""

    def __init__(self, environment: Environment) -> None:
        super().__init__(environment)
        environment.filters["python_string"] = python_string
        environment.filters["toml_string"] = toml_string
        environment.filters["one_line"] = one_line
        environment.filters["picked_patterns"] = picked_patterns
        environment.filters["runtime_dependencies"] = runtime_dependencies
        environment.filters["usable_slug"] = SLUG_RULES.suggest_slug
