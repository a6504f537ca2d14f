"""Parsing the Integreat CMS's logged-in HTML: forms, the page tree, error messages.

The CMS has no JSON write API for editors, so the client reads its web pages. Parsing is
tolerant: unknown fields are carried along, missing optional bits become None.
"""

from __future__ import annotations

import datetime as dt
import re

from lxml import html
from lxml.html import HtmlElement

from editor.sync.cms_types import RegionChoice, TreeRow

_SKIPPED_INPUT_TYPES = frozenset({"submit", "button", "image", "reset", "file"})
_STATE_WORDS = (  # tree icon title (English UI) -> translation state
    ("missing", "MISSING"),
    ("outdated", "OUTDATED"),
    ("currently in translation", "IN_TRANSLATION"),
    ("machine", "MACHINE_TRANSLATED"),
    ("up-to-date", "UP_TO_DATE"),
    ("up to date", "UP_TO_DATE"),
)
_STATUS_WORDS = {  # status column (English UI) -> status constant
    "published": "PUBLIC",
    "draft": "DRAFT",
    "pending approval": "REVIEW",
    "auto save": "AUTO_SAVE",
    "autosave": "AUTO_SAVE",
    "archived": "ARCHIVED",
}


def parse(text: str) -> HtmlElement:
    """Parse an HTML document."""
    return html.document_fromstring(text)


def _text(el: HtmlElement) -> str:
    """Return the whitespace-collapsed text of ``el``."""
    return " ".join(el.text_content().split())


def page_headings(doc: HtmlElement) -> str:
    """The texts of a page's ``h1``–``h3`` (else its ``title``), joined by " · "; "" if none (what an
    HTML error page of the CMS says: "CSRF Fehler · Fehler 403")."""
    for path in ("//h1 | //h2 | //h3", "//title"):
        found = list(dict.fromkeys(text for text in (_text(el) for el in doc.xpath(path)) if text))
        if found:
            return " · ".join(found)
    return ""


def find_form(doc: HtmlElement, form_id: str | None = None) -> HtmlElement | None:
    """Return the form with ``form_id``, or the first POST form."""
    if form_id:
        found = doc.xpath(f"//form[@id='{form_id}']")
        return found[0] if found else None
    for form in doc.xpath("//form"):
        if (form.get("method") or "").lower() == "post":
            return form
    return None


def serialize_form(doc: HtmlElement, form: HtmlElement) -> list[tuple[str, str]]:
    """Return the successful controls of ``form`` as a browser would submit them.

    Includes controls outside the form that name it with ``form=``; skips buttons (the caller
    adds the submit button's name/value), disabled controls, unchecked boxes and file inputs.
    """
    form_id = form.get("id")
    controls = list(form.iter("input", "textarea", "select"))
    if form_id:
        controls += [el for el in doc.xpath(f"//*[@form='{form_id}']") if el not in controls]
    pairs: list[tuple[str, str]] = []
    for el in controls:
        name = el.get("name")
        if not name or el.get("disabled") is not None:
            continue
        pairs.extend((name, value) for value in _control_values(el))
    return pairs


def _control_values(el: HtmlElement) -> list[str]:
    """Return the values one control submits."""
    if el.tag == "textarea":
        value = el.text or ""
        return [value[1:] if value.startswith("\n") else value]
    if el.tag == "select":
        options = el.xpath(".//option")
        chosen = [o for o in options if o.get("selected") is not None]
        if not chosen and options and el.get("multiple") is None:
            chosen = options[:1]
        return [o.get("value") if o.get("value") is not None else _text(o) for o in chosen]
    kind = (el.get("type") or "text").lower()
    if kind in _SKIPPED_INPUT_TYPES:
        return []
    if kind in ("checkbox", "radio"):
        return [el.get("value") or "on"] if el.get("checked") is not None else []
    return [el.get("value") or ""]


def form_text(doc: HtmlElement) -> tuple[str, str, bool] | None:
    """The title and content an edit form (``content_form``) shows, disabled fields included, and
    whether its title is written right to left; None when the form or one of the two is missing."""
    form = find_form(doc, "content_form")
    if form is None:
        return None
    fields = [*form.iter("input", "textarea"), *doc.xpath("//*[@form='content_form']")]
    title = next((el for el in fields if el.tag == "input" and el.get("name") == "title"), None)
    content = next((el for el in fields if el.tag == "textarea" and el.get("name") == "content"), None)
    if title is None or content is None:
        return None
    rtl = (title.get("dir") or "").lower() == "rtl"
    return _control_values(title)[0], _control_values(content)[0], rtl


def form_errors(doc: HtmlElement) -> list[str]:
    """Return the error messages a re-rendered form shows."""
    found: list[str] = []
    xpath = (
        "//ul[contains(@class,'errorlist')]/li"
        " | //*[contains(@class,'bg-red-100')]"
        " | //*[contains(@class,'alert-error') or contains(@class,'message-error')]"
    )
    for el in doc.xpath(xpath):
        text = _text(el)
        if text and text not in found:
            found.append(text)
    return found


def message_errors(doc: HtmlElement) -> list[str]:
    """Return the error messages in the page's message box (``div#messages``; the CMS shows the
    outcome of a page action there after its redirect). Success and info messages are left out."""
    found: list[str] = []
    for el in doc.xpath("//div[@id='messages']//*[@role='alert']"):
        classes = el.get("class", "")
        if "red" in classes or "error" in classes:
            text = _text(el)
            if text and text not in found:
                found.append(text)
    return found


