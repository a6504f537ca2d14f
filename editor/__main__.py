"""Entry point: headless sub-commands run without Qt; otherwise the window starts."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``integreat-desk`` with ``argv`` (``sys.argv[1:]`` when None)."""
    from editor.cli import parse_args

    args = parse_args(argv)
    if getattr(args, "func", None) is not None:
        return int(args.func(args))
    if args.demo and not args.self_test:  # a new data folder: its demo copy is written while Qt loads
        from editor.config import default_data_dir
        from editor.launch import prepare_demo

        prepare_demo(Path(args.data) if args.data else default_data_dir())
    headless = args.self_test and sys.platform.startswith("linux") and not _has_display()
    if (args.screenshot or headless) and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from editor import APP_NAME, app

    qt_app = QApplication.instance() or QApplication([sys.argv[0], *(argv or sys.argv[1:])])
    qt_app.setApplicationName(APP_NAME)
    qt_app.setOrganizationName("Integreat")
    if args.self_test:
        from editor.views.installation import run_self_test

        return run_self_test(qt_app, args)  # type: ignore[arg-type]
    return app.run(qt_app, args)  # type: ignore[arg-type]


def _has_display() -> bool:
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


if __name__ == "__main__":
    sys.exit(main())
