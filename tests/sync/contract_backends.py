"""Backends for the sync contract suite: the in-memory fake and the real local CMS peer.

Both offer the same handful of operations, so every contract test runs unchanged against each:
a fresh client, the seeded page ids, "another editor" saving through the web form, and the CMS's
own view of a translation (stored text, translation state).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from editor.sync.cms_client import HttpCmsClient
from editor.sync.cms_types import StoredTranslation
from editor.sync.memory_client import MemoryCmsClient

CONTACT_CARD = (
    '<div><p>Unser Bürgerbüro hilft Ihnen gern.</p><div contenteditable="false" data-contact-id="1" '
    'class="contact-card notranslate" dir="ltr" translate="no"><h4>Erika Mustermann</h4></div></div>'
)
TABLE = (
    "<div><p>Kurse im Überblick:</p><table><thead><tr><th>Kurs</th><th>Tag</th></tr></thead>"
    "<tbody><tr><td>A1</td><td>Montag</td></tr></tbody></table></div>"
)


def _rtl(text: str) -> str:
    return f'<div dir="rtl"><p>{text}</p></div>'


def seed_memory(client: MemoryCmsClient) -> dict[str, int]:
    """The peer's seed region in small: the same keys, RTL text, a table, a contact card."""
    ids: dict[str, int] = {}
    ids["welcome"] = client.add_page({
        "de": ("Willkommen", "<p>Willkommen in Testhausen!</p>"),
        "en": ("Welcome", "<p>Welcome to Testhausen!</p>"),
        "ar": ("أهلاً وسهلاً", _rtl("مرحباً بكم في تستهاوزن!")),
        "fa": ("خوش آمدید", _rtl("به تستهاوزن خوش آمدید!")),
    })  # fmt: skip
    ids["contact"] = client.add_page({"de": ("Kontakt", CONTACT_CARD)}, parent=ids["welcome"])
    ids["work"] = client.add_page({"de": ("Arbeit", "<p>Arbeit.</p>"), "en": ("Work", "<p>Work.</p>")})
    ids["courses"] = client.add_page({"de": ("Sprachkurse", TABLE)}, parent=ids["work"])
    ids["old"] = client.add_page({"de": ("Alte Informationen", "<p>Veraltet.</p>")})
    client.archive(ids["old"])
    client.edit(ids["welcome"], "fa", "خوش آمدید", _rtl("پیش‌نویس."), status="DRAFT")
    return ids


