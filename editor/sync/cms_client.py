"""``HttpCmsClient``: talks to a real Integreat CMS over HTTP (API v3 + the logged-in web UI).

It implements :class:`editor.sync.client.CmsClient` and is split along it:

* :mod:`editor.sync.cms_api` — anonymous API v3 reads (region, languages, public pages);
* :mod:`editor.sync.cms_session` — transport, request counting, login (CSRF, TOTP), session renewal;
* :mod:`editor.sync.cms_forms` — the logged-in tree / archived / stored-text reads and every write
  through the CMS's page forms.

:attr:`HttpCmsClient.request_count` counts every HTTP request sent (redirects included).
"""

from __future__ import annotations

from editor.sync.cms_api import PublicApi
from editor.sync.cms_forms import PUSH_STATUSES, PageFormsHttp, PushRejected
from editor.sync.cms_session import SessionExpired


class HttpCmsClient(PublicApi, PageFormsHttp):
    """An HTTP client for one Integreat CMS instance (see the module docstring)."""

    #: A full pull reads texts over this many connections at once (polite to the server: at most 4).
    parallel_reads = 4


__all__ = ["PUSH_STATUSES", "HttpCmsClient", "PushRejected", "SessionExpired"]
