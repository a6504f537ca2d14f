"""Headless sub-commands of ``integreat-desk`` (Qt-free).

Each module defines ``register(subparsers)`` which adds its sub-command and sets
``func`` on the parser to a callable ``(args) -> int`` (the exit code).
"""

from __future__ import annotations
