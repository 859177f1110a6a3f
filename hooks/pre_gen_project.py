"""Refuse answers that would generate a broken project, before any file is written; then, when
generating over an existing project, copy its files aside so that the post-generation hook can
put back whatever the user wrote or edited.

It also decides which project slugs are usable: local_extensions.py loads this file (unrendered,
which is why nothing runs at import) to build the default slug from the project name.
"""

import importlib.metadata
import json
import keyword
import re
import shutil
import sys
from pathlib import Path

SLUG_PATTERN = re.compile(r"[a-z_][a-z0-9_]*")
# Long enough for any name, short enough that the project's paths fit every file system.
MAX_SLUG_LENGTH = 64
DEFAULT_SLUG = "my_app"
SLUG_PREFIX = "app_"
# The import names of the generated project's dependencies, every option on, and of theirs
# (tests/test_answer_rules.py checks them against the installed distributions).
DEPENDENCY_NAMES = frozenset(
    {
        "_distutils_hack",
        "_hypothesis_ftz_detector",
        "_hypothesis_globals",
        "_hypothesis_pytestplugin",
        "_pytest",
        "altair",
        "anyio",
        "attr",
        "attrs",
        "certifi",
        "charset_normalizer",
        "click",
        "colorama",
        "dateutil",
        "google",
        "greenlet",
        "h11",
        "hypothesis",
        "idna",
        "iniconfig",
        "itsdangerous",
        "jinja2",
        "jsonschema",
        "jsonschema_specifications",
        "markupsafe",
        "multipart",
        "narwhals",
        "numpy",
        "packaging",
        "pandas",
        "pkg_resources",
        "playwright",
        "pluggy",
        "psycopg",
        "psycopg_binary",
        "py",
        "pyarrow",
        "pydeck",
        "pygments",
        "pytest",
        "pytest_playwright",
        "python_multipart",
        "referencing",
        "requests",
        "rpds",
        "ruff",
        "setuptools",
        "slugify",
        "sortedcontainers",
        "sqlalchemy",
        "starlette",
        "streamlit",
        "text_unidecode",
        "typing_extensions",
        "tzdata",
        "urllib3",
        "uvicorn",
        "watchdog",
        "websockets",
    }
)
# The generated project's own top-level folders: the package's folder would merge into one.
PROJECT_FOLDERS = frozenset({"deploy", "docs", "tests"})
# Folders that the generated .gitignore and .dockerignore leave out of git and of the image.
IGNORED_FOLDERS = frozenset({"build", "data", "dist"})
WINDOWS_DEVICE_NAMES = frozenset(
    {"aux", "con", "nul", "prn"}
    | {f"{port}{digit}" for port in ("com", "lpt") for digit in "0123456789"}
)
# Why a slug among these names cannot be used, with {slug} for the slug.
RESERVED_NAMES = (
    (
        DEPENDENCY_NAMES | sys.stdlib_module_names,
        "a package of that name would hide the module '{slug}' the project needs",
    ),
    (PROJECT_FOLDERS, "the project has a folder '{slug}' of its own"),
    (IGNORED_FOLDERS, "the project's .gitignore and .dockerignore leave a folder '{slug}' out"),
    (WINDOWS_DEVICE_NAMES, "Windows reserves the name '{slug}' for a device"),
)

# Cookiecutter before 2.7 reads a yes/no answer given as key=no as the text "no", which is true.
MINIMUM_COOKIECUTTER = (2, 7)
# What Jinja reads as the start and the end of its tags, written in halves so that rendering
# this file keeps them.
JINJA_DELIMITERS = ("{" + "{", "}" + "}", "{" + "%", "%" + "}", "{" + "#", "#" + "}")


def rendered_answers() -> dict:
    """The answers, as cookiecutter rendered them into this file."""
    return json.loads(r"""{{ cookiecutter | tojson }}""")


def slug_problem(slug: str) -> str | None:
    """Why `slug` cannot name the project's folder and Python package, or None if it can."""
    if not slug:
        return "it is empty"
    if not SLUG_PATTERN.fullmatch(slug):
        return (
            "it is not a lowercase Python identifier "
            "(letters a-z, digits and underscores, not starting with a digit)"
        )
    if len(slug) > MAX_SLUG_LENGTH:
        return f"it is longer than {MAX_SLUG_LENGTH} characters"
    if keyword.iskeyword(slug):
        return "it is a Python keyword"
    if slug.startswith("__") and slug.endswith("__"):
        return "names that begin and end with two underscores belong to Python"
    return next((why.format(slug=slug) for names, why in RESERVED_NAMES if slug in names), None)


def shortened(text: str, length: int) -> str:
    """`text` cut to at most `length` characters, with no underscore at its end."""
    return text[:length].rstrip("_")


def suggest_slug(text: str) -> str:
    """`text` when it is a usable slug, else a usable slug made from it."""
    if slug_problem(text) is None:
        return text
    words = re.sub(r"[^a-z0-9_]+", "_", text.lower()).strip("_")
    candidate = shortened(words, MAX_SLUG_LENGTH) or DEFAULT_SLUG
    if slug_problem(candidate) is None:
        return candidate
    return SLUG_PREFIX + shortened(candidate, MAX_SLUG_LENGTH - len(SLUG_PREFIX))


