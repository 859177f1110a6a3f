"""The pre-generation hook's rules, checked against what they protect: the generated project's
dependencies, folders and ignore files, any project name's default slug, and cookiecutter's
version."""

import importlib.metadata
import inspect
import itertools
import re
import tomllib

import pytest
from cookiecutter.environment import StrictEnvironment
from hypothesis import given, settings
from hypothesis import strategies as st
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.combinations import ALL_DEPENDENCIES
from tests.test_hooks import answers, load_hook
from tooling.template import CHOICES, DEFAULTS, PROJECT_TEMPLATE, TEMPLATE

# Every platform and every Python the generated project may run on, for dependency markers.
PLATFORMS = [("linux", "Linux", "posix"), ("win32", "Windows", "nt"), ("darwin", "Darwin", "posix")]
TARGET_ENVIRONMENTS = [
    {
        **default_environment(),
        "sys_platform": sys_platform,
        "platform_system": system,
        "os_name": os_name,
        "python_version": version,
        "python_full_version": f"{version}.0",
    }
    for (sys_platform, system, os_name), version in itertools.product(
        PLATFORMS, CHOICES["python_version"]
    )
]
FEW_EXAMPLES = settings(max_examples=300, deadline=None, database=None)


@pytest.fixture(scope="module")
def hook(tmp_path_factory):
    """The pre-generation hook, rendered for the default answers and imported."""
    return load_hook("pre_gen_project", answers(), tmp_path_factory.mktemp("hook"))


@pytest.fixture(scope="module")
def default_slug():
    """The project_slug default of cookiecutter.json, rendered for a project name."""
    environment = StrictEnvironment(context={"cookiecutter": DEFAULTS})
    template = environment.from_string(DEFAULTS["project_slug"])
    return lambda name: template.render(cookiecutter={"project_name": name})


def declared_requirements(pyproject: str) -> list[Requirement]:
    """Every requirement a pyproject.toml declares: to run, to develop and to build."""
    data = tomllib.loads(pyproject)
    project = data["project"]
    texts = [
        *project["dependencies"],
        *itertools.chain(*project.get("optional-dependencies", {}).values()),
        *itertools.chain(*data.get("dependency-groups", {}).values()),
        *data["build-system"]["requires"],
    ]
    return [Requirement(text) for text in texts]


def is_needed(requirement: Requirement, extras: set[str]) -> bool:
    """Whether `requirement`, of a distribution installed with `extras`, applies anywhere the
    generated project may run."""
    return requirement.marker is None or any(
        requirement.marker.evaluate({**environment, "extra": extra})
        for environment in TARGET_ENVIRONMENTS
        for extra in extras or {""}
    )


def import_names(distribution: importlib.metadata.Distribution) -> set[str]:
    """The top-level names a distribution installs: its top_level.txt, else its RECORD."""
    listed = distribution.read_text("top_level.txt")
    if listed:
        return set(listed.split())
    names = set()
    for path in distribution.files or []:
        first = path.parts[0]
        if first == ".." or first.endswith((".dist-info", ".data")):
            continue
        names.add(first if len(path.parts) > 1 else inspect.getmodulename(first))
    return names - {None, "__pycache__"}


def dependency_import_names(requirements: list[Requirement]) -> set[str]:
    """The import names of these requirements and of everything they need, as installed here;
    a distribution not installed here is counted by its own name."""
    names, seen, pending = set(), set(), list(requirements)
    while pending:
        requirement = pending.pop()
        key = (canonicalize_name(requirement.name), frozenset(requirement.extras))
        if key in seen:
            continue
        seen.add(key)
        try:
            distribution = importlib.metadata.distribution(requirement.name)
        except importlib.metadata.PackageNotFoundError:
            names.add(key[0].replace("-", "_"))
            continue
        names |= import_names(distribution)
        own = (Requirement(text) for text in distribution.requires or [])
        pending += [needed for needed in own if is_needed(needed, requirement.extras)]
    return names


def test_no_slug_hides_a_module_of_the_projects_dependencies(hook, bake):
    """Every import name of the dependencies of a project with all of them, and of their own
    dependencies, is refused; the message lists what DEPENDENCY_NAMES lacks."""
    project = bake(**ALL_DEPENDENCIES)
    names = dependency_import_names(declared_requirements(project.read("pyproject.toml")))
    assert {"pyarrow", "sqlalchemy", "_pytest", "playwright"} <= names
    accepted = sorted(name for name in names if hook.slug_problem(name) is None)
    assert accepted == [], f"add to DEPENDENCY_NAMES of hooks/pre_gen_project.py: {accepted}"


@pytest.mark.parametrize("ignore_file", [".gitignore", ".dockerignore"])
def test_no_slug_names_a_folder_that_the_ignore_files_leave_out(hook, ignore_file):
    """A name an ignore line leaves out at the project's top (or at any depth, with **/) is
    refused; a line with wildcards holds a character that no slug has."""
    for line in (PROJECT_TEMPLATE / ignore_file).read_text(encoding="utf-8").splitlines():
        pattern = re.sub(r"^(\*\*/)+", "", line.strip()).strip("/")
        if not pattern or pattern.startswith(("#", "!")) or "/" in pattern:
            continue
        literal = re.sub(r"\[[^\]]*\]|[*?]", "", pattern)
        if literal == pattern:
            assert hook.slug_problem(pattern), pattern
        else:
            assert re.search(r"[^a-z0-9_]", literal), pattern


