"""The working copy's unit of work: every write origin in one transaction, and the typed outbox."""

from __future__ import annotations

import pytest

from editor.models.enums import Status
from editor.models.errors import StoreError
from editor.models.operations import (
    ArchivePage,
    CreatePage,
    EditText,
    MovePage,
    SetStatus,
    push_order,
)
from editor.models.store import Store
from editor.models.unit_sync import PageSpec


def _page(store: Store, title: str) -> int:
    return next(p.id for p in store.page_tree() if p.title(["de", "en", "ar"]) == title)


def _children(store: Store, parent: int | None) -> list[str]:
    rows = [p for p in store.page_tree() if p.parent_id == parent]
    return [p.title(["de"]) for p in sorted(rows, key=lambda p: (p.position, p.id))]


def test_working_copy_create_page_places_it_and_queues_one_create(store: Store) -> None:
    """A page created as the first child of another is there at once; the create carries its first
    text (a later save of that text queues nothing more), another language's text is an EditText."""
    parent = _page(store, "Wohnen")
    page_id, changes = store.create_page(parent, "first-child", "de", "Nebenkosten", "nebenkosten")
    assert changes.tree
    assert _children(store, parent) == ["Nebenkosten", "Miete"]
    store.save_translation(page_id, "de", title="Nebenkosten", content="<p>Heizung und Wasser.</p>")
    store.save_translation(page_id, "en", title="Service charges", content="<p>Heating.</p>")
    ops = store.operations()
    assert [type(op) for op in ops] == [CreatePage, EditText]
    create = ops[0]
    assert isinstance(create, CreatePage)
    assert (create.parent_id, create.ref_page_id, create.position) == (parent, parent, "first-child")
    assert (create.title, create.slug, create.language) == ("Nebenkosten", "nebenkosten", "de")
    text = store.translation(page_id, "de")
    assert text is not None
    assert (text.status, text.content) == (Status.DRAFT, "<p>Heizung und Wasser.</p>")


def test_working_copy_move_keeps_the_first_precondition(store: Store) -> None:
    """Moving a page twice queues one MovePage that still names where the server has it."""
    work, home = _page(store, "Arbeit"), _page(store, "Wohnen")
    rent = _page(store, "Miete")
    store.move_page(work, home, "first-child")
    store.move_page(work, rent, "right")
    [move] = store.operations()
    assert isinstance(move, MovePage)
    assert (move.ref_page_id, move.position, move.from_parent) == (rent, "right", 0)
    assert _children(store, home) == ["Miete", "Arbeit"]
    with pytest.raises(StoreError, match="below itself"):
        store.move_page(home, work, "first-child")


def test_working_copy_archive_and_restore_cancel_out(store: Store) -> None:
    """Archive then restore here sends nothing; archive alone queues one ArchivePage."""
    work = _page(store, "Arbeit")
    store.archive_page(work)
    assert [type(op) for op in store.operations()] == [ArchivePage]
    assert next(p for p in store.page_tree() if p.id == work).archived
    store.restore_page(work)
    assert store.operations() == []


def test_working_copy_set_status_is_queued_with_history(store: Store) -> None:
    """A status change is its own operation; the old state goes into the local history."""
    home = _page(store, "Wohnen")
    store.set_status(home, "en", Status.DRAFT)
    [op] = store.operations()
    assert isinstance(op, SetStatus)
    assert (op.language, op.status) == ("en", Status.DRAFT)
    assert store.history(home, "en")[0].status is Status.PUBLIC


def test_working_copy_discard_keeps_text_or_removes_new_page(store: Store) -> None:
    """Discarding an EditText keeps the local text; discarding a create removes the page made here."""
    home = _page(store, "Wohnen")
    store.save_translation(home, "de", title="Wohnen", content="<p>Lokal.</p>")
    page_id, _ = store.create_page(None, "first-child", "de", "Neu")
    edit, create = sorted(store.operations(), key=lambda op: op.kind)[::-1]
    store.discard_operation(edit.id)
    kept = store.translation(home, "de")
    assert kept is not None
    assert kept.content == "<p>Lokal.</p>"
    store.discard_operation(create.id)
    assert store.operations() == []
    assert page_id not in {p.id for p in store.page_tree()}


