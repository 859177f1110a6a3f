"""python -m benchmarks [--quick] [--output FILE]: measure, print the table, write the report."""

import argparse
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import generation, memory, report, reruns, server, suite, validation
from benchmarks.measure import FULL, QUICK
from tests.support import TEMPLATE

BENCHMARKS = (generation, validation, suite, reruns, server, memory)
REPORT = TEMPLATE / "docs" / "benchmarks.md"
QUICK_REPORT = TEMPLATE / "build" / "benchmarks-quick.md"


def main(argv: list[str]) -> int:
    """Run every benchmark in turn, then print and write what they measured."""
    parser = argparse.ArgumentParser(prog="python3 dev.py bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="one short run of each benchmark")
    parser.add_argument("--output", type=Path, help="where to write the Markdown report")
    args = parser.parse_args(argv)
    settings = QUICK if args.quick else FULL
    output = args.output or (QUICK_REPORT if args.quick else REPORT)
    figures = []
    with tempfile.TemporaryDirectory(prefix="benchmarks-") as folder:
        for benchmark in BENCHMARKS:
            print(f"{benchmark.GROUP} ...", flush=True)
            start = time.perf_counter()
            figures += benchmark.measure(settings, Path(folder))
            print(f"  done in {time.perf_counter() - start:.0f} s", flush=True)
    print(report.table(figures))
    report.write(output, figures, settings)
    print(f"\nWrote {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
