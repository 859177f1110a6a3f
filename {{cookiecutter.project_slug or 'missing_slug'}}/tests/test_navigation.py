"""The home page and every pattern page open without an error."""

from {{ cookiecutter.project_slug }} import patterns
from {{ cookiecutter.project_slug }}.home import NO_PATTERNS
from {{ cookiecutter.project_slug }}.project import DESCRIPTION, NAME
from {{ cookiecutter.project_slug }}.text import as_text

PATTERN_MODULES = patterns.discover()


def test_home_shows_the_project_name_and_description_as_typed(session):
    """A visitor sees the project's name as the title and its description below it."""
    assert session.at.title[0].value == as_text(NAME)
    assert session.at.markdown[0].value == as_text(DESCRIPTION)


def test_home_lists_every_pattern_page(session):
    """The home page names every pattern page, or says how to add one when there is none."""
    text = "\n".join(item.value for item in session.at.markdown)
    for module in PATTERN_MODULES:
        assert f"**{module.TITLE}**" in text
    if not PATTERN_MODULES:
        assert session.at.info[0].value.strip() == NO_PATTERNS.strip()


def test_every_pattern_page_opens(session):
    """A visitor opens each pattern page in turn and sees its title, with no error."""
    for module in PATTERN_MODULES:
        session.open(module)
        assert session.at.title[0].value == module.TITLE


def test_markup_in_typed_text_is_shown_as_text():
    """Markdown, HTML and address characters become character references, shown as typed."""
    joiner = "&#8288;"
    assert as_text("**b** [l](https://x.y) <i> a@b") == (
        f"&#42;&#42;b&#42;&#42; &#91;l&#93;&#40;https{joiner}&#58;//x{joiner}&#46;y&#41; "
        f"&#60;i&#62; a{joiner}&#64;b"
    )
    assert as_text("Ada Lovelace, 1815") == "Ada Lovelace, 1815"
