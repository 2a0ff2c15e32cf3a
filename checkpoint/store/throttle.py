"""Failed-login throttling that survives a restart.

``auth-state.json`` (beside the database, no personal data: operators appear only
as the salted name hash of their key slot) counts consecutive failures per name
and keeps the failed attempts made while the store was locked, so the next
successful unlock can write them into the journal.

After ``FREE_ATTEMPTS`` failures each further attempt must wait
``2 ** (failures - FREE_ATTEMPTS)`` seconds, capped at ``MAX_DELAY``. Deleting the
file resets the counters (it cannot be protected without a key); the journal
still records every attempt that was made.
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
MAX_DELAY = 300.0


def delay_after(failures: int) -> float:
    if failures < FREE_ATTEMPTS:
        return 0.0
    # the exponent is capped first: a count of 10**9 read from the file must not make
    # Python build a number with hundreds of millions of digits
    return float(min(MAX_DELAY, 2 ** min(failures - FREE_ATTEMPTS + 1, 16)))


@dataclass
class AuthState:
    failures: dict[str, dict[str, float]] = field(default_factory=dict)
    pending: list[dict[str, Any]] = field(default_factory=list)

    def retry_after(self, user_hash: str, now: float | None = None) -> float:
        now = time.time() if now is None else now
        rec = self.failures.get(user_hash)
        if not rec:
            return 0.0
        wait = rec["last"] + delay_after(int(rec["count"])) - now
        return max(0.0, wait)

    def failed(self, user_hash: str, outcome: str, when: str) -> None:
        rec = self.failures.setdefault(user_hash, {"count": 0, "last": 0.0})
        rec["count"] = int(rec["count"]) + 1
        rec["last"] = time.time()
        self.pending.append({"user_hash": user_hash, "time": when, "outcome": outcome})

    def succeeded(self, user_hash: str) -> None:
        self.failures.pop(user_hash, None)

    def failure_count(self, user_hash: str) -> int:
        rec = self.failures.get(user_hash)
        return int(rec["count"]) if rec else 0


#: The most failed attempts kept for the journal (a file cannot make a login write more).
MAX_PENDING = 1000


def load(layout: Layout) -> AuthState:
    """The counters; what is malformed in the file is dropped (it is read before any
    unlock and is not trusted: a damaged or edited file must not hang or block a login).
    """
    try:
        d = json.loads(layout.auth_state.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return AuthState()
    except (OSError, ValueError, RecursionError):
        log.warning("login throttle state unreadable; starting afresh")
        return AuthState()
    if not isinstance(d, dict):
        return AuthState()
    now = time.time()
    failures = {}
    raw = d.get("failures")
    for name, rec in (raw.items() if isinstance(raw, dict) else ()):
        if (isinstance(rec, dict) and type(rec.get("count")) is int
                and isinstance(rec.get("last"), int | float) and rec["count"] >= 0):
            failures[str(name)] = {"count": rec["count"], "last": min(float(rec["last"]), now)}
    pending = d.get("pending")
    kept = [dict(p) for p in pending if isinstance(p, dict)] if isinstance(pending, list) else []
    return AuthState(failures, kept[-MAX_PENDING:])


def save(layout: Layout, state: AuthState) -> None:
    data = json.dumps({"failures": state.failures, "pending": state.pending}, indent=1)
    atomic_write(layout.auth_state, data.encode("utf-8"))
