"""Contract tests of HttpCmsClient against the REAL local Integreat CMS peer (tests/cms_peer)."""

from __future__ import annotations

import uuid

import pytest

from editor.sync.cms_client import HttpCmsClient
from editor.sync.network import ClientError, LoginRejected
from tests.sync.peer_fixture import CmsPeer, cms_peer  # noqa: F401

pytestmark = pytest.mark.cms


@pytest.fixture
def peer(cms_peer: CmsPeer) -> CmsPeer:  # noqa: F811
    """The peer, reset to its seed state before each test."""
    cms_peer.reset()
    return cms_peer


@pytest.fixture
def editor(peer: CmsPeer) -> HttpCmsClient:
    """A client logged in as the region's editor."""
    client = HttpCmsClient(peer.base_url)
    client.login(peer.editor_user, peer.editor_password)
    return client


def _state(peer: CmsPeer, page_id: int, lang: str) -> str:
    """Ask the CMS itself for the translation state of one translation."""
    out = peer.shell(
        "from integreat_cms.cms.models import Page\n"
        f"p = Page.objects.get(id={page_id})\n"
        f"print('STATE', p.get_translation_state('{lang}'))\n"
    )
    return out.split("STATE", 1)[1].split()[0]


def test_cms_client_anonymous_reads(peer: CmsPeer) -> None:
    """Region, languages (with RTL) and public pages come back typed and complete."""
    client = HttpCmsClient(peer.base_url)
    region = client.region(peer.region)
    assert region.live
    assert region.slug == "testhausen"
    langs = {lang.code: lang for lang in client.languages(peer.region)}
    assert set(langs) == {"de", "en", "ar", "fa"}
    assert langs["ar"].right_to_left
    assert not langs["de"].right_to_left
    titles = [page.title for page in client.pages(peer.region, "de")]
    assert "Willkommen" in titles
    assert "Alte Informationen" not in titles
    assert client.request_count == 3


def test_cms_client_wrong_password_rejected(peer: CmsPeer) -> None:
    """A wrong password raises LoginRejected."""
    with pytest.raises(LoginRejected):
        HttpCmsClient(peer.base_url).login(peer.editor_user, "wrong-password")


def test_cms_client_totp_login(peer: CmsPeer) -> None:
    """An account with TOTP logs in with its secret, and not without it."""
    with pytest.raises(LoginRejected):
        HttpCmsClient(peer.base_url).login(peer.totp_user, peer.totp_password)
    client = HttpCmsClient(peer.base_url)
    client.login(peer.totp_user, peer.totp_password, peer.totp_secret)
    assert len(client.tree(peer.region, "de")) == 12


def test_cms_client_tree_has_page_ids_and_states(peer: CmsPeer, editor: HttpCmsClient) -> None:
    """The logged-in tree lists Page ids with depth, parent, status and translation states."""
    rows = {row.page_id: row for row in editor.tree(peer.region, "de")}
    ids = peer.page_ids
    assert set(rows) == set(ids.values()) - {ids["old"]}
    assert rows[ids["registration"]].depth == 3
    assert rows[ids["registration"]].parent_id == ids["first_steps"]
    assert rows[ids["jobcenter"]].translation_states["en"] == "OUTDATED"
    en = {row.page_id: row for row in editor.tree(peer.region, "en")}
    assert en[ids["course_times"]].status == "REVIEW"
    fa = {row.page_id: row for row in editor.tree(peer.region, "fa")}
    assert fa[ids["registration"]].status == "DRAFT"
    assert [row.page_id for row in editor.archived(peer.region, "de")] == [ids["old"]]


def test_cms_client_relogin_after_session_loss(peer: CmsPeer, editor: HttpCmsClient) -> None:
    """A lost session (302 to /login/) is renewed transparently."""
    editor.session.cookies.clear()
    assert len(editor.tree(peer.region, "de")) == 12


def test_cms_client_push_title_content_status(peer: CmsPeer, editor: HttpCmsClient) -> None:
    """A push changes title, content and status and returns what the CMS stores."""
    page = peer.page_ids["doctors"]
    result = editor.push(peer.region, "en", page, "Doctors near you", "<p>New text.</p>", "DRAFT")
    assert (result.title, result.content) == ("Doctors near you", "<p>New text.</p>")
    stored = editor.stored_translation(peer.region, "en", page)
    assert stored.title == "Doctors near you"
    status = {row.page_id: row.status for row in editor.tree(peer.region, "en")}
    assert status[page] == "DRAFT"
    assert "Doctors near you" not in [p.title for p in editor.pages(peer.region, "en")]


