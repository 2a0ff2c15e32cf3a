"""Cutting the push items into batches."""

from __future__ import annotations

from checkpoint.sync.batching import fit


def test_a_batch_is_bounded_by_count_and_bytes_but_never_empty() -> None:
    assert fit([10] * 9, max_count=4, max_bytes=1000) == 4
    assert fit([10] * 9, max_count=100, max_bytes=35) == 3
    assert fit([500, 10], max_count=100, max_bytes=100) == 1  # an oversized item goes alone
    assert fit([], max_count=10, max_bytes=10) == 0
