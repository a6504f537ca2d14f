"""Where pages the server does not place yet stay after a pull: beside the page they followed (Qt-free).

A pull gives every CMS page the server's parent and position (ADR 0013: the tree order of the source
language). A page created here and not sent yet has no server position, and one with a move, archive or
restore waiting keeps its local place; their positions are the working copy's own numbers, in another
range than the server's. Sorted together with their freshly pulled siblings they would jump (a page made
"after Sprachkurse" showed first under its parent until the next pull). :func:`merged_order` keeps each
such page right after the sibling it followed before the pull, and :func:`positions_for` numbers the
result without moving the server's pages where there is room.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any


def merged_order(before: Sequence[int], server: Sequence[int], local: Collection[int]) -> list[int]:
    """The children of one parent after a pull.

    ``before`` is their order before it (every child, local or not), ``server`` the server-placed
    children in their new order, ``local`` the pages that keep their place. Each local page goes right
    after the nearest page before it in ``before`` that is still a child (another local page included),
    or first when there is none; the server's pages keep the server's order.
    """
    order = [page for page in server if page not in local]
    for index, page in enumerate(before):
        if page not in local:
            continue
        anchor = next((other for other in reversed(before[:index]) if other in order), None)
        order.insert(order.index(anchor) + 1 if anchor is not None else 0, page)
    return order


def positions_for(order: Sequence[int], fixed: Mapping[int, int]) -> dict[int, int]:
    """Positions that sort as ``order``: the ``fixed`` (server) positions kept, the other pages numbered
    into the free numbers between their neighbours; when a run of them does not fit there (or the fixed
    ones are not increasing), the whole list is numbered 0, 2, 4 … instead."""
    out: dict[int, int] = {}
    run: list[int] = []
    previous: int | None = None
    for page in [*order, None]:
        if page is not None and page not in fixed:
            run.append(page)
            continue
        bound = fixed[page] if page is not None else None
        low = previous + 1 if previous is not None else (bound - len(run) if bound is not None else 0)
        if (bound is not None and previous is not None and bound <= previous) or (
            bound is not None and low + len(run) > bound
        ):
            return {page: 2 * number for number, page in enumerate(order)}
        out.update((member, low + offset) for offset, member in enumerate(run))
        run = []
        if page is not None:
            out[page] = bound  # type: ignore[assignment]
            previous = bound
    return out


def children_order(pages: Sequence[Any], parents: set[int | None]) -> dict[int | None, list[int]]:
    """The ids of the children of each of ``parents`` in tree order (position, then id)."""
    out: dict[int | None, list[Any]] = {parent: [] for parent in parents}
    for page in pages:
        if page.parent_id in out:
            out[page.parent_id].append(page)
    return {
        parent: [page.id for page in sorted(children, key=lambda p: (p.position, p.id))]
        for parent, children in out.items()
    }


def keep_local_places(session: Any, before: dict[int | None, list[int]], keep: set[int]) -> set[int]:
    """Number the children of every parent in ``before`` (their order before a pull wrote the server's
    places, in the unit of work's ``session``) so that each page of ``keep`` stays after the sibling it
    followed; returns the pages renumbered. Only the pull's unit of work calls it."""
    from editor.models.schema import Page

    if not before:
        return set()
    session.flush()
    renumbered: set[int] = set()
    every = list(session.query(Page))
    pages = {page.id: page for page in every}
    for parent, children in children_order(every, set(before)).items():
        server = [page for page in children if page not in keep]
        order = merged_order(before.get(parent, []), server, [p for p in children if p in keep])
        positions = positions_for(order, {page: pages[page].position for page in server})
        for page_id, position in positions.items():
            if pages[page_id].position != position:
                pages[page_id].position = position
                renumbered.add(page_id)
    return renumbered
