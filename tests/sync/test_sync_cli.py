"""``integreat-desk sync`` against the real local CMS peer: JSON, request budget, web-form edits."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor.models.store import open_store
from editor.sync.cms_client import HttpCmsClient
from tests.sync.peer_fixture import CmsPeer, cms_peer  # noqa: F401

pytestmark = pytest.mark.cms


def _sync(
    peer: CmsPeer, data: Path, *extra: str, password: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, INTEGREAT_DESK_PASSWORD=password or peer.editor_password)
    return subprocess.run(
        [sys.executable, "-m", "editor", "sync", "--data", str(data), "--cms", peer.base_url,
         "--region", peer.region, "--user", peer.editor_user, *extra],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip


def test_sync_cli_pull_only_json_budget_and_web_edit(cms_peer: CmsPeer, tmp_path: Path) -> None:  # noqa: F811
    """Empty dir -> full pull; a repeat costs <= languages + 3; a web-form edit arrives next time."""
    cms_peer.reset()
    first = _sync(cms_peer, tmp_path, "--pull-only", "--json")
    assert first.returncode == 0, first.stderr
    report = json.loads(first.stdout)
    assert set(report["pulled"]) == set(cms_peer.languages)
    assert (report["pushed"], report["conflicts"], report["failed"]) == (0, [], [])
    store = open_store(tmp_path, cms_peer.region)
    titles = {t.title for t in store.iter_translations()}
    store.close()
    assert {"Willkommen", "Welcome", "أهلاً وسهلاً", "ثبت نام", "Course times"} <= titles
    assert "Alte Informationen" not in titles
    second = _sync(cms_peer, tmp_path, "--pull-only", "--json")
    assert second.returncode == 0, second.stderr
    again = json.loads(second.stdout)
    assert again["requests"] <= len(cms_peer.languages) + 3
    assert sum(again["pulled"].values()) == 0
    other = HttpCmsClient(cms_peer.base_url)
    other.login(cms_peer.author_user, cms_peer.author_password)
    page = cms_peer.page_ids["work"]
    other.push(cms_peer.region, "en", page, "Work", "<p>Edited by another editor.</p>", "REVIEW")
    third = _sync(cms_peer, tmp_path, "--pull-only", "--json")
    assert third.returncode == 0, third.stderr
    assert json.loads(third.stdout)["pulled"]["en"] == 1
    store = open_store(tmp_path, cms_peer.region)
    local = next(t for t in store.iter_translations("en") if t.title == "Work")
    store.close()
    assert "Edited by another editor." in local.content


def test_sync_cli_wrong_password_is_one_clear_line(cms_peer: CmsPeer, tmp_path: Path) -> None:  # noqa: F811
    """A refused login gives a non-zero exit and one line on stderr, no traceback."""
    result = _sync(cms_peer, tmp_path, "--pull-only", password="wrong")
    assert result.returncode == 3
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "desk-editor" in result.stderr


def test_sync_cli_missing_cms_url_is_bad_input(tmp_path: Path) -> None:
    """A new working copy without --cms is refused with exit code 2."""
    result = subprocess.run(
        [sys.executable, "-m", "editor", "sync", "--data", str(tmp_path), "--region", "x", "--user", "u"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert "--cms" in result.stderr


def test_sync_cli_reports_every_request_of_a_first_pull(cms_peer: CmsPeer, tmp_path: Path) -> None:  # noqa: F811
    """``requests`` counts what crossed the wire, also on a first pull: the region read and the login
    made before the working copy exists are part of the run (a recording proxy counts them)."""
    from tests.sync.local_servers import recording_proxy

    cms_peer.reset()
    with recording_proxy() as proxy:
        (tmp_path / "settings.ini").write_text(f"[values]\nproxy_url = {proxy.url}\n", encoding="utf-8")
        first = _sync(cms_peer, tmp_path, "--pull-only", "--json")
        assert first.returncode == 0, first.stderr
        assert json.loads(first.stdout)["requests"] == len(proxy.seen)
        before = len(proxy.seen)
        second = _sync(cms_peer, tmp_path, "--pull-only", "--json")
        assert second.returncode == 0, second.stderr
        assert json.loads(second.stdout)["requests"] == len(proxy.seen) - before


def _sync_as(peer: CmsPeer, data: Path, region: str, user: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, INTEGREAT_DESK_PASSWORD=peer.editor_password)
    return subprocess.run(
        [sys.executable, "-m", "editor", "sync", "--data", str(data), "--cms", peer.base_url,
         "--region", region, "--user", user, "--pull-only", "--json"],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip


def test_sync_cli_unknown_region_is_named_with_the_closest_ones(cms_peer: CmsPeer, tmp_path: Path) -> None:  # noqa: F811
    """A region slug the CMS does not have: one line saying so and naming the closest regions (not
    "HTTP 404: Page not found"), exit 3, nothing on stdout, no working copy left behind."""
    result = _sync_as(cms_peer, tmp_path, "testhausn", cms_peer.editor_user)
    assert result.returncode == 3
    assert result.stdout == ""
    assert result.stderr == (
        f"sync: {cms_peer.base_url}: the CMS has no region testhausn (or it is archived); "
        "similar: testhausen\n"
    )
    assert not (tmp_path / "regions" / "testhausn").exists()


def test_sync_cli_account_without_rights_on_the_region_is_named(cms_peer: CmsPeer, tmp_path: Path) -> None:  # noqa: F811
    """An account of another region (desk-budget edits hintertal only): one line naming the account and
    the region (not "HTTP 403: Forbidden"), exit 3, no working copy left behind."""
    result = _sync_as(cms_peer, tmp_path, cms_peer.region, cms_peer.budget_user)
    assert result.returncode == 3
    assert "Traceback" not in result.stderr
    assert result.stderr == (
        f"sync: {cms_peer.base_url}: the account {cms_peer.budget_user} may not edit the region "
        f"{cms_peer.region} (HTTP 403): ask the region's administrators for access, "
        "or choose another region\n"
    )
    assert not (tmp_path / "regions" / cms_peer.region / "working-copy.sqlite").exists()
