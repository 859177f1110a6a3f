"""3. Generated suite: the all-patterns project's AppTest suite vs pytest start plus the
streamlit import."""

from pathlib import Path

from benchmarks.measure import (
    PYTEST,
    Figure,
    Settings,
    all_patterns_project,
    median_side_by_side,
    seconds,
)

GROUP = "3. Generated suite"
TARGET_SECONDS = 5.0
IMPORT_TEST = """import streamlit


def test_streamlit_is_imported():
    assert streamlit.__version__
"""


def import_only_project(work: Path) -> Path:
    """The floor: a project whose one test only imports streamlit."""
    project = work / "import-only-project"
    (project / "tests").mkdir(parents=True)
    (project / "tests" / "test_import.py").write_text(IMPORT_TEST)
    return project


def measure(settings: Settings, work: Path) -> list[Figure]:
    """The all-patterns project's own test command, beside the floor."""
    project = all_patterns_project(work)
    floor_project = import_only_project(work)
    suite, floor = median_side_by_side(
        lambda: seconds(PYTEST, project),
        lambda: seconds(PYTEST, floor_project),
        settings.suite_runs,
    )
    return [
        Figure(
            GROUP,
            "all-patterns project: its own AppTest suite",
            suite,
            "s",
            floor,
            f"< {TARGET_SECONDS:g} s on 2 cores",
            suite < TARGET_SECONDS,
        )
    ]
