"""Generating again over an existing project (cookiecutter -f, -f -s) with other answers loses
none of the user's files, their own or edited ones, while the files they did not edit take what
the new answers generate."""

import ast
import json
import re
import subprocess
from pathlib import Path

import pytest

from tooling.commands import cookiecutter_command, run
from tooling.template import PROJECT_TEMPLATE, TEMPLATE, copy_template

PACKAGE = "my_app"
# The first answers are the defaults: every pattern but the anti-patterns, the session-state
# store, the browser tests. The second drop a pattern, the browser tests and the store, which
# changes the README, the list of pattern pages and pyproject.toml too.
AGAIN = {
    "pattern_stages": "no",
    "pattern_anti_patterns": "yes",
    "pattern_expensive_process": "database",
    "e2e_tests": "no",
}
# Files a user adds: in the folder of the browser tests, and named like a variant.
OWN_FILES = {
    "tests/e2e/test_mine.py": "def test_mine():\n    assert 'mine'\n",
    "tests/e2e/NOTES.md": "Run these with a real browser.\n",
    f"{PACKAGE}/result_store.mine.py": '"""My own store."""\n',
}
# Generated files a user edits, of a pattern, a folder and a copied test the new answers drop.
EDITED_DROPPED = [
    f"{PACKAGE}/patterns/stages.py",
    "tests/test_stages.py",
    "tests/e2e/conftest.py",
]
# Generated files a user edits that the new answers generate too: a copied test, a file picked
# by a variant and a rendered one, the last two changed by the new answers.
EDITED_KEPT = ["pyproject.toml", "tests/test_navigation.py", f"{PACKAGE}/result_store.py"]
EDIT = "# A change of my own.\n"
# What the hook records of the generated files, in the project.
RECORD = ".template-files.json"
KEPT_LINE = re.compile(r"^Kept your edited (\S+): ", re.MULTILINE)


def generate(output: Path, *flags: str, template: Path = TEMPLATE, **answers: str):
    """Run the cookiecutter command line without prompts, into `output`."""
    options = [f"{name}={value}" for name, value in {"project_slug": PACKAGE, **answers}.items()]
    command = cookiecutter_command(template, "--no-input", *flags, "-o", str(output), *options)
    return run(command, output)


