"""3. Generated suite: the all-patterns project's own test command vs a pytest process whose one
test imports streamlit."""

from pathlib import Path

from benchmarks.measure import Figure, all_patterns_project, floor_folder, seconds, side_by_side
from tooling.commands import pytest_command

GROUP = "3. Generated suite"
RUNS, QUICK_RUNS = 5, 1
IMPORT_ONLY = {
    "tests/test_import.py": "import streamlit\n\n\ndef test_import():\n    assert streamlit\n"
}


def measure(quick: bool, work: Path) -> list[Figure]:
    """The all-patterns project's own test command, beside the floor."""
    project = all_patterns_project(work)
    floor_project = floor_folder(work / "import-only-project", IMPORT_ONLY)
    runs, floor = side_by_side(
        lambda: seconds(pytest_command("-q"), project),
        lambda: seconds(pytest_command("-q"), floor_project),
        QUICK_RUNS if quick else RUNS,
    )
    return [Figure("all-patterns project: its own AppTest suite", "s", runs, floor, at_most=6.0)]
