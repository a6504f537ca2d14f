"""Pathological inputs: sizes, depths, brackets, control characters, bad UTF-8."""

from __future__ import annotations

CONTROL = "".join(chr(c) for c in range(32) if chr(c) not in "\t\n\r") + "\x7f\u2028\u2029\ufeff"

#: name -> bytes of a Markdown/HTML input file.
TEXTS: dict[str, bytes] = {
    "brackets-20000": b"[" * 20_000,
    "link-openers-5000": b"[x](" * 5_000,
    "emphasis-20000": b"*_" * 10_000,
    "nested-list-1000": "".join("  " * i + "- x\n" for i in range(1_000)).encode(),
    "nested-quote-1000": b"> " * 1_000 + b"x\n",
    "deep-html-10000": b"<div>" * 10_000 + b"x" + b"</div>" * 10_000,
    "deep-span-10000": b"<span>" * 10_000 + b"x" + b"</span>" * 10_000,
    "unclosed-tags-20000": b"<b><i>" * 10_000 + b"text",
    "control-characters": (CONTROL * 50 + " Wort Satz.\n").encode() * 20,
    "nul-characters": b"Ein\x00Satz mit\x00 NUL.\n" * 200,
    "bad-utf8": b"Gr\xfc\xdfe \xff\xfe aus \xc3\x28 Musterstadt\n",
    "long-token-50000": b"a" * 50_000,
    "long-line-1mb": b"Wort " * 200_000,
    "large-5mb": ("Die Ausländerbehörde berät Sie gern. " * 10 + "\n\n").encode() * 14_000,
}
