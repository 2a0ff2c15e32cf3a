"""Cutting the push items into batches bounded by item count and bytes."""

from __future__ import annotations

from collections.abc import Sequence

DEFAULT_COUNT = 500
DEFAULT_BYTES = 2 * 1024 * 1024
#: An item larger than this alone is never sent: it is quarantined on the workstation.
MAX_ITEM_BYTES = 48 * 1024 * 1024


def fit(sizes: Sequence[int], max_count: int, max_bytes: int) -> int:
    """How many leading items go in one batch: at least one, then while both bounds hold."""
    total = 0
    for n, size in enumerate(sizes[:max_count]):
        if n and total + size > max_bytes:
            return n
        total += size
    return min(len(sizes), max_count)

