"""``integreat-desk sync --send-kept``: the texts kept here after their language was removed from the region
and added again in the CMS (docs/decisions/0043), sent from the command line.

Run against the in-memory fake (the command's sync on the test's store and a service of the fake) and the
real CMS peer (the whole command in-process, over HTTP). Every sync names the kept texts and the option that
sends them (stderr and ``--json``'s ``kept``); ``--send-kept`` queues them after the pull with the store
method the window uses, and the push creates them where the CMS still holds no text.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from editor.__main__ import main
from editor.cli import parse_args
from editor.commands.sync import sync_store
from editor.models.enums import Status
from editor.models.store import Store
from editor.models.sync_reads import kept_unsent, local_rows
from tests.sync.contract_backends import Backend
from tests.sync.contract_backends import sync_service as _service
from tests.sync.peer_fixture import cms_peer  # noqa: F401
from tests.sync.test_contract import backend  # noqa: F401 - the parametrised fixture
from tests.sync.test_language_emptied import _cms_en_pages
from tests.sync.test_language_gone import _typed_here

Run = tuple[int, dict[str, Any], str]


@pytest.fixture
def cli(
    backend: Backend,  # noqa: F811
    store: Store,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> Any:
    """``cli(*options)``: ``integreat-desk sync --json`` on the test's working copy; (exit code, the JSON
    report, stderr). The fake runs the command's sync with a service of the fake (its arguments parsed as
    the command line's); the peer runs the whole command, password from ``INTEGREAT_DESK_PASSWORD``."""
    monkeypatch.setenv("INTEGREAT_DESK_PASSWORD", backend.password)

    def run(*options: str) -> Run:
        argv = ["sync", "--data", str(tmp_path), "--region", backend.region, "--json", *options]
        if backend.memory is not None:
            code = sync_store(parse_args(argv), store, _service(backend, store), "the fake CMS")
        else:
            code = main([*argv, "--cms", backend.base_url, "--user", backend.user])
        out = capsys.readouterr()
        return code, json.loads(out.out), out.err

    return run


def _english(store: Store) -> dict[int, tuple[str, str, Status]]:
    """Every English text here: local page id -> (title, content, status)."""
    rows = local_rows(store)
    return {row.page_id: (row.title, row.content, row.status) for row in rows if row.language == "en"}


def _assert_in_the_cms(backend: Backend, store: Store, texts: dict[int, tuple[str, str, Status]]) -> None:  # noqa: F811
    """Every text is the CMS's English text of its page, and the CMS's public API serves the public ones."""
    cms_ids = {page.id: page.cms_page_id for page in store.page_tree(list(texts))}
    assert _cms_en_pages(backend) == set(cms_ids.values())
    for page, (title, content, _status) in texts.items():
        stored = backend.stored_by_id(cms_ids[page], "en")  # type: ignore[arg-type]
        assert (stored.title, stored.content) == (title, content)
    public = {page.title for page in backend.client().public_pages(backend.region, "en")}
    assert public == {title for title, _, status in texts.values() if status is Status.PUBLIC}


def test_sync_names_the_kept_texts_and_send_kept_creates_them(
    backend: Backend,  # noqa: F811
    store: Store,
    cli: Any,
) -> None:
    """English removed and added again in the CMS: the sync that finds it (exit 1, once) names the kept
    texts and the option in the summary and the JSON; ``sync --send-kept`` creates each one in the CMS as
    kept here (exit 0), the public API serves them; run again it has nothing to send, says so, exits 0."""
    _typed_here(backend, store)
    texts = _english(store)
    kept = len(texts) - 2  # the English welcome edit and the new page's English text go out by themselves
    backend.remove_language("en")
    backend.add_language("en", parent="de")

    code, report, err = cli()

    assert code == 1, err
    assert [item["code"] for item in report["failed"]] == ["language_emptied"]
    assert report["kept"] == {"queued": {}, "unsent": {"en": kept}, "option": "--send-kept"}
    assert "\n  en: the CMS holds no texts in en any more" in err
    assert "command line: sync --send-kept" in err
    assert f"kept texts, not sent (en: {kept})" in err
    assert "sync with --send-kept" in err

    code, report, err = cli("--send-kept")

    assert code == 0, err
    assert (report["failed"], report["conflicts"], report["pushed"]) == ([], [], kept)
    assert report["kept"] == {"queued": {"en": kept}, "unsent": {}, "option": "--send-kept"}
    assert f"--send-kept: kept texts queued to be sent (en: {kept})" in err
    assert "kept texts, not sent" not in err
    _assert_in_the_cms(backend, store, texts)
    assert (kept_unsent(store), store.outbox_count()) == ({}, 0)

    code, report, err = cli("--send-kept")

    assert code == 0, err
    assert report["pushed"] == 0
    assert report["kept"] == {"queued": {}, "unsent": {}, "option": "--send-kept"}
    assert "--send-kept: no kept texts to send again" in err


def test_send_kept_in_the_sync_that_finds_the_language_emptied(
    backend: Backend,  # noqa: F811
    store: Store,
    cli: Any,
) -> None:
    """``--send-kept`` in the very sync whose pull finds English emptied: the kept texts are queued after
    that pull and created by its push; the run exits 1 once for the language's item, the next is quiet."""
    _typed_here(backend, store)
    texts = _english(store)
    backend.remove_language("en")
    backend.add_language("en", parent="de")

    code, report, err = cli("--send-kept")

    assert code == 1, err
    assert [item["code"] for item in report["failed"]] == ["language_emptied"]
    assert report["pushed"] >= len(texts)  # the waiting edits too (the German one among them)
    assert report["kept"] == {"queued": {"en": len(texts) - 2}, "unsent": {}, "option": "--send-kept"}
    _assert_in_the_cms(backend, store, texts)
    code, report, err = cli()
    assert code == 0, err
    assert (report["pushed"], report["kept"]["unsent"]) == (0, {})
    assert "kept texts" not in err


def test_send_kept_takes_a_text_written_in_the_cms_meanwhile(
    backend: Backend,  # noqa: F811
    store: Store,
    cli: Any,
) -> None:
    """After the sync that found English emptied, someone writes the English "Work" text anew in the CMS:
    ``--send-kept`` queues only after its pull, which takes that text here, so it is not sent over it."""
    _typed_here(backend, store)
    kept = len(_english(store)) - 2
    backend.remove_language("en")
    backend.add_language("en", parent="de")
    assert cli()[0] == 1
    backend.other_editor_saves("work", "en", "Work", "<p>Work, written anew in the CMS.</p>")

    code, report, err = cli("--send-kept")

    assert code == 0, err
    assert report["pulled"]["en"] == 1
    assert report["kept"]["queued"] == ({"en": kept - 1} if kept > 1 else {})  # the fake keeps only "Work"
    assert backend.stored("work", "en").content == "<p>Work, written anew in the CMS.</p>"
    work = next(t for t in store.iter_translations("en") if t.title == "Work")
    assert work.content == "<p>Work, written anew in the CMS.</p>"
