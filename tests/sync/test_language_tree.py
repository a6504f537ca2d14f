"""The CMS's language tree, read from a page edit form's translator view box (ADR 0027)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from editor.models.records import TranslationState
from editor.models.store import Store, open_store
from editor.sync.language_tree import parse_language_tree
from editor.sync.memory_client import MemoryCmsClient
from editor.sync.network import ClientError, Timeout
from editor.sync.service import SyncService
from tests.sync.peer_fixture import CmsPeer, cms_peer  # noqa: F401

FORM = (Path(__file__).parent / "data" / "page_form_testhausen.html").read_text(encoding="utf-8")
CODES = ["de", "en", "ar", "fa"]


def _nested(html: str) -> str:
    """The saved form as a region whose Arabic is translated from English."""
    return html.replace("German to Arabic", "English to Arabic")


def test_language_tree_flat_form_from_the_peer() -> None:
    """The peer's real form (every language from German) gives German as every parent."""
    assert parse_language_tree(FORM, CODES) == {"de": None, "en": "de", "ar": "de", "fa": "de"}


def test_language_tree_nested_form() -> None:
    """Arabic translated from English: the source name is another option's target name."""
    assert parse_language_tree(_nested(FORM), CODES) == {"de": None, "en": "de", "ar": "en", "fa": "de"}


def test_language_tree_german_ui_labels() -> None:
    """Labels in another UI language ("nach") are read the same way; the separator is learnt."""
    html = (
        _nested(FORM)
        .replace("German to English", "Deutsch nach Englisch")
        .replace("English to Arabic", "Englisch nach Arabisch")
        .replace("German to Persian", "Deutsch nach Persisch")
    )
    assert parse_language_tree(html, CODES) == {"de": None, "en": "de", "ar": "en", "fa": "de"}


def test_language_tree_names_with_the_separator_word() -> None:
    """A language name that contains the separator word is still read, when only one reading fits."""
    html = (
        FORM.replace("German to English", "Back to Basics to English")
        .replace("German to Arabic", "Back to Basics to Arabic")
        .replace("German to Persian", "English to Persian")
    )
    assert parse_language_tree(html, CODES) == {"de": None, "en": "de", "ar": "de", "fa": "en"}


TWO_ROOTS = FORM.replace("German to Arabic", "Kurdish to Arabic").replace(
    "German to Persian", "Kurdish to Persian"
)


@pytest.mark.parametrize(
    ("html", "codes"),
    [
        ("<html><body><form></form></body></html>", CODES),  # no translator view box
        (FORM.replace("German to Persian", "German to Arabic"), CODES),  # two targets, one name
        (FORM, ["de", "en", "ar", "fa", "uk"]),  # two region languages are no option's target
        (FORM, ["en", "ar", "fa"]),  # the root is not a region language
        (TWO_ROOTS, CODES),  # two source names that are no option's target
    ],
)
def test_language_tree_ambiguous_forms_give_none(html: str, codes: list[str]) -> None:
    """Anything the form does not tell unambiguously gives None (the caller keeps the flat tree)."""
    assert parse_language_tree(html, codes) is None


def _pull(store: Store, client: MemoryCmsClient) -> None:
    service = SyncService(store, client, "testhausen", "editor", lambda _u: "secret", sleep=lambda _s: None)
    assert service.pull().ok


def test_language_tree_nested_pull_outdates_only_the_children(tmp_path: Path) -> None:
    """Arabic under English in the CMS: the pull records it, and a major English edit here outdates
    Arabic while German (the root) and Persian (under German) stay as they were."""
    client = MemoryCmsClient(
        languages=(("de", False), ("en", False), ("ar", True), ("fa", True)), parents={"ar": "en"}
    )
    client.login("editor", "secret")
    texts = {code: (f"Titel {code}", f"<p>Text {code}.</p>") for code in ("de", "en", "ar", "fa")}
    client.add_page(texts)
    client.logout()
    store = open_store(tmp_path, "testhausen", create=True)
    try:
        _pull(store, client)
        assert {lg.code: lg.parent_code for lg in store.languages()} == {
            "de": None, "en": "de", "ar": "en", "fa": "de",
        }  # fmt: skip
        page = store.page_tree()[0].id
        cells = store.page_tree([page])[0].cells
        assert all(cells[c].state is TranslationState.UP_TO_DATE for c in ("en", "ar", "fa"))
        store.save_translation(page, "en", title="Titel en", content="<p>New English.</p>", minor_edit=False)
        cells = store.page_tree([page])[0].cells
        assert cells["ar"].state is TranslationState.OUTDATED
        assert cells["fa"].state is TranslationState.UP_TO_DATE
        assert cells["de"].state is not TranslationState.OUTDATED
    finally:
        store.close()


