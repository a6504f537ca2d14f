"""What a pull, push or sync reports: per-item issues, counts, the change set; progress and retries."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from editor.models.changes import Changes
from editor.sync.errors import ServerError, Timeout, Unreachable
from editor.sync.issues import Problem

#: ``progress(done, total, what)``
Progress = Callable[[int, int, str], None]
#: Failures worth another attempt; everything else is final for that item.
RETRYABLE = (ServerError, Timeout, Unreachable)


@dataclass(frozen=True)
class SyncIssue:
    """One (page, language) that failed or is in conflict, with the message for the user."""

    page_id: int | None
    cms_page_id: int | None
    language: str
    title: str
    message: str
    #: the message as a code with parameters, for the UI language (editor.sync.issues)
    problem: Problem | None = field(default=None, compare=False)

    @classmethod
    def of(
        cls, page_id: int | None, cms_page_id: int | None, language: str, title: str, problem: Problem
    ) -> SyncIssue:
        """An issue whose English message is the problem's."""
        return cls(page_id, cms_page_id, language, title, problem.english, problem)

    def as_json(self) -> dict[str, Any]:
        """The shape used in ``integreat-desk sync --json``."""
        code = self.problem.code if self.problem is not None else "text"
        return {
            "page": self.cms_page_id, "local_page": self.page_id, "language": self.language,
            "title": self.title, "message": self.message, "code": code,
        }  # fmt: skip


@dataclass
class SyncReport:
    """What a pull / push / sync did."""

    pulled: dict[str, int] = field(default_factory=dict)
    pushed: int = 0
    conflicts: list[SyncIssue] = field(default_factory=list)
    failed: list[SyncIssue] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)
    requests: int = 0
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        """True when nothing failed or is in conflict."""
        return not self.conflicts and not self.failed

    def merge(self, other: SyncReport) -> SyncReport:
        """Both reports in one (pull then push)."""
        pulled = dict(self.pulled)
        for lang, count in other.pulled.items():
            pulled[lang] = pulled.get(lang, 0) + count
        seen = {(c.cms_page_id, c.language) for c in self.conflicts}
        later = [c for c in other.conflicts if (c.cms_page_id, c.language) not in seen]
        return SyncReport(
            pulled, self.pushed + other.pushed, self.conflicts + later,
            self.failed + other.failed, self.changes | other.changes,
            self.requests + other.requests, self.cancelled or other.cancelled,
        )  # fmt: skip

    def as_json(self) -> dict[str, Any]:
        """``{"pulled": {LANG: pages}, "pushed": N, "conflicts": [...], "failed": [...]}``."""
        return {
            "pulled": dict(self.pulled), "pushed": self.pushed,
            "conflicts": [c.as_json() for c in self.conflicts],
            "failed": [f.as_json() for f in self.failed], "requests": self.requests,
        }  # fmt: skip
