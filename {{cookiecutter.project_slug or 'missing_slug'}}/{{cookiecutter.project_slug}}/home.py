"""Home: what the app is, why buttons need patterns, and which pattern pages it has."""

import streamlit as st

from {{ cookiecutter.project_slug }} import patterns
from {{ cookiecutter.project_slug }}.project import DESCRIPTION, NAME
from {{ cookiecutter.project_slug }}.text import as_text

TITLE = "Home"
ICON = ":material/home:"

WHY = """
Streamlit runs your script from top to bottom on every interaction, and `st.button` keeps
no state: it returns `True` only on the one rerun that its click causes. Anything drawn
under `if st.button(...)` is gone at the next click anywhere on the page. Each page of this
app is one pattern that deals with that, ready to copy into your own app.
"""

NO_PATTERNS = """
This app has no pattern pages yet. Add a module with a `render()` function to the `patterns`
package and an entry for it to `PAGES` in `patterns/__init__.py`, and it appears in the
navigation.
"""


def pattern_line(page: patterns.Page) -> str:
    """One Markdown list item: the page's icon, title and summary."""
    return f"- {page.icon} **{page.title}**: {page.summary}"


def render() -> None:
    """Draw the home page."""
    st.title(as_text(NAME))
    st.write(as_text(DESCRIPTION))
    st.subheader("Why these patterns")
    st.markdown(WHY)
    if patterns.PAGES:
        st.subheader("Pages")
        st.markdown("\n".join(map(pattern_line, patterns.PAGES.values())))
    else:
        st.info(NO_PATTERNS)


if __name__ == "__main__":
    render()
