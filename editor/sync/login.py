"""Logging a client in, and the first contact with a CMS before a working copy exists.

:func:`first_contact` reads the region (one anonymous request) and logs in without writing anything,
so a wrong password, an unreachable host or a refused address leaves no half-made working copy.
"""

from __future__ import annotations

from collections.abc import Callable

from editor.sync import credentials
from editor.sync.client import CmsClient, LoginSession
from editor.sync.cms_types import Region
from editor.sync.engine import RemoteEmpty
from editor.sync.errors import LoginRejected

__all__ = ["PasswordSource", "first_contact", "login"]

#: Returns the password of a user (environment variable / keyring), or None.
PasswordSource = Callable[[str], "str | None"]


def login(client: LoginSession, user: str | None, password_source: PasswordSource | None) -> None:
    """Log ``client`` in as ``user`` unless it already is; LoginRejected says what is missing."""
    if user is None:
        raise LoginRejected("(nobody)", "a user name is needed to read drafts and to push", "no_user")
    if getattr(client, "logged_in_user", None) == user:
        return
    password = password_source(user) if password_source else None
    if not password:
        problem = credentials.store_problem()
        where = f"{problem}; set" if problem else "set"
        variable = credentials.PASSWORD_ENV_VAR
        raise LoginRejected(
            user,
            f"no password known: {where} {variable} or save it in the system keyring",
            "no_password",
            variable,
        )
    client.login(user, password)


def first_contact(
    client: CmsClient, region_slug: str, user: str | None, password_source: PasswordSource | None
) -> Region:
    """Read the region (anonymous) and log in, writing nothing: a new working copy is made only after.

    Pass the result to :class:`SyncService` as ``region=`` so the first pull does not read it again.
    """
    region: Region = client.region(region_slug)
    if not region.languages:
        raise RemoteEmpty("any language", 0)
    login(client, user, password_source)
    return region