def succeeded(result: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    """`result`, after failing with cookiecutter's output if the run did not succeed."""
    assert result.returncode == 0, result.stderr
    return result


def generated(output: Path, **answers: str) -> Path:
    """A project generated into `output` for these answers."""
    succeeded(generate(output, **answers))
    return output / PACKAGE


def contents(project: Path) -> dict[str, bytes]:
    """Every file of `project` by its relative path, with its bytes, but those of its git
    repository, which generation made and never writes again."""
    return {
        path.relative_to(project).as_posix(): path.read_bytes()
        for path in project.rglob("*")
        if path.is_file() and ".git" not in path.relative_to(project).parts
    }


def kept(result: subprocess.CompletedProcess) -> list[str]:
    """The files that generation says it kept as the user edited them, in its order."""
    return KEPT_LINE.findall(result.stdout)


def change_like_a_user(project: Path) -> dict[str, bytes]:
    """Add OWN_FILES to `project` and append a line to each of EDITED_DROPPED and EDITED_KEPT;
    return the files added or changed, with their content."""
    for name, text in OWN_FILES.items():
        (project / name).write_text(text, encoding="utf-8")
    for name in [*EDITED_DROPPED, *EDITED_KEPT]:
        with (project / name).open("a", encoding="utf-8") as file:
            file.write(EDIT)
    changed = contents(project)
    return {name: changed[name] for name in [*OWN_FILES, *EDITED_DROPPED, *EDITED_KEPT]}


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> dict[str, bytes]:
    """The files of a project generated for the second answers into an empty folder."""
    return contents(generated(tmp_path_factory.mktemp("fresh"), **AGAIN))


@pytest.mark.parametrize("flags", [["-f"], ["-f", "-s"]], ids=["overwrite", "skip"])
def test_the_users_own_and_edited_files_survive_a_regeneration_with_other_answers(tmp_path, flags):
    """A pattern, the browser tests and a store are dropped: the user's files in their folders,
    one named like a variant, the edited files of what was dropped and the edited files that
    the new answers generate too keep their content."""
    project = generated(tmp_path)
    mine = change_like_a_user(project)
    succeeded(generate(tmp_path, *flags, **AGAIN))
    now = contents(project)
    assert {name: now.get(name) for name in mine} == mine


def test_overwriting_gives_the_new_project_but_the_users_files_and_edits(tmp_path, fresh):
    """With -f the project is what the new answers generate, the README and the list of pages
    included, plus the user's files and edits; one line names each edited file that the
    template's new version did not replace; untouched files of what was dropped are gone."""
    project = generated(tmp_path)
    mine = change_like_a_user(project)
    result = succeeded(generate(tmp_path, "-f", **AGAIN))
    assert contents(project) == {**fresh, **mine}
    assert sorted(kept(result)) == sorted(EDITED_KEPT)


def test_skipping_keeps_every_existing_file_and_adds_the_missing_ones(tmp_path, fresh):
    """With -f -s every file that was there keeps its content, the copied tests and the picked
    store included, and what the new answers add that was missing is added."""
    project = generated(tmp_path)
    change_like_a_user(project)
    before = contents(project)
    succeeded(generate(tmp_path, "-f", "-s", **AGAIN))
    now = contents(project)
    assert {name: now[name] for name in now if name != RECORD} == {
        name: text for name, text in {**fresh, **before}.items() if name != RECORD
    }


def test_overwriting_after_skipping_still_updates_only_the_files_left_unedited(tmp_path, fresh):
    """The files that -f -s kept unedited take the template's new version at a later -f, and
    the edited ones still keep the user's."""
    project = generated(tmp_path)
    mine = change_like_a_user(project)
    succeeded(generate(tmp_path, "-f", "-s", **AGAIN))
    succeeded(generate(tmp_path, "-f", **AGAIN))
    assert contents(project) == {**fresh, **mine}


def test_a_project_without_the_record_keeps_every_file_that_differs(tmp_path, fresh):
    """A project generated before the record existed cannot tell edited files from others:
    with -f every file that it had and the new answers change keeps its content, with a line
    naming it, and the new files are added."""
    project = generated(tmp_path)
    (project / RECORD).unlink(missing_ok=True)
    mine = change_like_a_user(project)
    before = contents(project)
    result = succeeded(generate(tmp_path, "-f", **AGAIN))
    now = contents(project)
    differing = sorted(name for name in fresh if before.get(name, fresh[name]) != fresh[name])
    assert {"README.md", f"{PACKAGE}/patterns/__init__.py"} < set(differing)
    assert {name: now.get(name) for name in [*mine, *differing]} == {
        name: before[name] for name in [*mine, *differing]
    }
    assert sorted(kept(result)) == differing


def test_the_record_is_stable_and_lists_each_generated_file(tmp_path, fresh):
    """The record, committed with the project, lists every file generated, sorted, and the
    same answers give the same record."""
    files = json.loads(fresh[RECORD])["files"]
    assert list(files) == sorted(set(fresh) - {RECORD})
    assert contents(generated(tmp_path, **AGAIN))[RECORD] == fresh[RECORD]


def test_a_regeneration_that_fails_leaves_the_project_as_it_was(tmp_path):
    """When the hook stops a regeneration (a template without the store asked for), the
    project holds the same files with the same content as before, the user's included."""
    template = copy_template(tmp_path / "template")
    package = template / PROJECT_TEMPLATE.name / "{{cookiecutter.project_slug}}"
    (package / "result_store.database.py").unlink()
    project = generated(tmp_path)
    change_like_a_user(project)
    before = contents(project)
    result = generate(tmp_path, "-f", template=template, **AGAIN)
    assert result.returncode != 0
    assert result.stderr.startswith("ERROR: the template is incomplete: ")
    assert contents(project) == before


def test_a_copy_left_by_a_stopped_generation_is_never_overwritten(tmp_path):
    """A project still holding the copy of its files that a stopped generation made is not
    generated over: one ERROR line names the folder, and nothing changes."""
    project = generated(tmp_path)
    change_like_a_user(project)
    (project / ".before-regeneration").mkdir()
    (project / ".before-regeneration" / "README.md").write_text("as it was\n", encoding="utf-8")
    before = contents(project)
    result = generate(tmp_path, "-f", **AGAIN)
    assert result.returncode != 0
    assert result.stderr.startswith(f"ERROR: {project / '.before-regeneration'} holds ")
    assert contents(project) == before


def shared_definitions(hook: str) -> dict[str, str]:
    """The source of BEFORE and identity() in one hook: both hooks must agree on them."""
    source = (TEMPLATE / "hooks" / hook).read_text(encoding="utf-8")
    definitions = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef):
            definitions[node.name] = ast.get_source_segment(source, node)
        elif isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            definitions[node.targets[0].id] = ast.get_source_segment(source, node)
    return {name: definitions[name] for name in ("BEFORE", "identity")}


def test_both_hooks_copy_aside_and_compare_files_the_same_way():
    """The hooks cannot import each other: the folder of the copy and what makes a file the
    same file are written in each, and must not drift apart."""
    pre, post = shared_definitions("pre_gen_project.py"), shared_definitions("post_gen_project.py")
    assert pre == post
