"""Show text that a person typed as plain text, never as Markdown or HTML."""

import re

# Characters that Streamlit's Markdown gives a meaning: emphasis, links, headings, lists,
# code, HTML tags, LaTeX ($), emoji and colour shortcodes (:), tables (|) and escapes (\).
MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~:$&])")


def as_text(value: str) -> str:
    """`value` escaped so that Streamlit's Markdown shows every character as typed."""
    return MARKDOWN_SPECIALS.sub(r"\\\1", value)
