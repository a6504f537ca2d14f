"""Clean HTML to what the Integreat CMS's editor allows: the one allowlist for everything we save or push.

The CMS cleans every save with ``lxml_html_clean.Cleaner(scripts=True, javascript=True,
safe_attrs_only=False)`` (docs: /work/shared/docs/integreat-cms.md, "HTML rules"; code:
``integreat_cms/cms/utils/content_utils.py``). That cleaner is the last line of defence, not the only
one: Markdown an editor types can carry ``<script>``, ``onclick=`` (python-markdown's ``attr_list``
even writes ``{: onclick="…" }`` as an attribute), ``javascript:``/``data:``/``file:`` links, and the
desktop app shows and stores that HTML before the CMS ever sees it. So :func:`sanitize_html` cleans the
HTML :func:`editor.text.convert.markdown_to_html` produces, with these rules:

* **Elements.** :data:`ALLOWED_TAGS` are kept: the elements lxml knows minus what the CMS's cleaner
  removes (scripts, frames, embedded objects, forms, ``meta``/``link``/``base``, ``blink``/``marquee``).
  :data:`DROPPED_TAGS` go with their content (``script``, ``iframe``, ``object``, ``svg``, form fields …).
  Any other element is unwrapped: its content stays, the tag goes (as the CMS does with unknown tags).
  ``style`` elements are kept, as the CMS keeps them, unless their CSS could run or load something
  (:func:`is_safe_css`).
* **Attributes.** Like the CMS (``safe_attrs_only=False``), any attribute stays except event handlers
  (``on…``) and :data:`DENIED_ATTRIBUTES`; with ``strict=True`` (for pasted HTML) only the names
  :func:`allowed_attributes` lists stay, plus ``data-*`` and ``aria-*``. Every URL attribute
  (:data:`URL_ATTRIBUTES`) must pass :func:`is_safe_url` (``srcset`` per candidate); a ``style``
  attribute must pass :func:`is_safe_css`. An attribute that fails is dropped; the element stays.
* **Comments** are kept: they are inert, and the CMS removes them itself on save.

HTML that needs no cleaning is returned unchanged, character for character, so the lossless round trip
of content the CMS produced (``html_to_markdown`` → ``markdown_to_html``) is untouched. Cleaned HTML is
written in the canonical form of :mod:`editor.text.normal_form`.

The same allowlist is meant for cleaning pasted HTML in the editor: use :data:`ALLOWED_TAGS`,
:func:`allowed_attributes`/:func:`is_allowed_attribute` and :func:`is_safe_url`, or
:func:`sanitize_html` on the pasted fragment.
"""

from __future__ import annotations

import re
from collections import deque

from editor.text.normal_form import Comment, Element, Node, parse_body, parse_fragment, serialize

#: Elements kept (with the attributes :func:`allowed_attributes` allows).
ALLOWED_TAGS = frozenset(
    "a abbr acronym address area article aside audio b basefont bdi bdo big blockquote br caption center "
    "cite code col colgroup dd del details dfn dir div dl dt em fieldset figcaption figure font footer h1 h2 "
    "h3 h4 h5 h6 header hgroup hr i img ins kbd label legend li main map mark menu meter nav ol p pre "
    "progress q rp rt ruby s samp section small source span strike strong style sub summary sup table "
    "tbody td tfoot th thead time tr track tt u ul var video wbr".split()
)
#: Elements removed together with everything inside them.
DROPPED_TAGS = frozenset(
    "applet base button canvas command datalist embed frame frameset head iframe input isindex keygen link "
    "math meta noembed noframes noscript object optgroup option output param script select svg template "
    "textarea title".split()
)
#: Attributes every allowed element may carry (besides ``data-*`` and ``aria-*``).
GLOBAL_ATTRIBUTES = frozenset(
    "align class contenteditable dir height hidden id lang role style tabindex title translate width".split()
)
_TAG_ATTRIBUTES: dict[str, frozenset[str]] = {
    tag: frozenset(names.split())
    for tags, names in (
        ("a", "href hreflang name rel type"),
        ("area", "alt coords href rel shape"),
        ("audio", "controls loop muted preload src"),
        ("blockquote q", "cite"),
        ("col colgroup", "span valign"),
        ("del ins", "cite datetime"),
        ("details", "open"),
        ("font", "color face size"),
        ("hr", "color noshade size"),
        ("img", "alt border decoding hspace loading sizes src srcset usemap vspace"),
        ("li", "type value"),
        ("map", "name"),
        ("ol", "reversed start type"),
        ("source", "media sizes src srcset type"),
        ("table", "bgcolor border cellpadding cellspacing frame rules summary"),
        ("tbody tfoot thead tr", "bgcolor valign"),
        ("td th", "abbr bgcolor colspan headers nowrap rowspan scope valign"),
        ("time", "datetime"),
        ("track", "default kind label src srclang"),
        ("ul", "type"),
        ("video", "controls loop muted playsinline poster preload src"),
    )
    for tag in tags.split()
}
#: Attributes whose value is a URL (``srcset`` is a list of them): lxml's ``defs.link_attrs`` and more.
URL_ATTRIBUTES = frozenset(
    "action archive background cite classid codebase data dynsrc formaction href longdesc lowsrc ping "
    "poster profile src srcset usemap xlink:href".split()
)
#: Attributes never kept (besides every ``on…`` event handler): they submit, or hold a document.
DENIED_ATTRIBUTES = frozenset({"action", "formaction", "srcdoc"})
#: URL schemes a link or resource may use; URLs without a scheme (``/augsburg/de/``, ``#anker``) are fine.
#: The web and the contact schemes Integreat pages use (the same ones the spell check's masking knows).
SAFE_SCHEMES = frozenset({"http", "https", "mailto", "tel", "sms", "fax", "geo", "ftp"})

