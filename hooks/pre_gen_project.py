"""Refuse answers that would generate a broken project, before any file is written."""

import json
import keyword
import re
import sys

ANSWERS = json.loads(r"""{{ cookiecutter | tojson }}""")
SLUG = ANSWERS["project_slug"]

SLUG_PATTERN = re.compile(r"[a-z_][a-z0-9_]*")
# Names the generated project imports or uses as folders; a package named so would hide them.
TAKEN_NAMES = frozenset({"hypothesis", "numpy", "pandas", "pytest", "streamlit", "tests"})


def slug_problem(slug: str) -> str | None:
    """Why `slug` cannot name the project's folder and Python package, or None if it can."""
    if not slug:
        return "it is empty"
    if not SLUG_PATTERN.fullmatch(slug):
        return (
            "it is not a lowercase Python identifier "
            "(letters a-z, digits and underscores, not starting with a digit)"
        )
    if keyword.iskeyword(slug):
        return "it is a Python keyword"
    if slug in TAKEN_NAMES or slug in sys.stdlib_module_names:
        return f"a package of that name would hide the module '{slug}' the app needs"
    return None


def suggest_slug(slug: str) -> str:
    """A usable slug close to `slug`."""
    candidate = re.sub(r"[^a-z0-9_]+", "_", slug.lower()).strip("_") or "my_app"
    return candidate if slug_problem(candidate) is None else f"app_{candidate}"


def main() -> int:
    """Print one ERROR line and return 1 when an answer cannot work; return 0 otherwise."""
    problem = slug_problem(SLUG)
    if problem is None:
        return 0
    suggestion = suggest_slug(SLUG)
    print(
        f"ERROR: project_slug {json.dumps(SLUG, ensure_ascii=False)} is not usable: {problem}. "
        f"Answer the project_slug question with a name such as '{suggestion}' "
        f"(or pass project_slug={suggestion} with --no-input).",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
