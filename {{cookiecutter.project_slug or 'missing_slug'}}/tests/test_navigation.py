"""The navigation holds the home page and one page per pattern module, and every page opens."""

from tests.support import PATTERN_MODULES, app_module

patterns = app_module("patterns")
project = app_module("project")
as_text = app_module("text").as_text


def test_the_navigation_has_the_home_page_then_one_page_per_module(navigation_entries):
    """Home comes first, then exactly one entry per pattern module on disk, none missing."""
    assert navigation_entries[0][1] == "Home"
    assert sorted(url_path for url_path, _ in navigation_entries[1:]) == PATTERN_MODULES


def test_each_navigation_entry_opens_its_own_module(session, navigation_entries):
    """Opening a pattern module's page shows the title that its navigation entry gives."""
    titles = dict(navigation_entries)
    for name in PATTERN_MODULES:
        session.open(app_module(f"patterns.{name}"))
        assert session.at.title[0].value == titles[name], name


def test_home_shows_the_project_name_and_description_as_typed(session):
    """A visitor sees the project's name as the title and its description below it."""
    assert session.at.title[0].value == as_text(project.NAME)
    assert session.at.markdown[0].value == as_text(project.DESCRIPTION)


def test_home_lists_every_pattern_page(session, navigation_entries):
    """The home page names every page of the navigation, or says how to add one if none."""
    text = "\n".join(item.value for item in session.at.markdown)
    for _, title in navigation_entries[1:]:
        assert f"**{title}**" in text
    if not PATTERN_MODULES:
        home = app_module("home")
        assert session.at.info[0].value.strip() == home.NO_PATTERNS.strip()


def test_markup_in_typed_text_is_shown_as_text():
    """Markdown, HTML and address characters become character references, shown as typed."""
    joiner = "&#8288;"
    assert as_text("**b** [l](https://x.y) <i> a@b") == (
        f"&#42;&#42;b&#42;&#42; &#91;l&#93;&#40;https{joiner}&#58;//x{joiner}&#46;y&#41; "
        f"&#60;i&#62; a{joiner}&#64;b"
    )
    assert as_text("Ada Lovelace, 1815") == "Ada Lovelace, 1815"
