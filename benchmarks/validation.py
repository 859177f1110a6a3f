"""2. Template validation: the whole test command, combinations validated per minute, and the
cost of validating one combination, beside a pytest process holding one trivial AppTest test."""

import os
import re
import statistics
import xml.etree.ElementTree as ElementTree
from collections import defaultdict
from pathlib import Path

from benchmarks.measure import PYTEST, Figure, Settings, ratio_figure, seconds
from tests.support import TEMPLATE

GROUP = "2. Template validation"
TARGET_COMMAND_SECONDS = 180
TARGET_COMBINATION_RATIO = 2.0
WORKERS = 2  # the template's pytest settings run two workers
TRIVIAL_TEST = """from streamlit.testing.v1 import AppTest


def test_the_page_says_hello():
    at = AppTest.from_string("import streamlit as st\\nst.write('hello')").run()
    assert at.markdown[0].value == "hello"
"""
# The check that runs a combination's own test suite in a process of its own.
SUITE_CHECK = "test_generated_test_suite_passes"
# Quick mode validates two combinations only.
QUICK_SELECTION = ["tests/test_combinations.py", "-k", "defaults or no-patterns"]


def trivial_apptest_project(work: Path) -> Path:
    """The floor: a project holding a single trivial AppTest test."""
    project = work / "trivial-apptest-project"
    (project / "tests").mkdir(parents=True)
    (project / "tests" / "test_hello.py").write_text(TRIVIAL_TEST)
    return project


def command_seconds(settings: Settings, junit: Path) -> float:
    """Seconds for the template's whole test command (quick: two combinations)."""
    selection = QUICK_SELECTION if settings.quick else []
    env = dict(os.environ)  # as a user runs it, RESULTS_DATABASE_URL included
    return seconds([*PYTEST, f"--junitxml={junit}", *selection], TEMPLATE, env)


def combination_costs(junit: Path, check: str = "") -> dict[str, float]:
    """Seconds each combination took, summed over its checks whose name starts with `check`
    (setup, so baking, included)."""
    costs: dict[str, float] = defaultdict(float)
    for case in ElementTree.parse(junit).iter("testcase"):
        match = re.fullmatch(r"(test_\w+)\[(.+)\]", case.get("name", ""))
        in_combinations = case.get("classname") == "tests.test_combinations"
        if in_combinations and match and match[1].startswith(check):
            costs[match[2]] += float(case.get("time", 0))
    return dict(costs)


def serial_run(settings: Settings, junit: Path) -> None:
    """The combination checks with one worker, so that no other check runs beside them."""
    selection = QUICK_SELECTION if settings.quick else ["tests/test_combinations.py"]
    seconds([*PYTEST, "-n", "0", f"--junitxml={junit}", *selection], TEMPLATE, dict(os.environ))


def measure(settings: Settings, work: Path) -> list[Figure]:
    """The whole command, the combinations per minute, and one combination's cost."""
    floor_project = trivial_apptest_project(work)
    commands = [
        command_seconds(settings, work / "command.xml") for _ in range(settings.command_runs)
    ]
    command = statistics.median(commands)
    combinations = len(combination_costs(work / "command.xml"))
    serial_run(settings, work / "serial.xml")
    costs = combination_costs(work / "serial.xml")
    suites = combination_costs(work / "serial.xml", check=SUITE_CHECK)
    floor = statistics.median(seconds(PYTEST, floor_project) for _ in range(settings.suite_runs))
    slowest = max(costs, key=costs.get)
    per_minute = combinations / (command / 60)
    scope = "two combinations (quick)" if settings.quick else "whole test command"
    return [
        Figure(
            GROUP,
            f"{scope}: {combinations} combinations, every value and pair",
            command,
            "s",
            floor * combinations / WORKERS,
            f"< {TARGET_COMMAND_SECONDS} s on 2 cores",
            command < TARGET_COMMAND_SECONDS,
        ),
        Figure(
            GROUP,
            "combinations validated per minute",
            per_minute,
            "/min",
            60 / floor * WORKERS,
            "none set",
            None,
        ),
        ratio_figure(
            GROUP,
            "one combination (median, one worker)",
            statistics.median(costs.values()),
            "s",
            floor,
            TARGET_COMBINATION_RATIO,
        ),
        Figure(
            GROUP,
            "of which its own test suite (median)",
            statistics.median(suites.values()),
            "s",
            floor,
            "none set",
            None,
        ),
        ratio_figure(
            GROUP,
            f"slowest combination ({slowest})",
            costs[slowest],
            "s",
            floor,
            TARGET_COMBINATION_RATIO,
        ),
    ]
