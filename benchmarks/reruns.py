"""4. Reruns: per pattern page, the timed click of its catalogue entry and the rerun it causes,
through AppTest and in Chromium, beside a script with one button."""

import json
from pathlib import Path

from benchmarks.measure import Figure, all_patterns_project, run_probe
from tooling.template import CATALOGUE

GROUP = "4. Reruns"
SAMPLES, QUICK_SAMPLES = {"apptest": 20, "browser": 5}, {"apptest": 3, "browser": 1}
# What the probe times, how the report names it, and its target in seconds, if any.
LABELS = {"apptest": "AppTest click + rerun", "browser": "Chromium click to updated page"}
AT_MOST = {"apptest": 0.050, "browser": None}
# A page's catalogue entry may set `browser_click_ratio`: a target for its timed click in Chromium,
# as a ratio to the one-button floor (a fragment's button on an otherwise slow page). Through
# AppTest, which runs the whole page at every click, a page's slow parts are set to 0 by its
# QUICK_STATE, as in every AppTest session of the generated tests.
FLOOR = "floor"  # the probe's name for the samples of its one-button script


def figures(samples: dict) -> list[Figure]:
    """The probe's samples as figures, each page named by its title, beside the floor's."""
    result = []
    for kind, label in LABELS.items():
        floor = samples[kind][FLOOR]
        for name, runs in samples[kind].items():
            if name != FLOOR:
                entry = CATALOGUE[name]
                ratio = entry.get("browser_click_ratio") if kind == "browser" else None
                figure = Figure(
                    f"{label}: {entry['title']}", "s", runs, floor, AT_MOST[kind], ratio
                )
                result.append(figure)
    return result


def measure(quick: bool, work: Path) -> list[Figure]:
    """Every page's timed click, through AppTest and in the browser, beside the floor's."""
    clicks = {name: page["timed_clicks"] for name, page in CATALOGUE.items()}
    samples = QUICK_SAMPLES if quick else SAMPLES
    settings = {"BENCH_CLICKS": json.dumps(clicks), "BENCH_SAMPLES": json.dumps(samples)}
    project = all_patterns_project(work)
    return figures(run_probe(project, "reruns_probe.py", "e2e/bench_reruns.py", settings))
