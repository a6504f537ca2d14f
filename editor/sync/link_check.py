"""The online link check: fetch each distinct address once, politely, through the app's HTTP session.

* HEAD first, GET (body not read) where the server refuses HEAD (405, 501, or another 4xx/5xx that a
  GET might not give);
* a bounded pool (``workers``) with at most ``per_host`` requests to one host at a time, and a timeout
  per request; no retries (a link check is a snapshot, and retries would hammer a broken host);
* the user's proxy and CA settings honoured and TLS always verified (:func:`editor.sync.network
  .make_session`); an untrusted certificate is a broken link with the reason named;
* results carry the status, where redirects end and when it was checked; :func:`stale_addresses`
  picks what is older than a chosen age so a re-check only fetches those. Cancel with an event.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import datetime, timedelta

import requests

from editor.models.quality_store import LinkResult
from editor.models.store import utcnow
from editor.sync.errors import NetworkConfig
from editor.sync.issues import failure
from editor.sync.network import classify, make_session
from editor.text.links import LinkDetail, detail

#: Statuses after which a GET is tried because the server may only refuse HEAD.
HEAD_REFUSED = frozenset({400, 403, 404, 405, 406, 429, 501})
WORKERS = 8
PER_HOST = 2
TIMEOUT = 10.0
#: Redirects followed before a chain counts as a loop.
MAX_REDIRECTS = 10

Progress = Callable[[int, int], None]


def stale_addresses(
    urls: Iterable[str], known: Mapping[str, LinkResult], max_age: timedelta, now: datetime | None = None
) -> list[str]:
    """The addresses never checked or checked longer ago than ``max_age`` (distinct, in order)."""
    limit = (now or utcnow()) - max_age
    return [u for u in dict.fromkeys(urls) if u not in known or known[u].checked_at < limit]


def _network_detail(exc: BaseException) -> LinkDetail:
    """The detail of a failed fetch: the network error's English text, type and fields (ADR 0018)."""
    error = classify(exc)
    kept = failure(error)
    return LinkDetail("network", {"text": str(error)}, kept.error)


class LinkChecker:
    """Checks web addresses; one instance per run (it owns the sessions of its threads)."""

    def __init__(
        self,
        network: NetworkConfig | None = None,
        *,
        workers: int = WORKERS,
        per_host: int = PER_HOST,
        timeout: float = TIMEOUT,
    ) -> None:
        base = network or NetworkConfig()
        self._config = replace(base, connect_timeout=timeout, read_timeout=timeout, retries=0)
        self._workers = max(1, workers)
        self._per_host = max(1, per_host)
        self._hosts: dict[str, threading.Semaphore] = {}
        self._lock = threading.Lock()
        self._local = threading.local()
        self._sessions: list[requests.Session] = []

    def check(
        self,
        urls: Iterable[str],
        *,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> list[LinkResult]:
        """Fetch every distinct address once; returns the results (fewer when cancelled)."""
        todo = list(dict.fromkeys(urls))
        done: list[LinkResult] = []
        stop = cancel or threading.Event()

        def one(url: str) -> LinkResult | None:
            if stop.is_set():
                return None
            with self._host_gate(url):
                if stop.is_set():
                    return None
                return self.fetch(url)

        try:
            with ThreadPoolExecutor(self._workers, thread_name_prefix="links") as pool:
                for result in pool.map(one, todo):
                    if result is not None:
                        done.append(result)
                    if progress is not None:
                        progress(len(done), len(todo))
        finally:
            self.close()
        return done

    def fetch(self, url: str) -> LinkResult:
        """Check one address: HEAD, then GET when HEAD is refused."""
        session = self._session()
        try:
            response = session.head(url, allow_redirects=True)
            if response.status_code in HEAD_REFUSED:
                response.close()
                response = session.get(url, allow_redirects=True, stream=True)
            response.close()
        except requests.TooManyRedirects:
            loop = detail("redirect_loop", limit=MAX_REDIRECTS)
            return LinkResult(url, None, None, loop.stored(), utcnow())
        except (requests.RequestException, OSError, ValueError) as exc:
            return LinkResult(url, None, None, _network_detail(exc).stored(), utcnow())
        final = response.url if response.history else None
        return LinkResult(url, response.status_code, final, None, utcnow())

    def close(self) -> None:
        """Close every session this checker opened."""
        with self._lock:
            sessions, self._sessions = self._sessions, []
        for session in sessions:
            session.close()
        self._local = threading.local()

    # -- helpers --------------------------------------------------------------------------------------
    def _session(self) -> requests.Session:
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is None:
            session = make_session(self._config)
            session.max_redirects = MAX_REDIRECTS
            self._local.session = session
            with self._lock:
                self._sessions.append(session)
        return session

    def _host_gate(self, url: str) -> threading.Semaphore:
        from editor.text.links import host_of

        host = host_of(url)
        with self._lock:
            gate = self._hosts.get(host)
            if gate is None:
                gate = self._hosts[host] = threading.Semaphore(self._per_host)
        return gate
