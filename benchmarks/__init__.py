"""Speed and memory benchmarks (not part of the tests): ``.venv/bin/python -m benchmarks``."""
