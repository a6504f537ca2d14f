"""Several regions against the REAL local CMS peer: an account's region list, a second region pulled
into a data folder that already holds one."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from editor.models.page_address import find_page_by_path
from editor.models.store import open_store
from editor.models.working_copies import list_working_copies
from editor.sync.cms_client import HttpCmsClient
from editor.sync.regions import login_and_list, pull_region
from tests.sync.peer_fixture import CmsPeer, cms_peer  # noqa: F401

pytestmark = pytest.mark.cms

SECOND = "zweitdorf"

#: Runs inside the CMS: a second region (de + ar) with one page per language, and desk-editor in it.
ADD_SECOND_REGION = f"""
import re
from django.contrib.auth import get_user_model
from django.test import Client
from integreat_cms.cms.constants import region_status
from integreat_cms.cms.models import Language, LanguageTreeNode, Region
from lxml import html

region = Region.objects.create(name="Zweitdorf", slug="{SECOND}", status=region_status.ACTIVE,
    postal_code="99998", admin_mail="admin@zweitdorf.invalid", latitude=48.0, longitude=10.0)
root = LanguageTreeNode.add_root(language=Language.objects.get(slug="de"), region=region,
    visible=True, active=True)
root = LanguageTreeNode.objects.get(pk=root.pk)
root.add_child(parent=root, language=Language.objects.get(slug="ar"), region=region,
    visible=True, active=True)
user = get_user_model().objects.get(username="desk-editor")
user.regions.add(region)
client = Client(HTTP_HOST="127.0.0.1:8765")
client.force_login(user)

def save(lang, page_id, title, content):
    url = f"/{SECOND}/pages/{{lang}}/{{page_id}}/edit/" if page_id else f"/{SECOND}/pages/{{lang}}/new/"
    form = html.fromstring(client.get(url).content.decode()).get_element_by_id("content_form")
    data = {{}}
    for key, value in form.form_values():
        data.setdefault(key, []).append(value)
    data.pop("minor_edit", None)
    data.update({{"title": [title], "content": [content], "status": ["PUBLIC"]}})
    response = client.post(url, data)
    assert response.status_code == 302, response.status_code
    return int(re.search(r"/pages/\\w+/(\\d+)/edit/", response["Location"]).group(1))

page = save("de", None, "Rathaus Zweitdorf", "<p>Das Rathaus ist montags geöffnet.</p>")
save("ar", page, "البلدية", '<p dir="rtl">البلدية مفتوحة يوم الاثنين.</p>')
print("SECOND", page)
"""


@pytest.fixture
def two_regions(cms_peer: CmsPeer) -> Iterator[CmsPeer]:  # noqa: F811
    """The peer with a second region desk-editor may edit; the seed state again afterwards."""
    cms_peer.reset()
    out = cms_peer.shell(ADD_SECOND_REGION)
    assert "SECOND" in out, out
    yield cms_peer
    cms_peer.reset()


def test_editable_regions_of_a_one_region_account(cms_peer: CmsPeer) -> None:  # noqa: F811
    """A user of one region is sent to its dashboard: that region, with its name from the API."""
    cms_peer.reset()
    client = HttpCmsClient(cms_peer.base_url)
    regions = login_and_list(client, cms_peer.author_user, cms_peer.author_password)
    assert [(r.slug, r.name) for r in regions] == [(cms_peer.region, "Testhausen")]


def test_editable_regions_of_a_totp_account(cms_peer: CmsPeer) -> None:  # noqa: F811
    """An account with a second factor lists its regions after the TOTP step."""
    cms_peer.reset()
    client = HttpCmsClient(cms_peer.base_url)
    regions = login_and_list(client, cms_peer.totp_user, cms_peer.totp_password, cms_peer.totp_secret)
    assert [r.slug for r in regions] == [cms_peer.region]


def test_editable_regions_lists_every_region_of_the_account(two_regions: CmsPeer) -> None:
    """A user of two regions sees the CMS's region selection: both are listed, nothing else."""
    client = HttpCmsClient(two_regions.base_url)
    regions = login_and_list(client, two_regions.editor_user, two_regions.editor_password)
    assert sorted(r.slug for r in regions) == sorted([two_regions.region, SECOND])
    assert {r.name for r in regions} >= {"Zweitdorf"}


def test_sync_pulls_a_second_region_beside_the_first(two_regions: CmsPeer, tmp_path: Path) -> None:
    """`sync --region` pulls a new region into a data folder that holds one; both can be opened."""
    env = dict(os.environ, INTEGREAT_DESK_PASSWORD=two_regions.editor_password)
    for region in (two_regions.region, SECOND):
        result = subprocess.run(
            [sys.executable, "-m", "editor", "sync", "--data", str(tmp_path), "--cms", two_regions.base_url,
             "--region", region, "--user", two_regions.editor_user, "--pull-only"],
            capture_output=True, text=True, env=env, timeout=120, check=False,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
    copies = {info.slug: info for info in list_working_copies(tmp_path)}
    assert set(copies) == {two_regions.region, SECOND}
    assert copies[SECOND].languages == ("de", "ar")
    assert copies[SECOND].user == two_regions.editor_user
    assert copies[two_regions.region].pages > copies[SECOND].pages == 1
    store = open_store(tmp_path, SECOND)
    try:
        match = find_page_by_path(store, f"{two_regions.base_url}/{SECOND}/ar/البلدية/")
        assert store.translation(match.page_id, "ar").title == "البلدية"  # type: ignore[union-attr]
    finally:
        store.close()


def test_pull_region_after_connecting_adds_the_region(two_regions: CmsPeer, tmp_path: Path) -> None:
    """The start screen's flow into a folder that holds a region: log in, list, pull the chosen
    region with progress; the first region's working copy is left as it was."""
    client = HttpCmsClient(two_regions.base_url)
    regions = login_and_list(client, two_regions.editor_user, two_regions.editor_password)
    assert SECOND in {r.slug for r in regions}
    user, password = two_regions.editor_user, two_regions.editor_password
    assert pull_region(tmp_path, client, two_regions.region, user, password).ok
    first = tmp_path / "regions" / two_regions.region / "working-copy.sqlite"
    before = first.read_bytes()
    seen: list[tuple[int, int]] = []
    report = pull_region(
        tmp_path, client, SECOND, two_regions.editor_user, two_regions.editor_password,
        lambda done, total, _what: seen.append((done, total)),
    )  # fmt: skip
    assert report.ok
    assert report.pulled == {"de": 1, "ar": 1}
    assert seen
    assert seen[-1][0] == seen[-1][1]
    assert sorted(info.slug for info in list_working_copies(tmp_path)) == sorted([two_regions.region, SECOND])
    assert first.read_bytes() == before
