"""Exponential backoff with jitter, capped, that never gives up."""

from __future__ import annotations

import random
from collections.abc import Callable


class Backoff:
    """Delays ``base·2ⁿ`` capped at ``cap``, each drawn from its upper half (equal jitter)."""

    def __init__(self, base: float = 2.0, cap: float = 300.0,
                 rng: Callable[[], float] = random.random) -> None:
        if base <= 0 or cap < base:
            raise ValueError("backoff needs 0 < base <= cap")
        self.base, self.cap, self.rng = base, cap, rng
        self.failures = 0

    def next_delay(self) -> float:
        """The wait before the next attempt after one more failure."""
        ceiling = float(min(self.cap, self.base * 2.0 ** min(self.failures, 62)))
        self.failures += 1
        return ceiling / 2 + float(self.rng()) * ceiling / 2

    def reset(self) -> None:
        self.failures = 0