def test_language_tree_read_once_and_again_when_languages_change(tmp_path: Path) -> None:
    """The form is read at the first pull only; a repeated pull reads no form."""
    client = MemoryCmsClient(parents={"ar": "en"})
    client.login("editor", "secret")
    client.add_page({"de": ("A", "<p>a</p>"), "en": ("A", "<p>a</p>"), "ar": ("A", "<p>a</p>")})
    client.logout()
    store = open_store(tmp_path, "testhausen", create=True)
    try:
        _pull(store, client)
        client.parents = {}  # the CMS's tree changed, but no language came or went
        client.logout()
        before = client.request_count
        _pull(store, client)
        assert client.request_count - before == 3 + 2  # login (2) + one tree per language
        assert {lg.code: lg.parent_code for lg in store.languages()}["ar"] == "en"
    finally:
        store.close()


def test_language_tree_unreadable_keeps_the_flat_tree(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A form that does not tell the tree: every language from the first one, and a warning logged."""

    class Unclear(MemoryCmsClient):
        def language_parents(self, region: str, lang: str, page_id: int, codes: list[str]) -> None:
            self._request()

    client = Unclear()
    client.login("editor", "secret")
    client.add_page({"de": ("A", "<p>a</p>"), "en": ("A", "<p>a</p>"), "ar": ("A", "<p>a</p>")})
    client.logout()
    store = open_store(tmp_path, "testhausen", create=True)
    try:
        with caplog.at_level(logging.WARNING):
            _pull(store, client)
        assert {lg.code: lg.parent_code for lg in store.languages()} == {"de": None, "en": "de", "ar": "de"}
        assert "language tree could not be read" in caplog.text
    finally:
        store.close()


_CMS_TREE = (
    "from integreat_cms.cms.models import Region\n"
    "r = Region.objects.get(slug={region!r})\n"
    "nodes = {{n.language.slug: n for n in r.language_tree_nodes.all()}}\n"
    "{move}"
    "r = Region.objects.get(slug={region!r})\n"
    "for n in r.language_tree_nodes.all():\n"
    "    p = n.get_parent()\n"
    "    print('TREE', n.language.slug, p.language.slug if p else '-')\n"
)


@pytest.mark.cms
def test_language_tree_peer_pull_records_the_cms_tree(cms_peer: CmsPeer, tmp_path: Path) -> None:  # noqa: F811
    """The real CMS with Arabic moved under English: the pulled parents equal the CMS's tree."""
    from editor.sync.cms_client import HttpCmsClient

    cms_peer.reset()
    try:
        move = "nodes['ar'].move(nodes['en'], pos='last-child')\n"
        printed = cms_peer.shell(_CMS_TREE.format(region=cms_peer.region, move=move))
        cms_tree = {
            code: (None if parent == "-" else parent)
            for _, code, parent in (line.split() for line in printed.splitlines() if line.startswith("TREE "))
        }
        assert cms_tree["ar"] == "en"
        store = open_store(tmp_path, cms_peer.region, create=True)
        try:
            client = HttpCmsClient(cms_peer.base_url)
            service = SyncService(store, client, cms_peer.region, cms_peer.editor_user,
                                  lambda _u: cms_peer.editor_password)  # fmt: skip
            assert service.pull().ok
            pulled = {lg.code: lg.parent_code for lg in store.languages()}
            assert pulled == {code: cms_tree[code] for code in pulled}
        finally:
            store.close()
    finally:
        cms_peer.reset()


def test_language_tree_refused_form_is_not_asked_again(tmp_path: Path) -> None:
    """A form the CMS refuses (403) keeps the flat tree and costs no request in later pulls; a timeout
    is asked again with the next pull."""
    client = MemoryCmsClient(parents={"ar": "en"})
    client.login("editor", "secret")
    client.add_page({"de": ("A", "<p>a</p>"), "en": ("A", "<p>a</p>"), "ar": ("A", "<p>a</p>")})
    client.logout()
    store = open_store(tmp_path, "testhausen", create=True)
    try:
        client.fail_next(Timeout("the CMS did not answer"), skip=2 + 1 + 3)  # region, login, trees
        _pull(store, client)
        assert {lg.code: lg.parent_code for lg in store.languages()}["ar"] == "de"
        client.logout()
        client.fail_next(ClientError(403, "forbidden"), skip=2 + 3)  # login, trees
        before = client.request_count
        _pull(store, client)
        assert client.request_count - before == 2 + 3 + 1  # the form asked again after the timeout
        assert {lg.code: lg.parent_code for lg in store.languages()}["ar"] == "de"
        client.logout()
        before = client.request_count
        _pull(store, client)
        assert client.request_count - before == 2 + 3
    finally:
        store.close()
