"""python -m benchmarks [--quick]: measure, print the tables, write the report."""

import argparse
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import generation, memory, report, reruns, suite, validation
from tooling.template import TEMPLATE

BENCHMARKS = (generation, validation, suite, reruns, memory)


def main(argv: list[str]) -> int:
    """Run every benchmark in turn, then print and write what they measured."""
    parser = argparse.ArgumentParser(prog="python3 dev.py bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="few, short runs of each benchmark")
    quick = parser.parse_args(argv).quick
    groups = {}
    with tempfile.TemporaryDirectory(prefix="benchmarks-") as folder:
        for benchmark in BENCHMARKS:
            print(f"{benchmark.GROUP} ...", flush=True)
            start = time.perf_counter()
            groups[benchmark.GROUP] = benchmark.measure(quick, Path(folder))
            print(f"  done in {time.perf_counter() - start:.0f} s", flush=True)
    print(report.tables(groups))
    output = TEMPLATE / ("build/benchmarks-quick.md" if quick else "docs/benchmarks.md")
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(report.markdown(groups, quick), encoding="utf-8")
    print(f"\nWrote {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
