"""1. Generation: `cookiecutter --no-input` of the default project vs a one-file template."""

import json
import tempfile
from pathlib import Path

from benchmarks.measure import Figure, floor_folder, seconds, side_by_side
from tooling.commands import cookiecutter_command
from tooling.template import TEMPLATE

GROUP = "1. Generation"
RUNS, QUICK_RUNS = 15, 2
# The floor: a template with one question and one rendered file, and no hooks.
ONE_FILE_TEMPLATE = {
    "cookiecutter.json": json.dumps({"project_slug": "floor"}),
    "{{cookiecutter.project_slug}}/README.md": "# {{ cookiecutter.project_slug }}\n",
}


def generation_seconds(template: Path, work: Path) -> float:
    """Seconds for one `cookiecutter --no-input` of `template`, into a new folder."""
    with tempfile.TemporaryDirectory(dir=work) as out:
        return seconds(cookiecutter_command(template, "--no-input", "-o", out), work)


def measure(quick: bool, work: Path) -> list[Figure]:
    """The default project's generation time, beside the one-file template's."""
    floor_template = floor_folder(work / "one-file-template", ONE_FILE_TEMPLATE)
    runs, floor = side_by_side(
        lambda: generation_seconds(TEMPLATE, work),
        lambda: generation_seconds(floor_template, work),
        QUICK_RUNS if quick else RUNS,
    )
    name = "cookiecutter --no-input, default project"
    return [Figure(name, "s", runs, floor, ratio_at_most=1.3)]