@dataclass
class Backend:
    """One CMS to run the contract suite against."""

    name: str
    region: str
    user: str
    password: str
    ids: dict[str, int]
    memory: MemoryCmsClient | None = None
    base_url: str = ""
    #: A (page, language) whose latest version is a DRAFT.
    draft: tuple[str, str] = ("welcome", "fa")
    #: Runs Python inside the real CMS (the peer's Django shell); None for the fake.
    shell: Any = None

    def client(self) -> Any:
        """A fresh client (not logged in) as the app would use it."""
        if self.memory is not None:
            self.memory._user = None  # a new session
            return self.memory
        return HttpCmsClient(self.base_url)

    def _other(self) -> Any:
        if self.memory is not None:
            return self.memory
        other = HttpCmsClient(self.base_url)
        other.login(self.user, self.password)
        return other

    def other_editor_saves(self, page: str, lang: str, title: str, content: str, minor: bool = False) -> None:
        """Another editor saves through the CMS's web form (the page edit form)."""
        if self.memory is not None:
            self.memory.edit(self.ids[page], lang, title, content, minor=minor)
            return
        self._other().push(self.region, lang, self.ids[page], title, content, "PUBLIC", minor_edit=minor)

    def stored(self, page: str, lang: str) -> StoredTranslation:
        """What the CMS stores now."""
        if self.memory is not None:
            found = self.memory.latest(self.ids[page], lang)
            assert found is not None
            return found
        return self._other().stored_translation(self.region, lang, self.ids[page])

    def state(self, page: str, lang: str) -> str:
        """The CMS's translation state of ``lang`` (from the source language's tree row)."""
        if self.memory is not None:
            return self.memory.translation_state(self.ids[page], lang)
        rows = self._other().tree(self.region, "de")
        row = next(r for r in rows if r.page_id == self.ids[page])
        return row.translation_states[lang]

    # --- the page tree as the CMS has it -------------------------------------------------------

    def children(self, parent: int | None) -> list[int]:
        """The CMS page ids under ``parent`` (None: the roots), in tree order, archived ones left out."""
        if self.memory is not None:
            memory = self.memory
            return [p for p in memory.children_of(parent) if not memory._archived(memory.pages[p])]
        rows = self._other().tree(self.region, "de")
        return [r.page_id for r in rows if r.parent_id == parent]

    def archived_ids(self) -> set[int]:
        """CMS page ids the CMS lists as archived (explicitly or under an archived parent)."""
        if self.memory is not None:
            return {p.page_id for p in self.memory.pages.values() if self.memory._archived(p)}
        return {r.page_id for r in self._other().archived(self.region, "de")}

    def stored_by_id(self, page_id: int, lang: str) -> StoredTranslation:
        """What the CMS stores for a page given by its id."""
        if self.memory is not None:
            found = self.memory.latest(page_id, lang)
            assert found is not None
            return found
        return self._other().stored_translation(self.region, lang, page_id)

    def status(self, page: str, lang: str) -> str:
        """The status of the latest version of one translation, as the CMS's tree shows it."""
        if self.memory is not None:
            return self.memory.pages[self.ids[page]].versions[lang][-1].status
        rows = self._other().tree(self.region, lang)
        return next(r.status for r in rows if r.page_id == self.ids[page])

    def other_editor_moves(self, page: str, target: str, position: str) -> None:
        """Another editor moves a page in the CMS's tree."""
        if self.memory is not None:
            self.memory.move(self.ids[page], self.ids[target], position)
            return
        self._other().move_page(self.region, "de", self.ids[page], self.ids[target], position)

    def other_editor_archives(self, page: str) -> None:
        """Another editor archives a page (and so its subtree) in the CMS."""
        if self.memory is not None:
            self.memory.archive(self.ids[page])
            return
        self._other().archive_page(self.region, "de", self.ids[page])

    def other_editor_restores(self, page: str) -> None:
        """Another editor restores an archived page in the CMS."""
        if self.memory is not None:
            self.memory.restore_page(self.region, "de", self.ids[page])
            return
        self._other().restore_page(self.region, "de", self.ids[page])

    # --- the region's language tree as an administrator changes it ----------------------------

    def set_language(self, code: str, *, active: bool = True, visible: bool = True) -> None:
        """An administrator changes the language's tree node (``LanguageTreeNode`` active/visible; the
        CMS's form then flushes the cached pages, whose trees name the active languages)."""
        if self.memory is not None:
            self.memory.set_language(code, active=active, visible=visible)
            return
        self.shell(
            "from integreat_cms.cms.models import LanguageTreeNode\n"
            f"n = LanguageTreeNode.objects.get(region__slug={self.region!r}, language__slug={code!r})\n"
            f"n.active = {active!r}\nn.visible = {visible!r}\nn.save()\n"
            "n.manually_invalidate_models(n.region)\nprint('ok')\n"  # as the admin's form flushes the cache
        )

    def remove_language(self, code: str) -> None:
        """An administrator deletes the language's tree node (the CMS deletes its translations too)."""
        if self.memory is not None:
            self.memory.remove_language(code)
            return
        self.shell(
            "from integreat_cms.cms.models import LanguageTreeNode\n"
            f"n = LanguageTreeNode.objects.get(region__slug={self.region!r}, language__slug={code!r})\n"
            "region = n.region\nn.delete()\nn.manually_invalidate_models(region)\nprint('ok')\n"
        )

    def add_language(self, code: str, parent: str, rtl: bool = False) -> None:
        """An administrator adds the language's tree node (again), under ``parent``: active and visible,
        with no translations (the CMS deleted them with the old node)."""
        if self.memory is not None:
            self.memory.add_language(code, rtl, parent)
            return
        self.shell(
            "from integreat_cms.cms.models import Language, LanguageTreeNode\n"
            f"p = LanguageTreeNode.objects.get(region__slug={self.region!r}, language__slug={parent!r})\n"
            f"n = p.add_child(parent=p, region=p.region, language=Language.objects.get(slug={code!r}),"
            " active=True, visible=True)\n"
            "n.manually_invalidate_models(n.region)\nprint('ok')\n"  # as the admin's form flushes the cache
        )


def sync_service(backend: Backend, store: Any, client: Any = None) -> Any:
    """The sync service of ``store`` against ``backend`` (a fresh client unless ``client`` is given), with
    no waiting between retries."""
    from editor.sync.service import SyncService

    return SyncService(
        store, client or backend.client(), backend.region, backend.user, lambda _u: backend.password,
        sleep=lambda _s: None,
    )  # fmt: skip
