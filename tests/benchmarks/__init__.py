"""On-demand benchmarks (not part of the test suite): see run.py."""
