"""Lossless conversion between CMS HTML and the Markdown editors edit.

``markdown_to_html(html_to_markdown(x))`` is equivalent to ``x`` under :mod:`editor.text.normal_form`, and
``html_to_markdown(markdown_to_html(m)) == m`` for Markdown that ``html_to_markdown`` wrote.
"""

from __future__ import annotations

from editor.text.convert.render import markdown_to_html
from editor.text.convert.to_markdown import html_to_markdown
from editor.text.errors import ContentError

__all__ = ["ContentError", "html_to_markdown", "markdown_to_html"]
