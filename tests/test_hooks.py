"""The generation hooks, rendered with cookiecutter's own environment and imported as modules."""

import ast
import importlib.util
import re
import sys
from pathlib import Path

import pytest
from cookiecutter.environment import StrictEnvironment

from tooling.template import (
    CATALOGUE,
    DEFAULTS,
    PROJECT_TEMPLATE,
    TEMPLATE,
    TOOL_OPTIONS,
    VARIANTS,
    only,
)

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


def make_template_tree(root: Path) -> None:
    """Lay out every file of the project template as cookiecutter copies it for package my_app,
    each holding its own template path."""
    for path in PROJECT_TEMPLATE.rglob("*"):
        if path.is_file():
            relative = path.relative_to(PROJECT_TEMPLATE).as_posix()
            target = root / relative.replace("{{cookiecutter.project_slug}}", "my_app")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(f"# {relative}\n", encoding="utf-8")


def tree(root: Path) -> list[str]:
    """Every file under `root`, as sorted relative paths."""
    return sorted(path.relative_to(root).as_posix() for path in root.rglob("*") if path.is_file())


def arranged(tmp_path: Path, **changes) -> tuple[Path, list[str]]:
    """The template tree after the post-generation hook arranged it for these answers."""
    context = answers(**changes)
    hook = load_hook("post_gen_project", context, tmp_path)
    project = tmp_path / "project"
    make_template_tree(project)
    hook.arrange(context, project)
    return project, tree(project)


# Every pattern that offers variants, answered with its last variant.
VARIANT_ANSWERS = {option: variants[-1] for option, variants in VARIANTS.items()}
# A pattern that owns only the files its name gives.
PLAIN_PATTERN = next(
    name
    for name, entry in CATALOGUE.items()
    if "files" not in entry and f"pattern_{name}" not in VARIANTS
)


def test_post_gen_keeps_the_chosen_variants_under_their_final_names(tmp_path):
    """The chosen variant of each file takes the plain name; the other variants are gone."""
    project, kept = arranged(tmp_path, **VARIANT_ANSWERS)
    assert not [name for name in kept if name.endswith(".py") and Path(name).stem.count(".")]
    chosen = [
        path.relative_to(PROJECT_TEMPLATE).as_posix()
        for answer in VARIANT_ANSWERS.values()
        for path in PROJECT_TEMPLATE.rglob(f"*.{answer}.py")
    ]
    assert len(chosen) >= len(VARIANT_ANSWERS)
    for variant in chosen:
        final = variant.replace("{{cookiecutter.project_slug}}", "my_app")
        final = re.sub(r"\.\w+\.py$", ".py", final)
        assert (project / final).read_text(encoding="utf-8") == f"# {variant}\n", final


def test_post_gen_removes_every_file_of_an_unpicked_pattern_and_tool(tmp_path):
    """With only one plain pattern and no tooling, no other optional file stays."""
    no_tools = dict.fromkeys(TOOL_OPTIONS, False)
    _, kept = arranged(tmp_path, **only(f"pattern_{PLAIN_PATTERN}"), **no_tools)
    pattern_files = [
        name for name in kept if name.startswith(("my_app/patterns/", "tests/test_", "tests/e2e"))
    ]
    assert sorted(pattern_files) == sorted(
        [
            "my_app/patterns/__init__.py",
            f"my_app/patterns/{PLAIN_PATTERN}.py",
            "tests/test_contract.py",
            f"tests/test_{PLAIN_PATTERN}.py",
            "tests/test_navigation.py",
        ]
    )
    for gone in ["my_app/result_store.py", "my_app/slow_work.py", "Dockerfile", ".dockerignore"]:
        assert gone not in kept
    assert not [name for name in kept if name.startswith((".github", ".pre-commit"))]


def test_every_pattern_and_tool_question_has_its_files_in_the_hook(tmp_path):
    """The hook knows the files of exactly the yes/no and pattern questions of cookiecutter.json."""
    hook = load_hook("post_gen_project", answers(), tmp_path)
    questions = {name for name, value in DEFAULTS.items() if isinstance(value, bool)}
    questions = (questions | set(VARIANTS)) - {hook.GIT_OPTION}
    assert set(hook.owned_files(answers())) == questions


def test_post_gen_main_reports_a_missing_variant(tmp_path, capsys, monkeypatch):
    """A variant missing from the template stops generation with one ERROR line."""
    context = answers()
    hook = load_hook("post_gen_project", context, tmp_path)
    project = tmp_path / "project"
    make_template_tree(project)
    (project / "my_app/result_store.session_state.py").unlink()
    monkeypatch.chdir(project)
    assert hook.main() == 1
    error = capsys.readouterr().err
    assert error.startswith("ERROR: the template is incomplete: ")
    assert "result_store.session_state.py" in error


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
    assert not imported & {"socket", "urllib", "http", "ftplib", "ssl"}


def test_the_only_program_a_hook_runs_is_git_on_the_new_project():
    """No hook runs a program but the post-generation hook, and it runs one command: `git`,
    from its function `git` alone."""
    assert "subprocess" not in (HOOKS / "pre_gen_project.py").read_text(encoding="utf-8")
    tree = ast.parse((HOOKS / "post_gen_project.py").read_text(encoding="utf-8"))
    functions = {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}
    uses = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and ast.unparse(node.value) == "subprocess"
    ]
    inside_git = {id(node) for node in ast.walk(functions["git"])}
    assert uses and all(id(node) in inside_git or node.attr == "CompletedProcess" for node in uses)
    (call,) = [
        node
        for node in ast.walk(functions["git"])
        if isinstance(node, ast.Call) and ast.unparse(node.func) == "subprocess.run"
    ]
    assert ast.unparse(call.args[0]).startswith("['git', ")
