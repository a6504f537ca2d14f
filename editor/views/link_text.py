"""Link problems in the UI language: the detail of a broken or improvable link (ADR 0018).

The link check reports each problem's detail as a code with parameters (:class:`editor.text.links
.LinkDetail`); a failed fetch keeps the network error's type and fields. This module words the codes
with ``QCoreApplication.translate("LinkProblems", …)`` and the network errors through
:func:`editor.views.error_text.describe`; only text kept by an older version (code ``text``) is shown
as it was stored. The link marks' tooltips, the Links tab and the quality report call :func:`detail_text`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from editor.reports.links import LinkFinding
from editor.text.links import LinkDetail
from editor.views.sync.issue_text import error_text

__all__ = ["detail_text", "finding_text"]

translate = QCoreApplication.translate


def detail_text(detail: LinkDetail | None) -> str:
    """The detail in the UI language ("" for none)."""
    if detail is None:
        return ""
    if detail.code == "network":
        return error_text(detail.error, detail.params.get("text", ""))
    template = _templates().get(detail.code)
    if template is None:
        return detail.params.get("text", detail.english)
    params = dict(detail.params)
    if detail.code == "unpublished":
        params["status"] = _status_name(params.get("status", ""))
    return template.format(**{key: params.get(key, "") for key in _names(template)})


def finding_text(finding: LinkFinding) -> str:
    """The detail of ``finding`` in the UI language."""
    return detail_text(finding.detail)


def _status_name(status: str) -> str:
    """A CMS publication status in the UI language (the CMS's own word for one not known here)."""
    names = {
        "draft": translate("LinkProblems", "draft"),
        "review": translate("LinkProblems", "in review"),
        "auto_save": translate("LinkProblems", "automatically saved"),
    }
    return names.get(status.lower(), status.lower())


def _names(template: str) -> list[str]:
    import string

    return [name for _text, name, _spec, _conv in string.Formatter().parse(template) if name]


def _templates() -> dict[str, str]:

    return {
        "empty_address": translate("LinkProblems", "The address is empty."),
        "unsafe_scheme": translate("LinkProblems", "A {scheme}: address does not work for readers."),
        "mailto_empty": translate("LinkProblems", "The mailto: link has no e-mail address."),
        "not_email": translate("LinkProblems", "“{address}” is not an e-mail address."),
        "tel_empty": translate("LinkProblems", "The tel: link has no phone number."),
        "not_phone": translate(
            "LinkProblems", "“{number}” is not a phone number (digits, an optional leading +)."
        ),
        "too_many_digits": translate(
            "LinkProblems", "“{number}” has {digits} digits; a phone number has at most 15."
        ),
        "space": translate("LinkProblems", "The address contains a space."),
        "malformed": translate("LinkProblems", "The address is malformed ({reason})."),
        "no_host": translate("LinkProblems", "The address has no host name."),
        "not_host": translate("LinkProblems", "“{host}” is not a host name."),
        "missing_page": translate("LinkProblems", "There is no page at {path} in the working copy."),
        "archived": translate("LinkProblems", "The linked page is archived."),
        "other_language": translate(
            "LinkProblems", "Links to the page “{title}” in another language ({language})."
        ),
        "other_language_missing": translate(
            "LinkProblems",
            "Links to the page “{title}” in another language ({language}); the page has no translation "
            "({own}) yet.",
        ),
        "unpublished": translate(
            "LinkProblems", "The linked page is not published in this language ({language}: {status})."
        ),
        "moved": translate("LinkProblems", "The page has moved."),
        "http": translate("LinkProblems", "The server answers with HTTP status {status}."),
        "redirects_to": translate("LinkProblems", "The address redirects to {url}."),
        "redirect_loop": translate("LinkProblems", "More than {limit} redirects (a loop?)."),
    }
