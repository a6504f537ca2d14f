"""Benchmark: convert a ~5 MB CMS page HTML -> Markdown -> HTML and report the times.

Run: ``.venv/bin/python benchmarks/convert_large_page.py [MEGABYTES]``. Not a test: timings depend on the
machine. Target: a 5 MB page converts in a few seconds in each direction.
"""

from __future__ import annotations

import sys
import time

from editor.text.convert import html_to_markdown, markdown_to_html
from editor.text.normal_form import html_equivalent

_SECTION = (
    "<h2>Beratung {n}</h2>\n"
    "<p>Die <strong>Migrationsberatung</strong> hilft bei Fragen zu <em>Aufenthalt</em>, Arbeit und "
    'Wohnen. Termine gibt es bei der <a class="link-external" href="https://example.org/beratung/{n}">'
    "Caritas</a> und&nbsp;der Stadt.</p>\n"
    '<p dir="rtl">مرحبا بكم في <span class="notranslate" translate="no" dir="ltr">Integreat</span> 😀</p>\n'
    "<ul>\n<li>Montag bis Freitag</li>\n<li>Telefon: 0821 123-{n}\n<ul>\n<li>auch auf Arabisch</li>\n"
    "</ul>\n</li>\n</ul>\n"
    '<p><img src="/media/karte-{n}.png" alt="Karte" width="300" height="200"></p>\n'
    '<table class="hours"><tbody><tr><td>Mo</td><td>9–12 Uhr</td></tr></tbody></table>\n'
)


def build_page(megabytes: float) -> str:
    """A page of repeated typical sections, about ``megabytes`` MB of UTF-8."""
    parts: list[str] = []
    size = 0
    n = 0
    while size < megabytes * 1_000_000:
        section = _SECTION.format(n=n)
        parts.append(section)
        size += len(section.encode())
        n += 1
    return "<div>" + "".join(parts) + "</div>"


def main() -> None:
    """Time both directions and check the round trip."""
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 5.0
    page = build_page(megabytes)
    started = time.perf_counter()
    markdown = html_to_markdown(page)
    to_markdown = time.perf_counter() - started
    started = time.perf_counter()
    html = markdown_to_html(markdown)
    to_html = time.perf_counter() - started
    print(f"page: {len(page.encode()) / 1e6:.2f} MB HTML, {len(markdown.encode()) / 1e6:.2f} MB Markdown")
    print(f"html_to_markdown: {to_markdown:.2f} s (includes its own round-trip check)")
    print(f"markdown_to_html: {to_html:.2f} s")
    print(f"round trip equivalent: {html_equivalent(page, html)}")


if __name__ == "__main__":
    main()
