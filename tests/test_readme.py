"""The template's README shows what it promises."""

import re
from pathlib import Path

from tooling.template import PATTERN_OPTIONS, TEMPLATE


def test_readme_gallery_shows_every_page():
    """The README shows a screenshot of the home page and of every pattern page, and each exists."""
    readme = (TEMPLATE / "README.md").read_text(encoding="utf-8")
    shown = re.findall(r"!\[[^\]]*\]\((docs/screenshots/[\w-]+\.png)\)", readme)
    expected = {"home", *(option.removeprefix("pattern_") for option in PATTERN_OPTIONS)}
    assert {Path(path).stem for path in shown} == expected
    assert all((TEMPLATE / path).is_file() for path in shown)
