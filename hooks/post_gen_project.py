"""Keep the files of the patterns and variants that were picked, and remove the others."""

import json
import shutil
import sys
from pathlib import Path

ANSWERS = json.loads(r"""{{ cookiecutter | tojson }}""")

# Each yes/no question and the files that exist only for it; {package} is the project's package.
OPTIONAL_FILES = {
    "pattern_temporary_message": [
        "{package}/patterns/temporary_message.py",
        "tests/test_temporary_message.py",
        "tests/e2e/test_temporary_message.py",
    ],
    "pattern_stateful_button": [
        "{package}/patterns/stateful_button.py",
        "tests/test_stateful_button.py",
        "tests/e2e/test_stateful_button.py",
    ],
    "pattern_toggle_button": [
        "{package}/patterns/toggle_button.py",
        "tests/test_toggle_button.py",
        "tests/e2e/test_toggle_button.py",
    ],
    "pattern_stages": [
        "{package}/patterns/stages.py",
        "tests/test_stages.py",
        "tests/e2e/test_stages.py",
    ],
    "pattern_modify_state": [
        "{package}/patterns/modify_state.py",
        "tests/test_modify_state.py",
        "tests/e2e/test_modify_state.py",
    ],
    "pattern_reset_widgets": [
        "{package}/patterns/reset_widgets.py",
        "tests/test_reset_widgets.py",
        "tests/e2e/test_reset_widgets.py",
    ],
    "pattern_dynamic_widgets": [
        "{package}/patterns/dynamic_widgets.py",
        "tests/test_dynamic_widgets.py",
        "tests/e2e/test_dynamic_widgets.py",
    ],
    "pattern_expensive_process": [
        "{package}/patterns/expensive_process.py",
        "{package}/result_store.py",
        "{package}/slow_work.py",
        "tests/test_expensive_process.py",
        "tests/e2e/test_expensive_process.py",
    ],
    "pattern_anti_patterns": [
        "{package}/patterns/anti_patterns.py",
        "tests/test_anti_patterns.py",
        "tests/e2e/test_anti_patterns.py",
    ],
    "github_actions": [".github/workflows/ci.yml"],
    "docker": ["Dockerfile", ".dockerignore"],
    "pre_commit": [".pre-commit-config.yaml"],
    "e2e_tests": ["tests/e2e"],
}

# Each choice and the file it picks a variant of: "<stem>.<answer>.py" becomes "<stem>.py".
VARIANT_FILES = {
    "reset_technique": "{package}/patterns/reset_widgets.py",
    "result_store": "{package}/result_store.py",
}


def project_path(project: Path, template: str, package: str) -> Path:
    """The path in `project` that `template` names."""
    return project / template.format(package=package)


def pick_variant(target: Path, answer: str) -> None:
    """Put the variant of `target` named by `answer` in its place and delete the other variants."""
    chosen = target.with_name(f"{target.stem}.{answer}{target.suffix}")
    if not chosen.is_file():
        raise FileNotFoundError(f"no variant {chosen.name} for {target.name}")
    for variant in target.parent.glob(f"{target.stem}.*{target.suffix}"):
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
        project_path(project, template, package)
        for option, templates in OPTIONAL_FILES.items()
        if not answers[option]
        for template in templates
    ]


def arrange(answers: dict, project: Path) -> None:
    """Leave in `project` exactly the files that the answers pick."""
    package = answers["project_slug"]
    for choice, template in VARIANT_FILES.items():
        pick_variant(project_path(project, template, package), answers[choice])
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
