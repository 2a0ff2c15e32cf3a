"""Enrollment attempts per network address, counted in HQ's database.

Enrollment is the one operation anyone who reaches HQ can ask for. Each attempt is
counted before its body is read, per client address and fixed window, with a single
upsert that returns the new count, so several HQ processes over one database share
one count and two attempts at once cannot both slip under the limit. Past the limit
the answer is 429 with ``Retry-After`` until the window ends.

Behind a load balancer the address is the one uvicorn reports (its
``--forwarded-allow-ips`` decides whether ``X-Forwarded-For`` is believed).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from hq.db import Tx
from hq.errors import HqRefusal


@dataclass(frozen=True)
class Rate:
    attempts: int = 20
    window: float = 600.0


def count_attempt(tx: Tx, address: str, rate: Rate, now: float) -> None:
    """Count one enrollment attempt from ``address``. Raises HqRefusal 429 past the limit."""
    start = now - now % rate.window
    row = tx.one(
        "INSERT INTO enroll_attempts (address, window_start, count) VALUES (?, ?, 1) "
        "ON CONFLICT (address) DO UPDATE SET "
        "count = CASE WHEN enroll_attempts.window_start < excluded.window_start THEN 1 "
        "ELSE enroll_attempts.count + 1 END, "
        "window_start = CASE WHEN enroll_attempts.window_start < excluded.window_start "
        "THEN excluded.window_start ELSE enroll_attempts.window_start END "
        "RETURNING count, window_start", (address[:64], start))
    count, window_start = int(row[0]), float(row[1])
    if count > rate.attempts:
        wait = max(1, math.ceil(window_start + rate.window - now))
        raise HqRefusal(429, "too_many_attempts", f"Too many enrollment attempts from this "
                        f"address; try again in {wait} s.", retry_after=wait)


def purge(tx: Tx, rate: Rate, now: float) -> None:
    tx.execute("DELETE FROM enroll_attempts WHERE window_start < ?", (now - 2 * rate.window,))
