"""Keep the files of the patterns, variants and tools that were picked, and remove the others.

Nothing here names a pattern: a pattern's files follow from its name in the catalogue
(`_patterns` in cookiecutter.json), and a variant file is named after the answer that picks it:
"<stem>.<answer><suffix>" becomes "<stem><suffix>", for the question its entry's `variants` names.
"""

import json
import shutil
import sys
from pathlib import Path

ANSWERS = json.loads(r"""{{ cookiecutter | tojson }}""")

# What `pattern_<name>` owns, besides the `files` its catalogue entry lists; {package} is the
# project's package.
PATTERN_FILES = (
    "{package}/patterns/{name}.py",
    "tests/test_{name}.py",
    "tests/e2e/test_{name}.py",
)
# Each yes/no question about tooling and the files that exist only for it.
TOOL_FILES = {
    "github_actions": [".github/workflows/ci.yml"],
    "docker": ["Dockerfile", ".dockerignore"],
    "pre_commit": [".pre-commit-config.yaml"],
    "e2e_tests": ["tests/e2e"],
}


def owned_files(answers: dict) -> dict[str, list[str]]:
    """Each yes/no question and the paths (with {package}) that exist only for it."""
    owned = {
        f"pattern_{name}": [
            *(path.format(package="{package}", name=name) for path in PATTERN_FILES),
            *entry.get("files", []),
        ]
        for name, entry in answers["_patterns"].items()
    }
    return {**owned, **TOOL_FILES}


def pick_variant(target: Path, answer: str) -> None:
    """If `target` comes in variants ("<stem>.<answer><suffix>"), put the one named by `answer`
    in its place and delete the others."""
    variants = list(target.parent.glob(f"{target.stem}.*{target.suffix}"))
    if not variants:
        return
    chosen = target.with_name(f"{target.stem}.{answer}{target.suffix}")
    if chosen not in variants:
        raise FileNotFoundError(f"no variant {chosen.name} for {target.name}")
    for variant in variants:
        if variant != chosen:
            variant.unlink()
    chosen.replace(target)


def remove(path: Path) -> None:
    """Delete a file or a folder; one that an earlier removal already took is fine."""
    if path.is_dir():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)


def unpicked_files(answers: dict, project: Path) -> list[Path]:
    """The files of every yes/no question that was answered no."""
    package = answers["project_slug"]
    return [
        project / template.format(package=package)
        for option, templates in owned_files(answers).items()
        if not answers[option]
        for template in templates
    ]


def pick_variants(answers: dict, project: Path) -> None:
    """For each pattern whose entry names a `variants` question, pick its files' variants."""
    package = answers["project_slug"]
    owned = owned_files(answers)
    for name, entry in answers["_patterns"].items():
        question = entry.get("variants")
        for template in owned[f"pattern_{name}"] if question else []:
            pick_variant(project / template.format(package=package), answers[question])


def arrange(answers: dict, project: Path) -> None:
    """Leave in `project` exactly the files that the answers pick."""
    pick_variants(answers, project)
    for path in unpicked_files(answers, project):
        remove(path)


def main() -> int:
    """Arrange the project in the current folder; on failure print one ERROR line, return 1."""
    try:
        arrange(ANSWERS, Path.cwd())
    except (FileNotFoundError, KeyError) as error:
        print(f"ERROR: the template is incomplete: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
