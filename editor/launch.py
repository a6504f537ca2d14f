"""What the command line asks the window to open (Qt-free, used by ``editor.app``).

The region: ``--demo``, ``--region``, the region of ``--open``, else the last one (when its working
copy still exists); None means the start screen. A region that has no working copy is refused with the
regions that are there. ``--open`` / ``--compare`` become the page and the two pane languages.
"""

from __future__ import annotations

import argparse
import threading
from pathlib import Path

from editor.config import Config
from editor.models.demo import DEMO_SLUG, ensure_demo
from editor.models.errors import StoreError
from editor.models.page_address import PageAddressError, PageMatch, find_page, parse_page_address
from editor.models.store import Store, open_store, working_copy_path
from editor.models.working_copies import region_slugs

#: The thread :func:`prepare_demo` started, until :func:`open_region` waited for it.
_demo_copying: list[threading.Thread] = []


class StartError(Exception):
    """What was asked for on the command line cannot be opened (one line for the user)."""


def requested_region(args: argparse.Namespace, config: Config) -> str | None:
    """The region to open: ``--demo``, ``--region``, the region of ``--open``, else the last one
    (when its working copy still exists). None: show the start screen."""
    if args.demo:
        return DEMO_SLUG
    if args.region:
        return str(args.region)
    if getattr(args, "open", None):
        return parse_page_address(args.open).region
    last = str(config.state.get("region"))
    if last and working_copy_path_exists(config.data_dir, last):
        return last
    return None


def working_copy_path_exists(data_dir: Path, slug: str) -> bool:
    """True when ``data_dir`` holds a working copy of ``slug``."""
    try:
        return working_copy_path(data_dir, slug).exists()
    except StoreError:
        return False


def open_region(data_dir: Path, slug: str) -> Store:
    """Open the working copy of ``slug`` (the demo is created on first use); raises StartError when
    there is none, naming the regions that are there."""
    if slug == DEMO_SLUG:
        if _demo_copying:
            _demo_copying.pop().join()  # begun by prepare_demo
        if not working_copy_path_exists(data_dir, slug):
            _copy_demo(data_dir)
        return ensure_demo(data_dir, _fill_demo)  # pulls the demo when no copy made ahead fits
    if not working_copy_path_exists(data_dir, slug):
        working_copy_path(data_dir, slug)  # raises for a malformed slug
        known = [s for s in region_slugs(data_dir) if s != slug]
        there = (
            f"working copies here: {', '.join(known)}"
            if known
            else "there is none yet (pull one with `integreat-desk sync --data DIR --cms URL --region "
            "SLUG --user NAME`, or start without --region and connect to a CMS)"
        )
        raise StartError(f"no working copy of region {slug!r} in {data_dir}; {there}")
    return open_store(data_dir, slug)


def prepare_demo(data_dir: Path) -> None:
    """Begin making the demo working copy of a new ``data_dir`` from the copy made ahead
    (:mod:`editor.demo_copy`) in a thread: it mostly waits for the disk, which it can do while the
    window's modules load. :func:`open_region` waits for it."""
    if working_copy_path_exists(data_dir, DEMO_SLUG) or _demo_copying:
        return
    from editor.demo_copy import copy_demo  # imported here: the thread only copies

    thread = threading.Thread(target=copy_demo, args=(data_dir,), name="demo-copy", daemon=True)
    _demo_copying.append(thread)
    thread.start()


def demo_copy_pending() -> bool:
    """True while the thread :func:`prepare_demo` started has not been waited for."""
    return bool(_demo_copying)


def open_working_copy(args: argparse.Namespace, config: Config) -> Store | None:
    """The working copy the arguments (or the last session) name; None: show the start screen."""
    slug = requested_region(args, config)
    return open_region(config.data_dir, slug) if slug else None


def page_to_open(store: Store, address: str, compare: str | None, remembered: str) -> tuple[PageMatch, str]:
    """The page ``--open`` names and the right pane's language (``--compare``, else the remembered
    one, else another language of the region). Raises PageAddressError."""
    match = find_page(store, parse_page_address(address))
    codes = [lang.code for lang in store.languages()]
    if compare:
        return match, checked_language(codes, compare)
    others = [code for code in codes if code != match.language] or codes
    return match, remembered if remembered in others else others[0]


def checked_language(codes: list[str], compare: str) -> str:
    """``compare`` when it is one of the region's language ``codes``; raises PageAddressError."""
    if compare not in codes:
        raise PageAddressError(
            f"--compare {compare}: the region has no such language ({', '.join(codes)})",
            code="compare_language", language=compare, codes=", ".join(codes),
        )  # fmt: skip
    return compare


def _copy_demo(data_dir: Path) -> None:
    from editor.demo_copy import copy_demo

    copy_demo(data_dir)


def _fill_demo(store: Store) -> None:
    """Fill a new demo working copy (the bundled client is imported only then: start-up)."""
    from editor.sync.bundled_client import fill_demo

    fill_demo(store)