def test_cms_client_push_creates_missing_translation(peer: CmsPeer, editor: HttpCmsClient) -> None:
    """Pushing a language with no translation creates it (version 1, public)."""
    page = peer.page_ids["pharmacies"]
    result = editor.push(peer.region, "en", page, "Pharmacies", "<p>Open at night.</p>", "PUBLIC")
    assert result.version == 1
    assert any(row.page_id == page for row in editor.tree(peer.region, "en"))


def test_cms_client_minor_edit_keeps_translations_current(peer: CmsPeer, editor: HttpCmsClient) -> None:
    """A minor German edit keeps en up to date; a major one makes it OUTDATED (CMS state)."""
    page = peer.page_ids["doctors"]
    assert _state(peer, page, "en") == "UP_TO_DATE"
    editor.push(peer.region, "de", page, "Ärzte", "<p>Kleine Korrektur.</p>", minor_edit=True)
    assert _state(peer, page, "en") == "UP_TO_DATE"
    editor.push(peer.region, "de", page, "Ärzte", "<p>Ganz neuer Inhalt.</p>")
    assert _state(peer, page, "en") == "OUTDATED"


def test_cms_client_author_cannot_publish(peer: CmsPeer) -> None:
    """The author gets 403 for PUBLIC but may submit for REVIEW."""
    client = HttpCmsClient(peer.base_url)
    client.login(peer.author_user, peer.author_password)
    page = peer.page_ids["doctors"]
    with pytest.raises(ClientError) as info:
        client.push(peer.region, "en", page, "Doctors", "<p>x</p>", "PUBLIC")
    assert info.value.status == 403
    assert client.push(peer.region, "en", page, "Doctors", "<p>x</p>", "REVIEW").content == "<p>x</p>"


@pytest.mark.parametrize(
    ("lang", "key", "content", "expected"),
    [
        (
            "ar",
            "welcome",
            '<div dir="rtl"><p>نص عربي جديد</p></div>',
            '<div dir="rtl"><p>نص عربي جديد</p></div>',
        ),
        (
            "de",
            "courses",
            "<table><tbody><tr><td>A2</td></tr></tbody></table>",
            "<table><tbody><tr><td>A2</td></tr></tbody></table>",
        ),
        ("de", "welcome", "<p>a</p><p>b</p>", "<div><p>a</p><p>b</p></div>"),
    ],
)
def test_cms_client_content_round_trip(
    peer: CmsPeer, editor: HttpCmsClient, lang: str, key: str, content: str, expected: str
) -> None:
    """RTL and table content survive; several roots are wrapped in one div by the CMS."""
    page = peer.page_ids[key]
    result = editor.push(peer.region, lang, page, "Titel", content)
    assert result.content == expected
    assert editor.stored_translation(peer.region, lang, page).content == expected


def test_cms_client_contact_card_is_rendered(peer: CmsPeer, editor: HttpCmsClient) -> None:
    """A contact card div is replaced by the rendered card, which a re-push keeps stable."""
    page = peer.page_ids["contact"]
    card = f'<div><div data-contact-id="{peer.contact_id}" data-contact-url="/x/?details=name"></div></div>'
    first = editor.push(peer.region, "de", page, "Kontakt", card)
    assert "Erika Mustermann" in first.content
    assert 'contenteditable="false"' in first.content
    second = editor.push(peer.region, "de", page, "Kontakt", first.content)
    assert second.content == first.content


def test_cms_client_push_with_token(peer: CmsPeer, editor: HttpCmsClient) -> None:
    """After setting a push token, pushpage replaces the content; a wrong token gets 403."""
    page = peer.page_ids["emergency"]
    token = str(uuid.uuid4())
    editor.enable_push_token(peer.region, "de", page, token)
    editor.push_with_token(peer.region, "en", token, "<p>Dial 112 or 116117.</p>")
    assert editor.stored_translation(peer.region, "en", page).content == "<p>Dial 112 or 116117.</p>"
    with pytest.raises(ClientError) as info:
        editor.push_with_token(peer.region, "en", str(uuid.uuid4()), "<p>x</p>")
    assert info.value.status == 403