_SCHEME = re.compile(r"([a-z][a-z0-9+.\-]*):")
_IGNORED_IN_URL = re.compile(r"[\x00-\x20\x7f]+")
_DATA_IMAGE = re.compile(
    r"data:image/(?:png|gif|jpeg|jpg|webp|avif|bmp);base64,[a-z0-9+/=\s]*", re.IGNORECASE
)
# The start of a url() target is enough to see its scheme (and stays linear on unclosed "url(url(…").
_CSS_URL = re.compile(r"url\s*\(\s*['\"]?([^'\"()]*)", re.IGNORECASE)
_CSS_COMMENT = re.compile(r"/\*.*?(?:\*/|\Z)", re.DOTALL)
_CSS_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})[ \t\n\r\f]?|(.))", re.DOTALL)
_SNEAKY_CSS = re.compile(
    r"expression\s*\(|javascript\s*:|vbscript\s*:|@import|behaviou?r\s*:|-moz-binding", re.IGNORECASE
)


def allowed_attributes(tag: str) -> frozenset[str]:
    """The attribute names kept on ``tag`` (empty for tags not in :data:`ALLOWED_TAGS`).

    ``data-*`` and ``aria-*`` names are allowed too; see :func:`is_allowed_attribute`.
    """
    if tag not in ALLOWED_TAGS:
        return frozenset()
    return GLOBAL_ATTRIBUTES | _TAG_ATTRIBUTES.get(tag, frozenset())


def is_allowed_attribute(tag: str, name: str, *, strict: bool = False) -> bool:
    """True when attribute ``name`` may stay on ``tag`` (before its value is checked).

    Never for event handlers (``on…``) and :data:`DENIED_ATTRIBUTES`; with ``strict`` only the names
    :func:`allowed_attributes` lists and ``data-*``/``aria-*``.
    """
    if tag not in ALLOWED_TAGS or name.startswith("on") or name in DENIED_ATTRIBUTES:
        return False
    if not strict or (name.startswith(("data-", "aria-")) and len(name) > 5):
        return True
    return name in allowed_attributes(tag)


def is_safe_url(url: str, *, image: bool = False) -> bool:
    """True for a relative URL or one whose scheme is in :data:`SAFE_SCHEMES` (never ``javascript:``,
    ``vbscript:``, ``data:``, ``file:``, ``blob:`` …).

    Browsers ignore whitespace and control characters inside a scheme (``java\\tscript:``), so they are
    ignored here too. With ``image=True`` a base64 ``data:image/…`` URL of a raster format is also safe
    (the CMS keeps pasted images inline); ``data:`` is never safe for a link, and SVG never as data.
    """
    compact = _IGNORED_IN_URL.sub("", url).lower()
    match = _SCHEME.match(compact)
    if match is None:
        return True  # no scheme: a path, query or fragment (a colon after / ? # is not a scheme)
    if match.group(1) in SAFE_SCHEMES:
        return True
    return image and match.group(1) == "data" and _DATA_IMAGE.fullmatch(url.strip()) is not None


