"""2. Template validation: the whole test command, combinations validated per minute, and one
combination's cost, beside a pytest process holding one trivial AppTest test."""

import os
import re
import xml.etree.ElementTree as ElementTree
from collections import defaultdict
from pathlib import Path

from benchmarks.measure import Figure, floor_folder, seconds
from tooling.commands import pytest_command
from tooling.template import TEMPLATE

GROUP = "2. Template validation"
COMMAND_RUNS, FLOOR_RUNS = 3, 5
WORKERS = 2  # the template's pytest settings run two workers
TRIVIAL_APPTEST = {
    "tests/test_hello.py": """from streamlit.testing.v1 import AppTest


def test_the_page_says_hello():
    at = AppTest.from_string("import streamlit as st\\nst.write('hello')").run()
    assert at.markdown[0].value == "hello"
"""
}
COMBINATIONS = "tests/test_combinations.py"
QUICK_SELECTION = [COMBINATIONS, "-k", "defaults or no-patterns"]


def template_tests(junit: Path, *arguments: str) -> float:
    """Seconds for the template's tests, as a user runs them, reporting to `junit`."""
    command = pytest_command("-q", f"--junitxml={junit}", *arguments)
    return seconds(command, TEMPLATE, env=dict(os.environ))  # RESULTS_DATABASE_URL included


def combination_costs(junit: Path) -> dict[str, float]:
    """Seconds per combination of tests/test_combinations.py, summed over its checks."""
    costs: dict[str, float] = defaultdict(float)
    for case in ElementTree.parse(junit).iter("testcase"):
        match = re.fullmatch(r"test_\w+\[(.+)\]", case.get("name", ""))
        if case.get("classname") == "tests.test_combinations" and match:
            costs[match[1]] += float(case.get("time", 0))
    return dict(costs)


def measure(quick: bool, work: Path) -> list[Figure]:
    """The whole command, combinations per minute, and what one combination costs."""
    selection, runs = (QUICK_SELECTION, 1) if quick else ([], COMMAND_RUNS)
    commands = [template_tests(work / "command.xml", *selection) for _ in range(runs)]
    count = len(combination_costs(work / "command.xml"))
    # One worker, so that no other check runs beside a combination's.
    template_tests(work / "serial.xml", "-n", "0", *(selection or [COMBINATIONS]))
    costs = combination_costs(work / "serial.xml")
    project = floor_folder(work / "trivial-apptest-project", TRIVIAL_APPTEST)
    floor = [seconds(pytest_command("-q"), project) for _ in range(2 if quick else FLOOR_RUNS)]
    scope = "quick selection" if quick else "whole test command"
    cost_name = f"one combination, one worker (slowest: {max(costs, key=costs.get)})"
    per_minute = [count * 60 / command for command in commands]
    command_floor = [each * count / WORKERS for each in floor]
    per_minute_floor = [WORKERS * 60 / each for each in floor]
    return [
        Figure(f"{scope}: {count} combinations", "s", commands, command_floor, at_most=240),
        Figure("combinations validated per minute", "/min", per_minute, per_minute_floor),
        Figure(cost_name, "s", list(costs.values()), floor, ratio_at_most=2.0),
    ]
