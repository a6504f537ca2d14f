"""``Backoff``: exponential, capped, jittered delays for the connectivity probe and retries.

A pure class (no timers, no threads): the UI's ``QTimer`` and the headless retry loop ask it how
long to wait next, call :meth:`Backoff.failure` after a failed attempt and :meth:`Backoff.reset`
after a success. It never yields a delay below ``base``, so nothing loops tightly.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class Backoff:
    """Exponential backoff: ``base * factor**failures`` capped at ``cap``, with +/- ``jitter``.

    ``jitter`` is a fraction (0.2 = up to 20 % shorter or longer, never below ``base``).
    ``rng`` is injectable so tests get deterministic delays.
    """

    base: float = 5.0
    cap: float = 300.0
    factor: float = 2.0
    jitter: float = 0.2
    rng: random.Random = field(default_factory=random.Random, repr=False)
    failures: int = 0

    def __post_init__(self) -> None:
        if self.base <= 0 or self.cap < self.base or self.factor < 1 or not 0 <= self.jitter < 1:
            raise ValueError("Backoff needs 0 < base <= cap, factor >= 1 and 0 <= jitter < 1")

    def next_delay(self) -> float:
        """Seconds to wait before the next attempt (depends on the failures so far)."""
        raw = min(self.cap, self.base * self.factor ** min(self.failures, 64))
        spread = raw * self.jitter
        delay = raw + self.rng.uniform(-spread, spread)
        return max(self.base, min(self.cap, delay))

    def failure(self) -> float:
        """Record a failed attempt and return the delay before the next one."""
        self.failures += 1
        return self.next_delay()

    def reset(self) -> None:
        """Record a success: the next delay is ``base`` again."""
        self.failures = 0
