"""Failed-login throttling that survives a restart.

``auth-state.json`` (beside the database, no personal data) counts consecutive
failures per throttle key and keeps the attempts made while the store was locked,
so the next successful unlock can write them into the journal.

The throttle key of a known operator is the salted name hash of their key slot
(already in the slot file). A name that matches no slot may be a password typed
into the name field, so its own hash is never written: it falls into one of
:data:`UNKNOWN_BUCKETS` buckets chosen by one byte of that hash.

After ``FREE_ATTEMPTS`` failures each further attempt must wait
``2 ** (failures - FREE_ATTEMPTS + 1)`` seconds, capped at ``MAX_DELAY``. An attempt
made during the wait is refused without counting (and without unlocking anything),
so the worst someone typing a colleague's name can do is keep them waiting
``MAX_DELAY`` after their last wrong attempt; a supervisor clears a delay at once.
Deleting the file resets the counters (it cannot be protected without a key); the
journal still records every attempt that was made.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass, field
from typing import Any

from checkpoint.store.files import atomic_write
from checkpoint.store.layout import Layout

log = logging.getLogger(__name__)

FREE_ATTEMPTS = 3
#: The longest wait (seconds): what a colleague typing your name can cost you at worst.
MAX_DELAY = 30.0
#: Attempts kept for the journal while locked; beyond this they are only counted.
MAX_PENDING = 1000
UNKNOWN_BUCKETS = 256


def delay_after(failures: int) -> float:
    if failures < FREE_ATTEMPTS:
        return 0.0
    return float(min(MAX_DELAY, 2 ** min(failures - FREE_ATTEMPTS + 1, 16)))


def unknown_key(user_hash: str) -> str:
    """The shared throttle key of a name that matches no key slot (one byte of its hash)."""
    return f"unknown:{int(user_hash[:2], 16) % UNKNOWN_BUCKETS:02x}"


@dataclass
class AuthState:
    #: throttle key -> {"count": failures counting toward the delay, "last": time of the
    #: last counted failure, "since_login": failures since the last successful login}
    failures: dict[str, dict[str, float]] = field(default_factory=dict)
    pending: list[dict[str, Any]] = field(default_factory=list)
    #: attempts not kept in ``pending`` because it was full
    dropped: int = 0

    def retry_after(self, key: str, now: float | None = None) -> float:
        """Seconds to wait before an attempt under ``key`` is considered (0: now).

        Never more than the delay itself, even when the clock was set back."""
        now = time.time() if now is None else now
        rec = self.failures.get(key)
        if not rec:
            return 0.0
        delay = delay_after(int(rec.get("count", 0)))
        return max(0.0, min(delay, float(rec.get("last", 0.0)) + delay - now))

    def failed(self, key: str, outcome: str, when: str, now: float | None = None) -> None:
        """A counted failure (wrong password, removed operator)."""
        rec = self.failures.setdefault(key, {"count": 0, "last": 0.0, "since_login": 0})
        rec["count"] = int(rec.get("count", 0)) + 1
        rec["since_login"] = int(rec.get("since_login", 0)) + 1
        rec["last"] = time.time() if now is None else now
        self._keep(key, outcome, when)

    def refused(self, key: str, when: str) -> None:
        """An attempt made during the wait: journaled later, never counted."""
        self._keep(key, "throttled", when)

    def _keep(self, key: str, outcome: str, when: str) -> None:
        if len(self.pending) >= MAX_PENDING:
            self.dropped += 1
            return
        self.pending.append({"user_hash": key, "time": when, "outcome": outcome})

    def succeeded(self, key: str) -> int:
        """Forget the key's failures; return how many there were since the last login."""
        rec = self.failures.pop(key, None)
        return int(rec.get("since_login", 0)) if rec else 0

    def clear_delay(self, key: str) -> None:
        """End the key's delay (a supervisor's decision); the failures stay reported."""
        rec = self.failures.get(key)
        if rec:
            rec["count"] = 0
            rec["last"] = 0.0

    def failure_count(self, key: str) -> int:
        rec = self.failures.get(key)
        return int(rec.get("count", 0)) if rec else 0


def load(layout: Layout) -> AuthState:
    try:
        d = json.loads(layout.auth_state.read_text(encoding="utf-8"))
        return AuthState(dict(d.get("failures", {})), list(d.get("pending", [])),
                         int(d.get("dropped", 0)))
    except FileNotFoundError:
        return AuthState()
    except (OSError, ValueError, AttributeError, TypeError):
        log.warning("login throttle state unreadable; starting afresh")
        return AuthState()


def save(layout: Layout, state: AuthState) -> None:
    data = json.dumps({"failures": state.failures, "pending": state.pending,
                       "dropped": state.dropped}, indent=1)
    atomic_write(layout.auth_state, data.encode("utf-8"))
