"""The online link check against real HTTP(S) servers on 127.0.0.1."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

from editor.models.quality_store import LinkResult
from editor.models.store import utcnow
from editor.sync.link_check import LinkChecker, stale_addresses
from tests.sync.link_server import link_server


def _check(urls: list[str], **kwargs: float) -> dict[str, LinkResult]:
    return {r.url: r for r in LinkChecker(timeout=kwargs.get("timeout", 1.0)).check(urls)}


def test_link_check_statuses_and_redirect_chains() -> None:
    """200 is fine, 301→308 chains end at their target, 404/410/500 are broken, a loop is named."""
    with link_server() as server:
        paths = ["/ok", "/moved", "/gone-after-move", "/missing", "/gone", "/error", "/loop"]
        results = _check([server.url(p) for p in paths])
    ok, moved, bad_move = (
        results[server.url("/ok")],
        results[server.url("/moved")],
        results[server.url("/gone-after-move")],
    )
    assert (ok.status, ok.broken, ok.redirected) == (200, False, False)
    assert (moved.status, moved.final_url, moved.redirected) == (200, server.url("/ok"), True)
    assert bad_move.broken
    assert bad_move.status == 404
    assert [results[server.url(p)].status for p in ("/missing", "/gone", "/error")] == [404, 410, 500]
    assert all(results[server.url(p)].broken for p in ("/missing", "/gone", "/error"))
    loop = results[server.url("/loop")]
    assert loop.broken
    assert "redirects" in _english(loop.error)


def test_link_check_get_when_head_refused() -> None:
    """A host that answers HEAD with 405 is asked again with GET and counts as working."""
    with link_server() as server:
        result = _check([server.url("/nohead")])[server.url("/nohead")]
        methods = [m for m, p in server.seen if p == "/nohead"]
    assert result.status == 200
    assert not result.broken
    assert methods == ["HEAD", "GET"]


def test_link_check_timeout_is_broken_with_reason() -> None:
    """A server that does not answer within the timeout gives a broken result that says so."""
    with link_server() as server:
        result = _check([server.url("/slow")], timeout=0.3)[server.url("/slow")]
    assert result.broken
    assert result.status is None
    assert "time" in _english(result.error).lower()


def test_link_check_untrusted_certificate_is_broken(tmp_path: Path) -> None:
    """TLS is verified: a self-signed certificate makes the link broken, with the reason named."""
    with link_server(tmp_path) as server:
        url = server.url("/ok", "https", "localhost")
        result = _check([url])[url]
        assert server.seen == []  # nothing was asked over an unverified connection
    assert result.broken
    assert result.status is None
    assert "certificate" in _english(result.error).lower()


def test_link_check_each_address_once_and_per_host_limit() -> None:
    """Duplicates are fetched once, and one host never gets more than ``per_host`` requests at a time."""
    with link_server() as server:
        server.delay = 0.05
        urls = [server.url(f"/ok?{i}") for i in range(12)] * 2
        results = LinkChecker(workers=8, per_host=2, timeout=2.0).check(urls)
        assert len(results) == 12
        assert len(server.seen) == 12
        assert server.max_in_flight <= 2


def test_link_check_cancel_stops_early() -> None:
    """A set cancel event stops the check before every address is fetched."""
    with link_server() as server:
        cancel = threading.Event()
        cancel.set()
        results = LinkChecker(timeout=1.0).check([server.url(f"/ok?{i}") for i in range(5)], cancel=cancel)
    assert results == []


def test_link_check_stale_addresses_only_refetches_old_results() -> None:
    """Only addresses never checked or checked longer ago than the chosen age are due."""
    now = utcnow()
    known = {
        "https://a.example/": LinkResult("https://a.example/", 200, None, None, now - timedelta(days=1)),
        "https://b.example/": LinkResult("https://b.example/", 200, None, None, now - timedelta(days=30)),
    }
    urls = ["https://a.example/", "https://b.example/", "https://c.example/", "https://c.example/"]
    assert stale_addresses(urls, known, timedelta(days=7), now) == [
        "https://b.example/",
        "https://c.example/",
    ]


def test_link_check_honours_the_ca_file_setting(tmp_path: Path) -> None:
    """With the server's certificate as the configured extra CA file, the same address works."""
    from editor.sync.errors import NetworkConfig

    with link_server(tmp_path) as server:
        url = server.url("/ok", "https", "localhost")
        checker = LinkChecker(NetworkConfig(ca_file=str(tmp_path / "cert.pem")), timeout=2.0)
        (result,) = checker.check([url])
    assert (result.status, result.broken) == (200, False)


def test_link_check_goes_through_the_configured_proxy() -> None:
    """An explicit proxy from the settings carries the requests (here a recording proxy on 127.0.0.1)."""
    from editor.sync.errors import NetworkConfig
    from tests.sync.local_servers import recording_proxy

    with link_server() as server, recording_proxy() as proxy:
        url = server.url("/ok")
        (result,) = LinkChecker(NetworkConfig(proxy=proxy.url), timeout=2.0).check([url])
        targets = [seen.target for seen in proxy.seen]
    assert result.status == 200
    assert url in targets


def _english(stored: str | None) -> str:
    from editor.text.links import LinkDetail

    found = LinkDetail.read(stored)
    return found.english if found is not None else ""