def test_no_slug_names_a_folder_the_project_has(hook):
    """The package folder would merge into a top-level folder of the same name."""
    folders = [path.name for path in PROJECT_TEMPLATE.iterdir() if path.is_dir()]
    assert "tests" in folders
    assert [name for name in folders if "{" not in name and not hook.slug_problem(name)] == []


@pytest.mark.parametrize(
    "slug", ["con", "prn", "aux", "nul", "com0", "com9", "lpt0", "lpt9", "__init__", "__x__"]
)
def test_windows_devices_and_python_dunders_are_refused(hook, slug):
    """Windows cannot create these folders; names with two underscores each side are Python's."""
    assert hook.slug_problem(slug)


@pytest.mark.parametrize("slug", ["con_", "console", "com10", "lpt", "_private", "a" * 64])
def test_names_near_the_reserved_ones_are_accepted(hook, slug):
    """Only the exact device names are refused, and a slug may be 64 characters long."""
    assert hook.slug_problem(slug) is None


# Project names, arbitrary or made to become a refused slug once slugified.
REFUSED_WORDS = sorted(
    {"1st", "build", "con", "docs", "class", "numpy", "_pytest", "__main__", "json", "tests"}
)
PROJECT_NAMES = st.one_of(
    st.text(),
    st.sampled_from(REFUSED_WORDS),
    st.builds("{} {}".format, st.sampled_from(REFUSED_WORDS), st.text(max_size=5)),
    st.text(alphabet="aZ9 _-.", min_size=60, max_size=200),
)


@FEW_EXAMPLES
@given(name=PROJECT_NAMES)
def test_the_default_slug_of_any_project_name_is_accepted(hook, default_slug, name):
    """Whatever the project is called, the slug offered by default passes the hook."""
    assert hook.slug_problem(default_slug(name)) is None


@FEW_EXAMPLES
@given(text=st.one_of(st.text(), st.sampled_from(REFUSED_WORDS)))
def test_every_suggested_slug_is_accepted(hook, text):
    """The slug an ERROR line suggests is one the hook accepts."""
    assert hook.slug_problem(hook.suggest_slug(text)) is None


@pytest.mark.parametrize(
    ("name", "slug"),
    [("1st App", "app_1st_app"), ("", "my_app"), ("Import", "app_import"), ("Build", "app_build")],
)
def test_a_project_named_so_bakes_with_its_default_slug(cookies, name, slug):
    """A project name whose plain slug would be refused gets a default slug that works."""
    result = cookies.bake(template=str(TEMPLATE), extra_context={"project_name": name})
    assert result.exit_code == 0, result.exception
    assert result.project_path.name == slug
    assert (result.project_path / slug / "__init__.py").is_file()


@pytest.mark.parametrize(
    "delimiter", ["{" + "{", "}" + "}", "{" + "%", "%" + "}", "{" + "#", "#" + "}"]
)
def test_each_jinja_delimiter_in_a_text_answer_is_refused(hook, delimiter):
    """One ERROR line names the question, the value and the delimiter."""
    errors = hook.jinja_errors({"description": f"a {delimiter} b"})
    assert errors == [errors[0]]
    assert errors[0].startswith(f'ERROR: description "a {delimiter} b" holds "{delimiter}": ')


def test_text_with_lone_braces_and_private_keys_pass_the_jinja_check(hook):
    """Single braces, percent and hash signs are text; keys starting with _ are the template's."""
    text = "It's {x} at 50% #1, {a}b and a } { c"
    assert hook.jinja_errors({"project_name": text, "_copy": "{" + "{", "docker": True}) == []


@pytest.mark.parametrize("version", ["2.6.0", "2.1.1", "1.7.3"])
def test_cookiecutter_before_2_7_is_refused_with_the_upgrade(hook, version):
    """The ERROR line names the installed version and the command that upgrades it."""
    errors = hook.cookiecutter_errors(version)
    assert len(errors) == 1
    assert errors[0].startswith(f"ERROR: cookiecutter {version} is installed")
    assert 'pip install "cookiecutter>=2.7"' in errors[0]


@pytest.mark.parametrize("version", ["2.7.0", "2.7.1", "2.10.0", "3.0.0rc1", None])
def test_cookiecutter_2_7_and_later_pass(hook, version):
    """2.7 and later pass, 2.10 included; a cookiecutter without metadata is not held up."""
    assert hook.cookiecutter_errors(version) == []


def test_main_refuses_an_old_cookiecutter(hook, monkeypatch, capsys):
    """With cookiecutter 2.6 running it, the hook stops generation with that ERROR first."""
    monkeypatch.setattr(hook, "installed_cookiecutter", lambda: "2.6.0")
    assert hook.main() == 1
    assert capsys.readouterr().err.startswith("ERROR: cookiecutter 2.6.0 is installed")
