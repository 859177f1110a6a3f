"""The benchmark table, printed and written as Markdown with the machine and how to reproduce."""

import datetime
import os
import platform
from pathlib import Path

from benchmarks.measure import Figure, Settings

NOTES = Path(__file__).resolve().parent / "notes.md"
COLUMNS = ("Figure", "Median", "Floor", "Ratio", "Target", "Met")


def amount(value: float | None, unit: str) -> str:
    """A value in its unit: seconds under one as milliseconds."""
    if value is None:
        return "–"
    if unit == "s" and value < 1:
        return f"{value * 1000:.1f} ms"
    digits = {"B": 0, "/min": 1}.get(unit, 2)
    return f"{value:.{digits}f} {unit}"


def row(figure: Figure) -> tuple[str, ...]:
    """One figure's cells."""
    met = {True: "yes", False: "MISSED", None: "–"}[figure.met]
    ratio = "–" if figure.ratio is None else f"{figure.ratio:.2f}"
    floor = amount(figure.floor, figure.unit)
    return (figure.name, amount(figure.value, figure.unit), floor, ratio, figure.target, met)


def table(figures: list[Figure]) -> str:
    """A plain-text table of every figure, grouped as the benchmarks are."""
    rows = [COLUMNS, *(row(figure) for figure in figures)]
    widths = [max(len(cells[i]) for cells in rows) for i in range(len(COLUMNS))]
    lines, group = [], None
    for figure, cells in zip([None, *figures], rows, strict=True):
        if figure is not None and figure.group != group:
            group = figure.group
            lines.append(f"\n{group}")
        lines.append(
            "  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True))
        )
    return "\n".join(lines)


def machine() -> str:
    """What the figures were measured on."""
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        names = [
            line.split(":", 1)[1].strip()
            for line in cpuinfo.read_text().splitlines()
            if line.startswith("model name")
        ]
        cpu = names[0] if names else cpu
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        total_kib = int(meminfo.read_text().split()[1])
        memory = f", {total_kib / 1024 / 1024:.0f} GiB of memory"
    return (
        f"{platform.system()} {platform.release()}, {os.cpu_count()} CPUs ({cpu}){memory}, "
        f"Python {platform.python_version()}"
    )


def markdown(figures: list[Figure], settings: Settings) -> str:
    """docs/benchmarks.md: the figures, the machine, how to reproduce, and the notes."""
    mode = (
        "quick mode: the figures only prove that the benchmarks run"
        if settings.quick
        else "full mode"
    )
    lines = [
        "# Benchmarks",
        "",
        "Every figure is the median of several runs, beside a floor measured in the same run: "
        "machines are noisy, ratios much less so.",
        "",
        "Reproduce with `python3 dev.py bench` (about 15 minutes; `--quick` runs each benchmark "
        "once, briefly, as CI does). The command prints this table and rewrites this file.",
        "",
        f"Measured on {datetime.date.today().isoformat()}, {mode}, on {machine()}.",
    ]
    group = None
    for figure in figures:
        if figure.group != group:
            group = figure.group
            lines += [
                "",
                f"## {group}",
                "",
                "| " + " | ".join(COLUMNS) + " |",
                "|" + " --- |" * len(COLUMNS),
            ]
        lines.append("| " + " | ".join(row(figure)).replace("MISSED", "**missed**") + " |")
    return "\n".join(lines) + "\n\n" + NOTES.read_text(encoding="utf-8")


def write(path: Path, figures: list[Figure], settings: Settings) -> None:
    """Write the Markdown report to `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(markdown(figures, settings), encoding="utf-8")
