"""Benchmarks of the template: generation, validation, the generated suite, reruns, the server
and memory, each a median side by side with a floor measured in the same run.

    python3 dev.py bench            every figure, written to docs/benchmarks.md
    python3 dev.py bench --quick    few, short runs that prove the benchmarks work
"""
