"""The benchmarks' own logic: every pattern page has a timed click, pages are named by title,
the report shows min, median and max beside the floor and marks a missed target."""

import ast
from pathlib import Path

from benchmarks import memory, report, reruns
from benchmarks.__main__ import BENCHMARKS
from benchmarks.measure import Figure
from tooling.template import CATALOGUE, TEMPLATE, page_source

# What the probes may import of the generated project's own tests package.
PROJECT_HELPERS = {"tests.support", "tests.e2e.server", "tests.e2e.steps"}


def imported_modules(path: Path) -> set[str]:
    """The modules that the Python file at `path` imports."""
    modules = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            modules.add(node.module or "")
    return modules


def test_every_pattern_page_has_timed_clicks_on_buttons_of_its_module():
    """A catalogue entry without a timed click, or with a key its page lacks, fails here."""
    for name, entry in CATALOGUE.items():
        source = page_source(name)
        assert entry["timed_clicks"], name
        for key, text in entry["timed_clicks"]:
            assert f'"{key}"' in source, (name, key)
            assert text.strip(), (name, key)


def test_rerun_figures_name_pages_by_title_beside_the_floor():
    """Pages appear under their titles, the floor's samples are no page of their own."""
    samples = {
        "apptest": {"expensive_process": [0.004, 0.003, 0.005], "floor": [0.002, 0.002]},
        "browser": {"stages": [0.09], "floor": [0.05]},
    }
    figures = reruns.figures(samples)
    assert [figure.name for figure in figures] == [
        "AppTest click + rerun: Expensive process",
        "Chromium click to updated page: Stages of a process",
    ]
    assert figures[0].floor == [0.002, 0.002]
    assert figures[0].met is True


def test_the_benchmarks_come_in_order():
    """Generation, validation, suite, reruns, memory: one module each, in that order."""
    assert [benchmark.GROUP for benchmark in BENCHMARKS] == [
        "1. Generation",
        "2. Template validation",
        "3. Generated suite",
        "4. Reruns",
        "5. Memory",
    ]


def test_the_report_shows_min_median_max_beside_the_floor_and_marks_misses():
    """Rows give runs, min, median, max, the floor's, ratio of medians, target and verdict."""
    groups = {
        "1. Generation": [
            Figure("too slow", "s", [0.7, 0.5, 0.3], [0.3, 0.25, 0.2], ratio_at_most=1.3),
            Figure("fast enough", "s", [0.3, 0.9, 0.1], [0.3, 0.25, 0.2], ratio_at_most=1.3),
        ],
        "5. Memory": [Figure("kept", "results", [100, 100], at_most=100)],
    }
    text = report.markdown(groups, quick=True)
    assert (
        "| too slow | 3 | 300.0 ms | 500.0 ms | 700.0 ms | 200.0 ms / 250.0 ms / 300.0 ms "
        "| 2.00 | ratio <= 1.3 | **missed** |"
    ) in text
    assert (
        "| fast enough | 3 | 100.0 ms | 300.0 ms | 900.0 ms | 200.0 ms / 250.0 ms / 300.0 ms "
        "| 1.20 | ratio <= 1.3 | yes |"
    ) in text
    assert "| kept | 2 | 100 results | 100 results | 100 results | – | – | " in text
    assert text.index("## 1. Generation") < text.index("## 5. Memory")
    assert "python3 dev.py bench" in text
    assert report.machine() in text


def test_a_store_that_grows_once_full_misses_its_target():
    """Memory held 1.5 times what it held when full is a miss, even with results bounded."""
    mib = 1024 * 1024
    runs = [{"limit": 100, "full": 2 * mib, "last": 3 * mib, "kept": 100}]
    held, kept = memory.figures("cache_data", 1000, runs)
    assert (held.ratio, held.met, kept.met) == (1.5, False, True)


def test_benchmarks_and_the_template_tests_import_nothing_of_each_other():
    """The benchmarks share tooling/ with the tests; probes import only their project's helpers."""
    for path in (TEMPLATE / "benchmarks").glob("*.py"):
        assert not any(name.startswith("tests") for name in imported_modules(path)), path
    for path in (TEMPLATE / "benchmarks" / "probes").glob("*.py"):
        from_tests = {name for name in imported_modules(path) if name.startswith("tests")}
        assert from_tests <= PROJECT_HELPERS, path
    for path in (TEMPLATE / "tests").glob("*.py"):
        if path.name != Path(__file__).name:
            assert not any(name.startswith("benchmarks") for name in imported_modules(path)), path
