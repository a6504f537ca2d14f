"""Change sets: what a mutating store operation touched, so views refresh only that."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    """What an operation changed. Empty sets mean "nothing of that kind"."""

    pages: frozenset[int] = field(default_factory=frozenset)
    translations: frozenset[tuple[int, str]] = field(default_factory=frozenset)
    tree: bool = False
    languages: bool = False
    outbox: bool = False
    #: (page id, language) of translations that became conflicts.
    conflicts: frozenset[tuple[int, str]] = field(default_factory=frozenset)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            pages=self.pages | other.pages,
            translations=self.translations | other.translations,
            tree=self.tree or other.tree,
            languages=self.languages or other.languages,
            outbox=self.outbox or other.outbox,
            conflicts=self.conflicts | other.conflicts,
        )

    @property
    def empty(self) -> bool:
        """True when nothing changed."""
        return not (
            self.pages or self.translations or self.tree or self.languages or self.outbox or self.conflicts
        )
