"""The size and depth limits that keep every text operation bounded on hostile input (Qt-free).

Each limit has one home, here; the modules that enforce it import it, and docs/conversion.md,
docs/spellcheck.md and docs/readability.md name them. Real Integreat pages stay far below all of them.
"""

from __future__ import annotations

#: Pages longer than this (characters of HTML) open read-only in the editor: converting and checking
#: them would stall the window for seconds, and no real Integreat page comes near it.
MAX_EDITABLE_CHARS = 150_000

#: How deeply Markdown may nest lists, quotes and indentation. python-markdown's block parser recurses
#: once per level, and Python's recursion limit stops it at about 250 list levels; deeper Markdown is
#: refused with the line number.
MAX_MARKDOWN_NESTING = 100

#: Link targets (``(url "title")``) longer than this are not read as one: python-markdown scans from
#: every ``](`` to the closing ``)``, so unclosed targets made conversion quadratic.
MAX_LINK_TARGET = 2048

#: Tokens longer than this are not words (a base64 blob, a hash, a run of one letter): the spell check
#: skips them, never flags them. Hunspell itself gives up on words over 100 bytes.
MAX_WORD_LENGTH = 100
