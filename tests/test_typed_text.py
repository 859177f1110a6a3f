"""Free text typed as an answer reaches the generated project as data, exactly as typed."""

import tomllib

from tests.combinations import HOSTILE_ANSWERS, TYPED_TEXT
from tests.support import cookiecutter_cli, module_constants
from tooling.template import QUESTIONS


def folded(text: str) -> str:
    """`text` on one line, as the template writes it where a newline is not allowed."""
    return " ".join(text.split())


def test_answers_given_with_no_input_arrive_as_typed(bake):
    """Quotes, backslashes, braces, newlines and any script survive --no-input."""
    project = bake(**HOSTILE_ANSWERS)
    constants = module_constants(project.read("hostile_text_app/project.py"), "NAME", "DESCRIPTION")
    assert constants == {"NAME": TYPED_TEXT, "DESCRIPTION": TYPED_TEXT}
    metadata = tomllib.loads(project.read("pyproject.toml"))["project"]
    assert metadata["description"] == folded(TYPED_TEXT)
    assert metadata["authors"] == [{"name": folded(TYPED_TEXT)}]
    assert project.read("README.md").startswith(f"# {folded(TYPED_TEXT)}\n")


def test_answers_typed_at_the_prompts_arrive_as_typed(tmp_path):
    """What a user types at the prompts reaches the project exactly as typed."""
    name = 'Café { 7 * 7 } 100% #1 it\'s "ok" \\ 🎈'
    description = "Uses { cookiecutter.project_slug } and %- if %"
    answers = [name, "typed_app", description, "Zoë O'Neil"]
    # Enter accepts the default of every question after the four typed answers.
    stdin = "\n".join(answers) + "\n" * len(QUESTIONS)
    result = cookiecutter_cli("-o", str(tmp_path), cwd=tmp_path, input=stdin, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    project = tmp_path / "typed_app"
    constants = module_constants(
        (project / "typed_app" / "project.py").read_text("utf-8"), "NAME", "DESCRIPTION"
    )
    assert constants == {"NAME": name, "DESCRIPTION": description}
    metadata = tomllib.loads((project / "pyproject.toml").read_text("utf-8"))["project"]
    assert metadata["authors"] == [{"name": "Zoë O'Neil"}]
