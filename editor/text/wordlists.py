"""Plain word lists: the user's personal list per language and our shipped supplements.

A list is a UTF-8 text file, one word per line; ``#`` starts a comment line. Personal lists live in
the user's data directory (``<user_dir>/dictionaries/personal/<lang>.txt``) so they survive upgrades
and new working copies; supplements ship in ``resources/dictionaries/supplement/<lang>.txt``.
"""

from __future__ import annotations

import os
import tempfile
import threading
from pathlib import Path


def read_word_list(path: Path) -> set[str]:
    """Return the words in ``path`` (empty when the file does not exist)."""
    try:
        content = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return set()
    words = (line.strip() for line in content.splitlines())
    return {word for word in words if word and not word.startswith("#")}


class WordList:
    """A set of words backed by a file; ``add`` writes the file atomically."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._lock = threading.Lock()
        self._words = read_word_list(path)

    @property
    def path(self) -> Path:
        """The file behind this list."""
        return self._path

    def __contains__(self, word: object) -> bool:
        return word in self._words

    def __len__(self) -> int:
        return len(self._words)

    def words(self) -> frozenset[str]:
        """A snapshot of the words."""
        return frozenset(self._words)

    def add(self, word: str) -> bool:
        """Add ``word`` and save; returns False when it was already there or is empty."""
        word = word.strip()
        if not word or "\n" in word:
            return False
        with self._lock:
            if word in self._words:
                return False
            self._words.add(word)
            self._save()
        return True

    def remove(self, word: str) -> bool:
        """Remove ``word`` and save; returns False when it was not there."""
        with self._lock:
            if word not in self._words:
                return False
            self._words.discard(word)
            self._save()
        return True

    def _save(self) -> None:
        self._path.parent.mkdir(parents=True, exist_ok=True)
        body = "".join(f"{word}\n" for word in sorted(self._words))
        handle, tmp_name = tempfile.mkstemp(dir=self._path.parent, suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as tmp:
                tmp.write(body)
            os.replace(tmp_name, self._path)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
