"""Conventions every region report shares: a header row, page path and title, plain cells, a quiet exit
when the reader of the output goes away (``| head``), and CSV that German Excel opens correctly."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from editor.reports.tabular import csv_text, number, plain, write_csv, write_table

__all__ = ["csv_text", "is_german", "number", "pipe_safe", "plain", "write_csv", "write_table"]


def pipe_safe(run: Callable[[], int]) -> int:
    """Run ``run``; when stdout's reader has gone (``| head``), stop quietly instead of a traceback."""
    try:
        code = run()
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def is_german(ui_lang: str | None) -> bool:
    """True when the UI language (``--lang``, else ``LANG``/``LC_ALL``) is German."""
    value = ui_lang or os.environ.get("LC_ALL") or os.environ.get("LANG") or ""
    return value.lower().startswith("de")


def page_paths(store: object) -> dict[tuple[int, str], str]:
    """``(page id, language) → region/lang/slug/…`` for every translation of a real working copy
    (empty for a stand-in without the store's reads)."""
    if not hasattr(store, "query"):
        return {}
    from editor.reports.pages import PageIndex

    index = PageIndex.build(store)  # type: ignore[arg-type]
    return {key: index.path(*key) for key in index.status}
