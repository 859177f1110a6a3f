"""The template's README shows what it promises, and its derived parts are up to date."""

import re
import tomllib

from tests.support import cookiecutter_cli
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
    asked = re.findall(r'^  "(pattern_\w+)": ', _cookiecutter_json(), re.M)
    rows = re.findall(r"^\| `(pattern_\w+)` \|", README, re.M)
    assert asked and rows == asked


def _cookiecutter_json() -> str:
    """The text of cookiecutter.json, as cookiecutter reads its questions."""
    return (TEMPLATE / "cookiecutter.json").read_text(encoding="utf-8")


def readme_block(heading: str, language: str) -> str:
    """The first fenced block in `language` under the README's `heading`."""
    section = README.split(f"\n{heading}\n", 1)[1]
    return re.search(rf"^```{language}\n(.*?)^```$", section, re.M | re.S)[1]


def test_the_readme_answers_file_generates_every_answer_it_gives(tmp_path):
    """The config file the README shows, run with its command, makes the project it describes:
    the container technique, the database store, the anti-patterns page, no Dockerfile."""
    (tmp_path / "answers.yaml").write_text(
        readme_block("### Answering everything at once", "yaml"), encoding="utf-8"
    )
    command = readme_block("### Answering everything at once", "sh").split()
    assert command[:4] == ["cookiecutter", "--config-file", "answers.yaml", "--no-input"]
    result = cookiecutter_cli(*command[1:4], "-o", str(tmp_path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    project = tmp_path / "sales_dashboard"
    package = project / "sales_dashboard"
    pages = sorted(path.stem for path in (package / "patterns").glob("[!_]*.py"))
    assert "anti_patterns" in pages and "reset_widgets" in pages
    assert "**This technique: a container.**" in (package / "patterns/reset_widgets.py").read_text()
    assert "import sqlalchemy as sa" in (package / "result_store.py").read_text()
    assert not (project / "Dockerfile").exists()
    metadata = tomllib.loads((project / "pyproject.toml").read_text())["project"]
    assert metadata["authors"] == [{"name": "Ada Lovelace"}]
