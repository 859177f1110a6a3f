"""The benchmark suite's own logic: every pattern is measured, and the report tells misses."""

from benchmarks import report, reruns
from benchmarks.__main__ import BENCHMARKS
from benchmarks.measure import QUICK, Figure
from tooling.template import PATTERN_OPTIONS


def test_every_pattern_page_has_a_timed_click():
    """Adding a pattern without its click in the rerun benchmark fails here."""
    pages = {option.removeprefix("pattern_") for option in PATTERN_OPTIONS}
    assert set(reruns.INTERACTIONS) == pages


def test_the_benchmarks_cover_the_six_figures_in_order():
    """Generation, validation, suite, reruns, server, memory: one module each, in that order."""
    assert [benchmark.GROUP[:2] for benchmark in BENCHMARKS] == ["1.", "2.", "3.", "4.", "5.", "6."]


def test_the_report_shows_ratios_marks_misses_and_says_how_to_reproduce():
    """A missed target stands out, each ratio is figure over floor, and the machine is named."""
    figures = [
        Figure("1. Generation", "fast enough", 0.30, "s", 0.25, "ratio <= 1.3", True),
        Figure("1. Generation", "too slow", 0.50, "s", 0.25, "ratio <= 1.3", False),
        Figure("6. Memory", "held", 0.9, "MiB", 0.9, "ratio <= 1.1", True),
    ]
    text = report.markdown(figures, QUICK)
    assert "| too slow | 500.0 ms | 250.0 ms | 2.00 | ratio <= 1.3 | **missed** |" in text
    assert "| fast enough | 300.0 ms | 250.0 ms | 1.20 | ratio <= 1.3 | yes |" in text
    assert "| held | 0.90 MiB | 0.90 MiB | 1.00 | ratio <= 1.1 | yes |" in text
    assert "python3 dev.py bench" in text
    assert report.machine() in text
    assert "MISSED" in report.table(figures)