def slug_errors(slug: str) -> list[str]:
    """The ERROR line for an unusable project slug, with a usable one to answer instead."""
    problem = slug_problem(slug)
    if problem is None:
        return []
    suggestion = suggest_slug(slug)
    return [
        f"ERROR: project_slug {json.dumps(slug, ensure_ascii=False)} is not usable: {problem}. "
        f"Answer the project_slug question with a name such as '{suggestion}' "
        f"(or pass project_slug={suggestion} with --no-input)."
    ]


def jinja_errors(answers: dict) -> list[str]:
    """An ERROR line for each text answer that holds a Jinja delimiter: `.cruft.json` keeps
    answers as given, and `cruft update` renders them as Jinja, so they must hold none."""
    errors = []
    for question, value in answers.items():
        if question.startswith("_") or not isinstance(value, str):
            continue
        found = [f'"{delimiter}"' for delimiter in JINJA_DELIMITERS if delimiter in value]
        if found:
            errors.append(
                f"ERROR: {question} {json.dumps(value, ensure_ascii=False)} holds "
                f"{', '.join(found)}: the answers are kept for later updates, and "
                f"`cruft update` would render them as Jinja. Answer {question} without "
                f"{' '.join(JINJA_DELIMITERS)}: remove the braces or write it differently."
            )
    return errors


def version_numbers(version: str) -> tuple[int, ...]:
    """The major and minor numbers of a version such as '2.7.1' or '2.10rc1'."""
    return tuple(int(number) for number in re.findall(r"\d+", version)[:2])


def cookiecutter_errors(version: str | None) -> list[str]:
    """The ERROR line when cookiecutter `version` is too old to read the answers right."""
    if version is None or version_numbers(version) >= MINIMUM_COOKIECUTTER:
        return []
    minimum = ".".join(map(str, MINIMUM_COOKIECUTTER))
    return [
        f"ERROR: cookiecutter {version} is installed, and before {minimum} it reads a yes/no "
        f'answer given as key=no as yes. Upgrade it: pip install "cookiecutter>={minimum}".'
    ]


def installed_cookiecutter() -> str | None:
    """The version of the cookiecutter that runs this hook, or None if it has no metadata."""
    try:
        return importlib.metadata.version("cookiecutter")
    except importlib.metadata.PackageNotFoundError:
        return None


def main() -> int:
    """Print one ERROR line per answer that cannot work and return 1; return 0 if none."""
    answers = rendered_answers()
    errors = [
        *cookiecutter_errors(installed_cookiecutter()),
        *jinja_errors(answers),
        *slug_errors(answers["project_slug"]),
    ]
    for error in errors:
        print(error, file=sys.stderr)
    return 1 if errors else 0


# Generating again over an existing project (cookiecutter -f, or -f -s): once the answers are
# accepted, the files the folder holds are copied into BEFORE, with each one's identity, so that
# the post-generation hook (which names the same folder) removes or replaces only what this
# generation wrote, and can undo a failed one. It removes the copy; a copy found here means that
# a generation stopped half-way.
BEFORE = ".before-regeneration"
# Folders that generation never writes, left out of the copy: version control, environments,
# caches and build output.
NOT_COPIED = frozenset(
    {".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".hypothesis"}
    | {".mypy_cache", ".pytest_cache", ".ruff_cache", "build", "dist"}
)


def identity(path: Path) -> list[int]:
    """What writing or replacing a file changes: its inode, size, modification and change times
    (a new file may reuse a removed one's inode, and a copy keeps the original's mtime)."""
    status = path.stat()
    return [status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns]


def copy_existing_files(project: Path) -> int:
    """Copy the files `project` holds into BEFORE, with each one's identity and the names left
    out; print one ERROR line and return 1 if an earlier copy is there or copying fails."""
    copy = project / BEFORE
    if copy.exists():
        print(
            f"ERROR: {copy} holds this project's files as they were before a generation that "
            "stopped half-way. Take back what you need from it, remove it, and generate again.",
            file=sys.stderr,
        )
        return 1
    left_out = []

    def leave_out(folder: str, names: list[str]) -> list[str]:
        """The names in `folder` that are not copied, noted as left out."""
        skipped = [name for name in names if name in NOT_COPIED]
        left_out.extend((Path(folder) / name).relative_to(project).as_posix() for name in skipped)
        return skipped

    try:
        shutil.copytree(project, copy / "files", symlinks=True, ignore=leave_out)
        copied = [path.relative_to(copy / "files") for path in (copy / "files").rglob("*")]
        identities = {
            name.as_posix(): identity(project / name)
            for name in copied
            if (project / name).is_file()
        }
        record = {"identities": identities, "left_out": left_out}
        (copy / "record.json").write_text(json.dumps(record), encoding="utf-8")
    except OSError as error:
        shutil.rmtree(copy, ignore_errors=True)
        print(
            f"ERROR: the project's files could not be copied before generating: {error}",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main() or copy_existing_files(Path.cwd()))
