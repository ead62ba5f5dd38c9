"""Benchmarks: `make bench` runs every module here with a main() and writes bench/results/*.json."""
