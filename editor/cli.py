"""Command-line parsing shared by the GUI launcher and the headless sub-commands.

Qt-free: ``__main__`` decides from the parsed arguments whether to start the GUI.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Sequence

from editor import APP_ID, __version__

#: Sub-command modules in ``editor.commands``; each has ``register(subparsers)``.
COMMAND_MODULES: tuple[str, ...] = ("convert", "spellcheck", "readability", "sync")


def add_data_options(parser: argparse.ArgumentParser) -> None:
    """Add ``--data`` and ``--region``, the way every command addresses a working copy."""
    parser.add_argument(
        "--data",
        metavar="DIR",
        help="directory for all user data (working copies, settings, dictionaries)",
    )
    parser.add_argument("--region", metavar="SLUG", help="region slug of the working copy")


def build_parser() -> argparse.ArgumentParser:
    """Build the full argument parser with the GUI options and every sub-command."""
    parser = argparse.ArgumentParser(
        prog=APP_ID,
        description="Integreat Desk: edit a region's multilingual Integreat content offline.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    add_data_options(parser)
    parser.add_argument(
        "--demo", action="store_true", help="open (and create once) the bundled demo region"
    )
    parser.add_argument(
        "--screenshot",
        metavar="FILE.png",
        help="render the main window offscreen after loading, save it and exit",
    )
    parser.add_argument("--lang", dest="ui_lang", metavar="CODE", help="UI language (de, en)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"editor.commands.{name}")
        except ModuleNotFoundError as exc:  # pragma: no cover - only while a command is missing
            if exc.name != f"editor.commands.{name}":
                raise
            continue
        module.register(subparsers)
    return parser


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse ``argv`` (``sys.argv[1:]`` when None)."""
    return build_parser().parse_args(argv)
