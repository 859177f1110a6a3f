"""The template's README shows what it promises, and its derived parts are up to date."""

import re

from tooling import readme
from tooling.template import PROJECT_TEMPLATE, TEMPLATE

README = (TEMPLATE / "README.md").read_text(encoding="utf-8")


def test_the_catalogue_parts_of_the_readme_are_up_to_date():
    """The question table and the gallery are what `python3 -m tooling.readme` writes."""
    assert readme.updated(README) == README, "run `python3 -m tooling.readme`"


def test_readme_gallery_shows_every_page_module_and_each_screenshot_exists():
    """A screenshot of the home page and of every pattern module of the project template."""
    shown = re.findall(r"!\[[^\]]*\]\(docs/screenshots/([\w-]+)\.png\)", README)
    modules = PROJECT_TEMPLATE / "{{cookiecutter.project_slug}}" / "patterns"
    pages = {path.name.split(".")[0] for path in modules.glob("*.py")} - {"__init__"}
    assert sorted(shown) == sorted({"home", *pages})
    assert all((TEMPLATE / "docs" / "screenshots" / f"{name}.png").is_file() for name in shown)


def test_readme_asks_every_pattern_question_of_cookiecutter_json():
    """Each `pattern_` question that cookiecutter asks has its row in the question table."""
    asked = re.findall(r'^  "(pattern_\w+)": (?:true|false),$', _cookiecutter_json(), re.M)
    rows = re.findall(r"^\| `(pattern_\w+)` \|", README, re.M)
    assert asked and rows == asked


def _cookiecutter_json() -> str:
    """The text of cookiecutter.json, as cookiecutter reads its questions."""
    return (TEMPLATE / "cookiecutter.json").read_text(encoding="utf-8")
