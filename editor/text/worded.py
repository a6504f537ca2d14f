"""``Worded``: an English message that also carries a code and its values (ADR 0018).

The QA checks and the glossary return their warnings as text (the command line prints them). Each
warning is a :class:`Worded`: a ``str`` holding the English sentence, with ``key`` and ``params`` so the
views word it in the UI language (editor/views/translate/qa_text.py).
"""

from __future__ import annotations


class Worded(str):
    """An English message (the string itself) with the ``key`` and ``params`` that word it elsewhere."""

    key: str
    params: dict[str, str]

    def __new__(cls, english: str, key: str, **params: object) -> Worded:
        self = super().__new__(cls, english)
        self.key = key
        self.params = {name: str(value) for name, value in params.items()}
        return self

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild, (str(self), self.key, self.params))


def _rebuild(english: str, key: str, params: dict[str, str]) -> Worded:
    return Worded(english, key, **params)
