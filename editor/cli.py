"""Command-line parsing shared by the GUI launcher and the headless sub-commands.

Qt-free: ``__main__`` decides from the parsed arguments whether to start the GUI.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from editor import APP_ID, __version__

#: Sub-command modules in ``editor.commands``; each has ``register(subparsers)``.
COMMAND_MODULES: tuple[str, ...] = (
    "convert", "spellcheck", "readability", "sync", "qa", "tm", "glossary", "xliff", "links", "report",
)  # fmt: skip


def add_data_options(parser: argparse.ArgumentParser) -> None:
    """Add ``--data`` and ``--region``, the way every command addresses a working copy."""
    parser.add_argument(
        "--data",
        metavar="DIR",
        help="directory for all user data (working copies, settings, dictionaries)",
    )
    parser.add_argument("--region", metavar="SLUG", help="region slug of the working copy")


def build_parser(commands: Sequence[str] = COMMAND_MODULES) -> argparse.ArgumentParser:
    """Build the argument parser with the GUI options and the named sub-commands."""
    parser = argparse.ArgumentParser(
        prog=APP_ID,
        description="Integreat Desk: edit a region's multilingual Integreat content offline.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    add_data_options(parser)
    parser.add_argument("--demo", action="store_true", help="open (and create once) the bundled demo region")
    parser.add_argument(
        "--screenshot",
        metavar="FILE.png",
        help="render the main window offscreen after loading, save it and exit",
    )
    parser.add_argument(
        "--screenshot-wait",
        metavar="SECONDS",
        type=float,
        default=0.0,
        help="with --screenshot: let spelling and readability finish first (at most SECONDS)",
    )
    parser.add_argument(
        "--open",
        metavar="URL_OR_PATH",
        help="open this page: its CMS or app address or REGION/LANG/SLUG/… (the region comes from it)",
    )
    parser.add_argument(
        "--compare", metavar="LANG", help="language of the right pane (with --open: beside the page's)"
    )
    parser.add_argument(
        "--geometry", metavar="WxH", help="window size, e.g. 1366x768 (also the size of a --screenshot)"
    )
    parser.add_argument("--lang", dest="ui_lang", metavar="CODE", help="UI language (de, en)")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check the installation (Qt, fonts, dictionaries, password store, network) and exit",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in commands:
        try:
            module = importlib.import_module(f"editor.commands.{name}")
        except ModuleNotFoundError as exc:  # pragma: no cover - only while a command is missing
            if exc.name != f"editor.commands.{name}":
                raise
            continue
        module.register(subparsers)
    return parser


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse ``argv`` (``sys.argv[1:]`` when None).

    Only the sub-command that is named gets imported, so starting the GUI loads none of them.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    named = [a for a in args if a in COMMAND_MODULES]
    wants_help = any(a in ("-h", "--help") for a in args)
    commands = named[:1] if named else (COMMAND_MODULES if wants_help else ())
    return build_parser(commands).parse_args(args)
