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

#: Length x possible inline matches (escapes, links, emphasis) above which a block of a stored page stays
#: an HTML block in the Markdown: python-markdown's inline pass rebuilds the text for every match, so this
#: bounds its work on one block to a fraction of a second. Ordinary paragraphs stay far below it (a 2 KB
#: paragraph with 50 links, emphasis and escapes: 100,000).
MAX_INLINE_WORK = 20_000_000
