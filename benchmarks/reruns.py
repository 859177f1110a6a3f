"""4. Reruns: per pattern page, one click and its rerun through AppTest, and from click to
updated page in Chromium, beside a script with one button."""

import json
from pathlib import Path

from benchmarks.measure import Figure, Settings, all_patterns_project, run_probe

GROUP = "4. Reruns"
TARGET_APPTEST_SECONDS = 0.050
# Per page, the buttons to click, each with the text that its rerun shows; the last click is
# the one timed. The expensive process is timed on "Clear results" after a first "Process":
# that first click runs the stand-in work, which takes slow_work.SIMULATED_SECONDS on purpose.
INTERACTIONS = {
    "temporary_message": [("message_hello", "Hello, whoever you are!")],
    "stateful_button": [("stateful_open", "Level 5, notifications off.")],
    "toggle_button": [("toggle_lock", "Unlock the slider")],
    "stages": [("stages_begin", "Stage: name")],
    "modify_state": [("modify_callback_add", "This page has run 2 times in this session.")],
    "reset_widgets": [("reset_fill", "Streamlit")],
    "dynamic_widgets": [("rows_add", "Person 1: (no name yet)")],
    "expensive_process": [
        ("expensive_process", "Result for multiplier 1 and add 0:"),
        ("expensive_clear", "No result yet: pick the parameters and click “Process”."),
    ],
    "anti_patterns": [("anti_unsaved_fix_process", "Result: 42")],
}


def measure(settings: Settings, work: Path) -> list[Figure]:
    """One figure per page through AppTest, and one per page in the browser."""
    results = run_probe(
        all_patterns_project(work),
        "reruns_probe.py",
        "e2e/bench_reruns.py",
        {
            "BENCH_SAMPLES": str(settings.apptest_samples),
            "BENCH_BROWSER_SAMPLES": str(settings.browser_samples),
            "BENCH_INTERACTIONS": json.dumps(INTERACTIONS),
        },
    )
    apptest, browser = results["apptest"], results["browser"]
    figures = [
        Figure(
            GROUP,
            f"AppTest click + rerun: {name}",
            value,
            "s",
            apptest["floor"],
            f"< {TARGET_APPTEST_SECONDS * 1000:g} ms",
            value < TARGET_APPTEST_SECONDS,
        )
        for name, value in apptest["pages"].items()
    ]
    figures += [
        Figure(
            GROUP,
            f"Chromium click to updated page: {name}",
            value,
            "s",
            browser["floor"],
            "none set",
            None,
        )
        for name, value in browser["pages"].items()
    ]
    return figures
