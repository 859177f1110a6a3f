"""Benchmarks of the template: generation, validation, the generated suite, reruns and memory,
each as the min, median and max of its runs beside a floor measured in the same run.

    python3 dev.py bench            every figure, written to docs/benchmarks.md
    python3 dev.py bench --quick    few, short runs that prove the benchmarks work
"""