def is_safe_css(css: str) -> bool:
    """True when ``css`` (a ``style`` attribute or element) can neither run script nor load a local file.

    Refused: ``expression()``, ``javascript:``/``vbscript:``, ``@import``, ``behavior``, ``-moz-binding``
    and ``url()`` targets :func:`is_safe_url` refuses, also when hidden by CSS comments or escapes
    (``java\\73 cript:``).
    """
    plain = _CSS_ESCAPE.sub(_unescape_css, _CSS_COMMENT.sub("", css))
    if _SNEAKY_CSS.search(plain):
        return False
    return all(is_safe_url(match.group(1)) for match in _CSS_URL.finditer(plain))


def _unescape_css(match: re.Match[str]) -> str:
    if match.group(1):
        code = int(match.group(1), 16)
        return chr(code) if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000 else "\ufffd"
    return match.group(2)


def sanitize_html(html: str, *, strict: bool = False) -> str:
    """Return ``html`` cleaned to the allowlist (see the module docstring); unchanged if already clean.

    ``strict`` keeps only the attributes :func:`allowed_attributes` lists (for pasted HTML); the default
    keeps any other attribute the CMS keeps, so content the CMS produced passes unchanged.

    Raises :class:`~editor.text.errors.ContentError` for text that cannot be HTML (control characters,
    nesting deeper than lxml parses), as :func:`~editor.text.normal_form.parse_fragment` does.
    """
    if "<" not in html:
        return html  # text only: nothing to clean
    root = parse_fragment(html, unwrap=False)
    if not _clean_tree(root, strict=strict):
        return html
    return serialize(root, pretty=True)


def first_removed(html: str, *, strict: bool = False) -> tuple[str, int] | None:
    """What :func:`sanitize_html` would remove or unwrap first, for a message: a description
    (``<iframe>``, ``the onclick attribute of <a>``, ``the href "javascript:…" of <a>``) and its line in
    ``html`` (1-based); None when ``html`` needs no cleaning."""
    if "<" not in html or not html.strip():
        return None
    for element in parse_body(html).iter():
        tag = element.tag
        if not isinstance(tag, str) or tag == "body":
            continue  # a comment (kept), or the parser's own body
        line: int = getattr(element, "sourceline", None) or 1  # lxml-stubs type it oddly
        if tag in DROPPED_TAGS or tag not in ALLOWED_TAGS:
            return f"<{tag}>", line
        if tag == "style" and not is_safe_css(element.text or ""):
            return "<style> with CSS that could run or load something", line
        for raw_name, raw_value in element.items():
            name, value = str(raw_name), str(raw_value)
            if not _attribute_ok(tag, name, value, strict):
                shown = value if len(value) <= 40 else f"{value[:40]}…"
                if is_allowed_attribute(tag, name, strict=strict):
                    return f'the {name}="{shown}" of <{tag}>', line
                return f"the {name} attribute of <{tag}>", line
    return None


def _clean_tree(root: Element, *, strict: bool) -> bool:
    """Clean every element below ``root`` in place (iteratively: nesting can be 2,000 deep)."""
    changed = False
    stack = [root]
    while stack:
        element = stack.pop()
        kept: list[Node] = []
        pending: deque[Node] = deque(element.children)
        while pending:
            child = pending.popleft()
            if isinstance(child, str | Comment):
                kept.append(child)
            elif child.tag in DROPPED_TAGS or (child.tag == "style" and not _style_element_safe(child)):
                changed = True
            elif child.tag not in ALLOWED_TAGS:
                pending.extendleft(reversed(child.children))  # unwrap: the content stays in place
                changed = True
            else:
                changed = _clean_attributes(child, strict=strict) or changed
                kept.append(child)
                stack.append(child)
        element.children = kept
    return changed


def _clean_attributes(element: Element, *, strict: bool) -> bool:
    """Drop the attributes of ``element`` that are not allowed or whose value is unsafe."""
    tag = element.tag
    bad = [name for name, value in element.attrs.items() if not _attribute_ok(tag, name, value, strict)]
    for name in bad:
        del element.attrs[name]
    return bool(bad)


def _attribute_ok(tag: str, name: str, value: str, strict: bool) -> bool:
    if not is_allowed_attribute(tag, name, strict=strict):
        return False
    if name == "style":
        return is_safe_css(value)
    if name == "srcset":
        return all(is_safe_url(candidate.split()[0]) for candidate in value.split(",") if candidate.strip())
    if name in URL_ATTRIBUTES:
        return is_safe_url(value, image=tag == "img" and name == "src")
    return True


def _style_element_safe(element: Element) -> bool:
    return all(isinstance(child, str) and is_safe_css(child) for child in element.children)