def has_login_form(doc: HtmlElement) -> bool:
    """Tell whether ``doc`` shows a login form (a password field)."""
    return bool(doc.xpath("//input[@name='password' or @name='totp_code']"))


def version_number(doc: HtmlElement) -> int | None:
    """Return N from the edit form's "Version: N" line, if shown."""
    for match in re.finditer(r"Version:\s*(\d+)\b", _text(doc)):
        value = int(match.group(1))
        if value < 1900:  # skip the CMS's own release year ("Version: 2026.7.1")
            return value
    return None


def short_link_id(doc: HtmlElement) -> int | None:
    """Return N from a short link ``/s/p/N/`` shown on the page (edit form), if any."""
    for value in doc.xpath("//@data-copy-to-clipboard | //a/@href"):
        if match := re.search(r"/s/p/(\d+)/?$", str(value)):
            return int(match[1])
    return None


def _state_of(title: str) -> str:
    """Map a tree icon title to a translation state constant."""
    lowered = title.lower()
    for word, state in _STATE_WORDS:
        if word in lowered:
            return state
    return "UNKNOWN"


def _status_of(text: str) -> str:
    """Map the tree's status text to a status constant."""
    return _STATUS_WORDS.get(text.strip().lower(), text.strip().upper() or "UNKNOWN")


def _date_of(texts: list[str]) -> dt.date | None:
    """Find a date (dd.mm.yyyy, yyyy-mm-dd or mm/dd/yyyy) among cell texts."""
    for text in texts:
        if m := re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text):
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text):
            return dt.date(int(m[3]), int(m[1]), int(m[2]))
    return None


def parse_tree(text: str, language: str, archived: bool = False) -> list[TreeRow]:
    """Parse the rows of ``/<region>/pages/<lang>/?date_from=...`` (or ``archived/``)."""
    rows: list[TreeRow] = []
    stack: list[int | None] = []  # page ids of the current ancestors, by depth
    for position, tr in enumerate(parse(text).xpath("//tr[starts-with(@id,'page-')]")):
        match = re.fullmatch(r"page-(\d+)", tr.get("id", ""))
        level = re.search(r"\blevel-(\d+)\b", tr.get("class", ""))
        if not match:
            continue
        page_id, depth = int(match[1]), int(level[1]) if level else 1
        stack = stack[: depth - 1]
        parent = stack[-1] if depth > 1 and len(stack) == depth - 1 else None
        stack += [None] * (depth - 1 - len(stack)) + [page_id]
        rows.append(_row(tr, page_id, language, depth, parent, position, archived))
    return rows


def _row(
    tr: HtmlElement,
    page_id: int,
    language: str,
    depth: int,
    parent: int | None,
    position: int,
    archived: bool,
) -> TreeRow:
    """Build one TreeRow from a table row."""
    cells = [_text(td) for td in tr.xpath("./td")]
    slug_div = tr.xpath(".//*[@data-title-slug]")
    title = _text(slug_div[0]) if slug_div else (cells[1] if len(cells) > 1 else "")
    slug = slug_div[0].get("data-title-slug", "") if slug_div else ""
    states: dict[str, str] = {}
    for link in tr.xpath(".//div[contains(@class,'lang-grid')]/a"):
        icon = link.xpath(".//*[@id='translation-icon']//@title")
        if link.get("class") and icon:
            states[link.get("class").split()[0]] = _state_of(icon[0])
    status_cell = next((c for c in cells if c.strip().lower() in _STATUS_WORDS), "")
    short = tr.xpath(".//@data-copy-to-clipboard")
    short_match = re.search(r"/s/p/(\d+)/?$", short[0]) if short else None
    return TreeRow(
        page_id=page_id,
        language=language,
        depth=depth,
        parent_id=parent,
        position=position,
        title=title,
        slug=slug,
        status=_status_of(status_cell),
        date=_date_of(cells),
        translation_states=states,
        short_link_id=int(short_match[1]) if short_match else None,
        archived=archived,
        live_content=None if archived else _live_content(tr),
    )


def _live_content(tr: HtmlElement) -> bool | None:
    """Whether the row carries a tag (the cell before the language grid): "Live content" marks a page
    that mirrors another; "Empty" is harmless; any other tag counts as live content (a tag in another
    UI language cannot be read, and a wrong False would let a combined text pass as stored). None when
    the row has no such cell."""
    grid = tr.xpath("./td[.//div[contains(@class,'lang-grid')]]")
    cell = grid[0].getprevious() if grid else None
    if cell is None or cell.tag != "td" or cell.xpath(".//a | .//*[@data-title-slug]"):
        return None
    return any(_text(tag).lower() != "empty" for tag in cell.xpath(".//span") if _text(tag))


def region_links(doc: HtmlElement) -> list[RegionChoice]:
    """The regions of the CMS's region selection (``/``, a user of several regions): one link each.

    Each row links to the region's dashboard ``/<slug>/``; the link text is the region's full name.
    """
    found: dict[str, RegionChoice] = {}
    for link in doc.xpath("//table//a[@href]"):
        match = re.fullmatch(r"/([a-z0-9][a-z0-9_-]*)/", link.get("href", "").split("?")[0])
        if match and match.group(1) not in found:
            found[match.group(1)] = RegionChoice(match.group(1), _text(link) or match.group(1))
    return list(found.values())
