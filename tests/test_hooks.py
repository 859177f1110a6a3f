"""The generation hooks, rendered with cookiecutter's own environment and imported as modules."""

import ast
import importlib.util
import sys
from pathlib import Path

import pytest
from cookiecutter.environment import StrictEnvironment

from tooling.template import DEFAULTS, PATTERN_OPTIONS, TEMPLATE, TOOL_OPTIONS, only

HOOKS = TEMPLATE / "hooks"


def answers(**changes) -> dict:
    """The default answers, as cookiecutter passes them to the hooks, with some changed."""
    context = {
        name: value[0] if isinstance(value, list) and not name.startswith("_") else value
        for name, value in DEFAULTS.items()
    }
    context.pop("__prompts__")
    context["project_slug"] = "my_app"
    return {**context, **changes}


def load_hook(name: str, context: dict, folder: Path):
    """Render hooks/<name>.py for `context` the way cookiecutter does, and import the result."""
    environment = StrictEnvironment(context={"cookiecutter": context}, keep_trailing_newline=True)
    source = (HOOKS / f"{name}.py").read_text(encoding="utf-8")
    rendered = folder / f"{name}.py"
    rendered.write_text(environment.from_string(source).render(cookiecutter=context), "utf-8")
    spec = importlib.util.spec_from_file_location(name, rendered)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def pre_gen(tmp_path):
    """The pre-generation hook, rendered for the default answers."""
    return load_hook("pre_gen_project", answers(), tmp_path)


@pytest.mark.parametrize("slug", ["my_app", "app2", "_private", "match", "streamlit_demo"])
def test_usable_slugs_are_accepted(pre_gen, slug):
    """Lowercase identifiers that hide no module the app needs pass."""
    assert pre_gen.slug_problem(slug) is None


@pytest.mark.parametrize(
    "slug", ["", "my-app", "1app", "My_App", "café", "a b", "a/b", "def", "pandas", "os"]
)
def test_unusable_slugs_get_a_reason_and_a_usable_suggestion(pre_gen, slug):
    """Every refused slug has a reason, and the suggested replacement is itself accepted."""
    assert pre_gen.slug_problem(slug)
    assert pre_gen.slug_problem(pre_gen.suggest_slug(slug)) is None


def test_pre_gen_main_prints_one_error_line_for_a_bad_slug(tmp_path, capsys):
    """The hook returns 1 and prints exactly one line, starting with ERROR and naming the value."""
    hook = load_hook("pre_gen_project", answers(project_slug="my-app"), tmp_path)
    assert hook.main() == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert captured.err.startswith('ERROR: project_slug "my-app" ')
    assert "project_slug=my_app" in captured.err


def test_pre_gen_main_accepts_the_defaults(pre_gen, capsys):
    """The default answers pass without a word."""
    assert pre_gen.main() == 0
    assert capsys.readouterr() == ("", "")


def make_template_tree(hook, root: Path) -> None:
    """Lay out every file the post-generation hook may keep or remove, as the template has them."""
    variant_targets = {template: choice for choice, template in hook.VARIANT_FILES.items()}
    for templates in hook.OPTIONAL_FILES.values():
        for template in templates:
            path = hook.project_path(root, template, "my_app")
            if not path.suffix:  # a folder of its own, such as tests/e2e
                path.mkdir(parents=True, exist_ok=True)
                (path / "conftest.py").write_text("# conftest.py\n", encoding="utf-8")
                continue
            path.parent.mkdir(parents=True, exist_ok=True)
            names = [path.name]
            if template in variant_targets:
                values = DEFAULTS[variant_targets[template]]
                names = [f"{path.stem}.{value}{path.suffix}" for value in values]
            for name in names:
                (path.parent / name).write_text(f"# {name}\n", encoding="utf-8")


def tree(root: Path) -> list[str]:
    """Every file under `root`, as sorted relative paths."""
    return sorted(path.relative_to(root).as_posix() for path in root.rglob("*") if path.is_file())


def test_post_gen_keeps_the_chosen_variants_under_their_final_names(tmp_path):
    """The chosen variant of each file takes the plain name; the other variants are gone."""
    context = answers(reset_technique="container", result_store="cache_data")
    hook = load_hook("post_gen_project", context, tmp_path)
    project = tmp_path / "project"
    make_template_tree(hook, project)
    hook.arrange(context, project)
    kept = tree(project)
    assert not [name for name in kept if name.endswith(".py") and Path(name).stem.count(".")]
    assert "my_app/patterns/reset_widgets.py" in kept
    assert (project / "my_app/patterns/reset_widgets.py").read_text() == (
        "# reset_widgets.container.py\n"
    )
    assert (project / "my_app/result_store.py").read_text() == "# result_store.cache_data.py\n"


def test_post_gen_removes_every_file_of_an_unpicked_pattern(tmp_path):
    """With only the dynamic-widgets pattern and no tooling, no other optional file stays."""
    context = answers(**only("pattern_dynamic_widgets"), **dict.fromkeys(TOOL_OPTIONS, False))
    hook = load_hook("post_gen_project", context, tmp_path)
    project = tmp_path / "project"
    make_template_tree(hook, project)
    hook.arrange(context, project)
    assert tree(project) == ["my_app/patterns/dynamic_widgets.py", "tests/test_dynamic_widgets.py"]


def test_every_yes_no_question_has_its_files_in_the_hook(tmp_path):
    """The hook knows the files of exactly the yes/no questions of cookiecutter.json."""
    hook = load_hook("post_gen_project", answers(), tmp_path)
    assert set(hook.OPTIONAL_FILES) == set(PATTERN_OPTIONS + TOOL_OPTIONS)


def test_post_gen_main_reports_a_missing_variant(tmp_path, capsys, monkeypatch):
    """A variant missing from the template stops generation with one ERROR line."""
    context = answers()
    hook = load_hook("post_gen_project", context, tmp_path)
    project = tmp_path / "project"
    make_template_tree(hook, project)
    (project / "my_app/result_store.session_state.py").unlink()
    monkeypatch.chdir(project)
    assert hook.main() == 1
    assert capsys.readouterr().err.startswith("ERROR: the template is incomplete: ")


@pytest.mark.parametrize("hook", sorted(HOOKS.glob("*.py")), ids=lambda path: path.name)
def test_hooks_use_only_the_standard_library_and_no_network(hook):
    """Hooks import nothing beyond the standard library and nothing that reaches the network."""
    imported = set()
    for node in ast.walk(ast.parse(hook.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            imported |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            imported.add(node.module.split(".")[0])
    assert imported <= sys.stdlib_module_names
    assert not imported & {"socket", "urllib", "http", "subprocess", "ftplib", "ssl"}
