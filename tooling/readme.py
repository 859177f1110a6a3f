"""The parts of README.md that are derived from the pattern catalogue, and their update.

    python3 -m tooling.readme    rewrite those parts of README.md from cookiecutter.json

Each part stands between `<!-- catalogue: NAME -->` and `<!-- end catalogue: NAME -->`.
"""

import re
import sys

from tooling.template import CATALOGUE, DEFAULTS, TEMPLATE, VARIANTS

README = TEMPLATE / "README.md"
SCREENSHOTS = "docs/screenshots"


def answer(value: bool | list[str]) -> str:
    """A question's default as a user types it: yes, no, or the first choice."""
    if isinstance(value, list):
        return value[0]
    return "yes" if value else "no"


def variant_answers(option: str) -> str:
    """What each variant answer of a pattern question picks, from its prompt texts."""
    texts = DEFAULTS["__prompts__"][option]
    picks = [f"`{variant}` ({texts[variant]})" for variant in VARIANTS[option]]
    return f" Its answers: {', '.join(picks)}, or `no`."


def questions() -> str:
    """One table row per pattern question: its default, title, summary and variant answers."""
    rows = ["| question | default | the page |", "| --- | --- | --- |"]
    for name, entry in CATALOGUE.items():
        option = f"pattern_{name}"
        also = variant_answers(option) if option in VARIANTS else ""
        rows.append(
            f"| `{option}` | {answer(DEFAULTS[option])} "
            f"| **{entry['title']}**: {entry['summary']}{also} |"
        )
    return "\n".join(rows)


def testability() -> str:
    """One table row per page: the Streamlit version it needs, what AppTest proves of it and
    what only the browser tests can."""
    rows = [
        "| page | needs Streamlit | AppTest proves | only the browser proves |",
        "| --- | --- | --- | --- |",
    ]
    for entry in CATALOGUE.values():
        version, feature = entry["streamlit"]
        rows.append(
            f"| **{entry['title']}** | {version} ({feature}) "
            f"| {entry['apptest']} | {entry['browser']} |"
        )
    return "\n".join(rows)


def gallery() -> str:
    """A two-column table of screenshots: the home page, then every pattern page."""
    pages = [("home", "Home"), *((name, entry["title"]) for name, entry in CATALOGUE.items())]
    cells = [f"**{title}**<br>![{title}]({SCREENSHOTS}/{name}.png)" for name, title in pages]
    if len(cells) % 2:
        cells.append("")
    rows = [f"| {left} | {right} |" for left, right in zip(cells[::2], cells[1::2], strict=True)]
    return "\n".join(["| | |", "| --- | --- |", *rows])


PARTS = {"questions": questions, "testability": testability, "gallery": gallery}


def updated(text: str) -> str:
    """`text` with every derived part rewritten from the catalogue."""
    for name, build in PARTS.items():
        pattern = re.compile(
            rf"(<!-- catalogue: {name} -->\n).*?(\n<!-- end catalogue: {name} -->)", re.DOTALL
        )
        if not pattern.search(text):
            raise ValueError(f"README.md has no part named {name}")
        text = pattern.sub(lambda match, build=build: match[1] + build() + match[2], text)
    return text


def main() -> int:
    """Rewrite the derived parts of README.md; say whether anything changed."""
    text = README.read_text(encoding="utf-8")
    new = updated(text)
    README.write_text(new, encoding="utf-8")
    print("README.md updated." if new != text else "README.md was up to date.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
