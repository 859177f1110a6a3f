"""The benchmark tables, printed and written as Markdown with the machine and how to reproduce."""

import datetime
import os
import platform
import re
import statistics
from pathlib import Path

from benchmarks.measure import Figure

NOTES = Path(__file__).resolve().parent / "notes.md"
COLUMNS = "Figure | Runs | Min | Median | Max | Floor: min / median / max | Ratio | Target | Met"
HEAD = [f"| {COLUMNS} |", "|" + " --- |" * (COLUMNS.count("|") + 1)]
SPREAD = (min, statistics.median, max)
DIGITS = {"B": 0, "results": 0, "/min": 1}  # after the decimal point, by unit; else 2


def amount(value: float, unit: str) -> str:
    """A value in its unit: seconds under one as milliseconds."""
    if unit == "s" and value < 1:
        return f"{value * 1000:.1f} ms"
    return f"{value:.{DIGITS.get(unit, 2)}f} {unit}"


def target(figure: Figure) -> str:
    """The figure's targets, in words."""
    words = []
    if figure.at_most is not None:
        words.append(f"median <= {amount(figure.at_most, figure.unit)}")
    if figure.ratio_at_most is not None:
        words.append(f"ratio <= {figure.ratio_at_most:g}")
    return " and ".join(words) or "none set"


def row(figure: Figure) -> str:
    """One figure's row of its table: a missed target stands out."""
    cells = [figure.name, str(len(figure.runs))]
    cells += [amount(spread(figure.runs), figure.unit) for spread in SPREAD]
    floor = [amount(spread(figure.floor), figure.unit) for spread in SPREAD if figure.floor]
    cells += [" / ".join(floor) or "–", "–" if figure.ratio is None else f"{figure.ratio:.2f}"]
    cells += [target(figure), {True: "yes", False: "**missed**", None: "–"}[figure.met]]
    return "| " + " | ".join(cells) + " |"


def tables(groups: dict[str, list[Figure]]) -> str:
    """A Markdown table per group of figures, in the order they were measured."""
    lines = []
    for group, figures in groups.items():
        lines += ["", f"## {group}", "", *HEAD, *map(row, figures)]
    return "\n".join(lines)


def machine() -> str:
    """What the figures were measured on."""
    cpuinfo = Path("/proc/cpuinfo")
    models = re.findall(r"model name\s*: (.+)", cpuinfo.read_text()) if cpuinfo.exists() else []
    cpu = models[0] if models else platform.machine()
    system = f"{platform.system()} {platform.release()}, {os.cpu_count()} CPUs ({cpu})"
    return f"{system}, Python {platform.python_version()}"


def markdown(groups: dict[str, list[Figure]], quick: bool) -> str:
    """docs/benchmarks.md: the figures, the machine, how to reproduce, and the notes."""
    mode = "quick mode: the figures only prove that the benchmarks run" if quick else "full mode"
    intro = f"""# Benchmarks

Every figure gives the min, median and max of its runs, beside the same for its floor, measured
in the same run. Targets and ratios are taken on medians: machines are noisy, ratios less so.

Reproduce with `python3 dev.py bench` (about 15 minutes; `--quick` runs each benchmark once,
briefly, as CI does). The command prints these tables and rewrites this file.

Measured on {datetime.date.today().isoformat()}, {mode}, on {machine()}.
"""
    return intro + tables(groups) + "\n\n" + NOTES.read_text(encoding="utf-8")
