"""Benchmarks for the performance targets (`make bench`); not part of the shipped package.

Run each from the repository root, e.g. `python -m benchmarks.bench --write docs/PERFORMANCE.md`;
each rewrites its own section of `docs/PERFORMANCE.md`.
"""
