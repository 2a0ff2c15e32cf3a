"""Overwriting key material that is no longer needed (keys live only in bytearrays)."""

from __future__ import annotations


def wipe(buf: bytearray) -> None:
    """Overwrite ``buf`` with zeros in place (its length stays)."""
    for i in range(len(buf)):
        buf[i] = 0
