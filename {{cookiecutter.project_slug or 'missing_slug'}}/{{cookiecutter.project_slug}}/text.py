"""Show text that a person typed as plain text, never as Markdown, HTML or a link."""

import re

# Characters that Streamlit's Markdown gives a meaning: emphasis, links, headings, lists, code,
# HTML tags and entities, LaTeX ($), emoji and colour shortcodes (:), tables (|), escapes (\).
MARKDOWN_SPECIALS = re.compile(r"[\\`*_{}\[\]()#+\-.!|<>~:$&@]")
# Streamlit links a typed web or mail address even when its characters are escaped; an
# invisible word joiner before each ".", ":" and "@" keeps the address plain text.
ADDRESS_MARKS = {".", ":", "@"}
WORD_JOINER = "&#8288;"


def reference(character: str) -> str:
    """`character` as a numeric character reference, after a word joiner for address marks."""
    joiner = WORD_JOINER if character in ADDRESS_MARKS else ""
    return f"{joiner}&#{ord(character)};"


def as_text(value: str) -> str:
    """`value` for Streamlit's Markdown: it shows as typed, and no character means markup.

    A backslash escape is not enough: Streamlit still turns `https\\://x\\.y` into a link.
    """
    return MARKDOWN_SPECIALS.sub(lambda match: reference(match.group()), value)