def test_working_copy_unit_rolls_back_as_a_whole(store: Store) -> None:
    """A unit of work that fails half-way leaves text, history, index and outbox as they were."""
    home = _page(store, "Wohnen")
    before = store.translation(home, "de")

    def half_way() -> None:
        with store.unit() as unit:
            unit.save_text(home, "de", title="Wohnen", content="<p>Halb.</p>")
            unit.archive_page(home)
            raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        half_way()
    assert store.translation(home, "de") == before
    assert store.operations() == []
    assert store.history(home, "de") == []
    assert store.search("Halb") == []


def test_working_copy_pull_keeps_a_local_move(store: Store) -> None:
    """A pull that lists the server's tree does not undo a move waiting to be sent."""
    work, home = _page(store, "Arbeit"), _page(store, "Wohnen")
    store.move_page(work, home, "first-child")
    cms = {p.id: p.cms_page_id for p in store.page_tree()}
    with store.unit() as unit:
        unit.upsert_pages([PageSpec(cms[home], None, 0), PageSpec(cms[work], None, 9)])  # type: ignore[arg-type]
    assert next(p for p in store.page_tree() if p.id == work).parent_id == home


def test_working_copy_push_order_is_safe(store: Store) -> None:
    """Creates go first (in queue order), then moves/archives, then texts."""
    home = _page(store, "Wohnen")
    store.save_translation(home, "de", title="Wohnen", content="<p>Zuerst getippt.</p>")
    store.archive_page(_page(store, "Arbeit"))
    parent, _ = store.create_page(None, "first-child", "de", "Eltern")
    store.create_page(parent, "first-child", "de", "Kind")
    kinds = [op.kind for op in push_order(store.operations())]
    assert kinds == ["create_page", "create_page", "archive_page", "edit_text"]
    titles = [op.title for op in push_order(store.operations()) if isinstance(op, CreatePage)]
    assert titles == ["Eltern", "Kind"]


def test_working_copy_discarding_a_new_page_never_takes_a_cms_page_with_it(store: Store) -> None:
    """A CMS page moved under a page created here (with a text edited here) is not removed with it
    when the create is discarded: the discard is refused, the page, its text and its operations stay
    (before: the page and everything typed in it were deleted with the new page)."""
    home, rent = _page(store, "Wohnen"), _page(store, "Miete")
    new, _ = store.create_page(home, "first-child", "de", "Neu")
    store.save_translation(rent, "de", title="Miete", content="<p>Hier getippt.</p>")
    store.move_page(rent, new, "first-child")
    before = store.operations()
    create = next(op for op in before if isinstance(op, CreatePage))
    with pytest.raises(StoreError, match="move the pages under it away first") as raised:
        store.discard_operation(create.id)
    assert raised.value.code == "pages_under_it"
    assert store.operations() == before
    assert next(p for p in store.page_tree() if p.id == rent).parent_id == new
    kept = store.translation(rent, "de")
    assert kept is not None
    assert kept.content == "<p>Hier getippt.</p>"


def test_working_copy_push_order_sends_a_parent_made_later_first(store: Store) -> None:
    """A page made here and then moved under (or beside) a page made here later is created after it
    (before: queue order sent the child first, its push failed and waited for the next sync)."""
    home = _page(store, "Wohnen")
    child, _ = store.create_page(home, "first-child", "de", "Kind")
    beside, _ = store.create_page(home, "first-child", "de", "Daneben")
    parent, _ = store.create_page(home, "first-child", "de", "Eltern")
    store.move_page(child, parent, "first-child")
    store.move_page(beside, child, "right")
    titles = [op.title for op in push_order(store.operations()) if isinstance(op, CreatePage)]
    assert titles == ["Eltern", "Kind", "Daneben"]


def test_working_copy_text_in_a_language_the_region_lacks_is_refused_by_name(store: Store) -> None:
    """A text saved in a language the region does not have in the CMS is refused, naming the language
    (before: "no page N in language …", as if the page were missing); nothing is queued."""
    home = _page(store, "Wohnen")
    with pytest.raises(StoreError, match="no language 'tr'") as raised:
        store.save_translation(home, "tr", title="Konut", content="<p>Ev.</p>")
    assert (raised.value.code, raised.value.params["language"]) == ("no_language", "tr")
    assert store.operations() == []
