"""1. Generation: `cookiecutter --no-input` of the default project vs a one-file template."""

import json
import tempfile
from pathlib import Path

from benchmarks.measure import (
    Figure,
    Settings,
    cookiecutter_command,
    median_side_by_side,
    ratio_figure,
    seconds,
)
from tests.support import TEMPLATE

GROUP = "1. Generation"
TARGET_RATIO = 1.3


def one_file_template(work: Path) -> Path:
    """The floor: a template with one question and one rendered file, and no hooks."""
    template = work / "one-file-template"
    (template / "{{cookiecutter.project_slug}}").mkdir(parents=True)
    (template / "cookiecutter.json").write_text(json.dumps({"project_slug": "floor"}))
    (template / "{{cookiecutter.project_slug}}" / "README.md").write_text(
        "# {{ cookiecutter.project_slug }}\n"
    )
    return template


def generation_seconds(template: Path, work: Path) -> float:
    """Seconds for one `cookiecutter --no-input` of `template`, into a new folder."""
    with tempfile.TemporaryDirectory(dir=work) as out:
        return seconds(cookiecutter_command(template, Path(out)), work)


def measure(settings: Settings, work: Path) -> list[Figure]:
    """The default project's generation time, beside the one-file template's."""
    floor_template = one_file_template(work)
    subject, floor = median_side_by_side(
        lambda: generation_seconds(TEMPLATE, work),
        lambda: generation_seconds(floor_template, work),
        settings.generation_runs,
    )
    return [
        ratio_figure(
            GROUP, "cookiecutter --no-input, default project", subject, "s", floor, TARGET_RATIO
        )
    ]
