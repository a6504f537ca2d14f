"""XLIFF against the REAL local Integreat CMS (tests/cms_peer): files exported by the app are taken by
the CMS's own upload, and files exported by the CMS's own code import into the app."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from editor.models.demo import ensure_demo
from editor.models.xliff_exchange import apply_import, plan_import
from editor.sync.bundled_client import fill_demo
from editor.sync.cms_client import HttpCmsClient
from editor.text.xliff import XliffPage, read_xliff, write_xliff, xliff_file_name
from tests.sync.peer_fixture import CmsPeer, cms_peer  # noqa: F401

pytestmark = pytest.mark.cms


@pytest.fixture
def peer(cms_peer: CmsPeer) -> CmsPeer:  # noqa: F811
    """The peer, reset to its seed state before each test."""
    cms_peer.reset()
    return cms_peer


def _page(peer: CmsPeer) -> int:
    """A seeded page with a German and an English translation."""
    out = peer.shell(
        "from integreat_cms.cms.models import Page\n"
        f"for p in Page.objects.filter(region__slug='{peer.region}').order_by('id'):\n"
        "    if p.get_translation('de') and p.get_translation('en'):\n"
        "        print('PAGE', p.id); break\n"
    )
    return int(out.split("PAGE", 1)[1].split()[0])


def _translations(peer: CmsPeer, page: int) -> dict[str, dict[str, object]]:
    """Title, content and version of every language of ``page``, as the CMS stores them."""
    out = peer.shell(
        "import json\n"
        "from integreat_cms.cms.models import Page\n"
        f"p = Page.objects.get(id={page})\n"
        "d = {}\n"
        f"for lang in {list(peer.languages)!r}:\n"
        "    t = p.get_translation(lang)\n"
        "    if t: d[lang] = {'title': t.title, 'content': t.content, 'version': t.version,\n"
        "                     'tag': t.language.bcp47_tag}\n"
        "print('JSON' + json.dumps(d))\n"
    )
    return dict(json.loads(out.split("JSON", 1)[1].strip().splitlines()[0]))


def test_xliff_app_export_is_taken_by_the_cms_upload(peer: CmsPeer) -> None:
    """The CMS's upload and import of an app-written XLIFF 1.2 file change exactly the English text."""
    page = _page(peer)
    before = _translations(peer, page)
    de, en = before["de"], before["en"]
    title = f"{en['title']} (agency)"
    content = f"{en['content']}<p>Added by the agency.</p>"
    item = XliffPage(str(page), str(de["tag"]), str(en["tag"]), str(de["title"]), title,
                     str(de["content"]), content)  # fmt: skip
    name = xliff_file_name(peer.region, "de", "en", page, int(str(de["version"])), "page")
    client = HttpCmsClient(peer.base_url)
    client.login(peer.editor_user, peer.editor_password)
    session = client.session
    base = f"{peer.base_url}/{peer.region}/pages/en/xliff/"
    session.get(f"{peer.base_url}/{peer.region}/pages/en/")
    token = session.cookies.get("csrftoken")
    headers = {"Referer": f"{peer.base_url}/{peer.region}/pages/en/"}
    upload = session.post(
        base + "upload/", data={"csrfmiddlewaretoken": token},
        files={"xliff_file": (name, write_xliff([item]).encode(), "application/xliff+xml")},
        headers=headers, allow_redirects=False,
    )  # fmt: skip
    assert upload.status_code == 302, upload.text[:500]
    confirm = urlsplit(upload.headers["Location"]).path
    assert "/xliff/import/" in confirm
    preview = session.get(peer.base_url + confirm)
    assert preview.status_code == 200
    done = session.post(peer.base_url + confirm, data={"csrfmiddlewaretoken": token},
                        headers={"Referer": peer.base_url + confirm}, allow_redirects=False)  # fmt: skip
    assert done.status_code == 302
    after = _translations(peer, page)
    assert after["en"]["title"] == title
    assert "Added by the agency." in str(after["en"]["content"])
    assert after["en"]["version"] == int(str(en["version"])) + 1
    for language in before:
        if language != "en":
            assert after[language] == before[language]


def test_xliff_cms_export_imports_into_the_app(peer: CmsPeer, tmp_path: Path) -> None:
    """A file written by the CMS's own export (page_to_xliff, XLIFF 1.2) reads and imports here."""
    page = _page(peer)
    texts = _translations(peer, page)
    out = peer.shell(
        "import uuid\n"
        "from integreat_cms.cms.models import Page, Language\n"
        "from integreat_cms.xliff.utils import page_to_xliff\n"
        f"path = page_to_xliff(Page.objects.get(id={page}), Language.objects.get(slug='en'), uuid.uuid4())\n"
        "print('NAME', path.rsplit('/', 1)[1])\n"
        "print('XLIFF-BEGIN' + open(path, encoding='utf-8').read() + 'XLIFF-END')\n"
    )
    name = out.split("NAME", 1)[1].split()[0]
    assert name.startswith(f"{peer.region}_de_en_{page}_")
    data = out.split("XLIFF-BEGIN", 1)[1].split("XLIFF-END", 1)[0]
    (found,) = read_xliff(data.encode(), name)
    assert found.page_id == page
    assert (found.source_title, found.target_title) == (texts["de"]["title"], texts["en"]["title"])
    assert found.target_content == str(texts["en"]["content"]).strip()
    assert found.target_language == texts["en"]["tag"]
    # into a working copy whose page has this CMS id: the English text becomes a local edit
    store = ensure_demo(tmp_path / "data", fill_demo)
    local = store.page_tree()[0].id
    with store.transaction() as conn:
        conn.execute("UPDATE page SET cms_page_id = ? WHERE id = ?", (page, local))
        conn.execute("UPDATE language SET bcp47_tag = ? WHERE code = 'en'", (found.target_language,))
    (change,) = plan_import(store, [found], name)
    assert (change.page_id, change.language, change.content_changed) == (local, "en", True)
    apply_import(store, [change])
    assert store.outbox_count() == 1
    translation = store.translation(local, "en")
    assert translation is not None
    assert translation.title == found.target_title
    store.close()
