"""Key material in memory: a buffer locked out of swap, and its wipe (the one implementation).

Keys live only in ``bytearray`` objects (``bytes`` cannot be overwritten). The
long-lived copy of a key (the session's data key) is made with :func:`locked_copy`,
whose pages are locked in memory (``mlock``: never written to swap) where the system
allows it; :func:`wipe` overwrites any key buffer with zeros and unlocks its pages
(unlocking pages that were never locked is harmless). Locking is best effort: a system
without it, or a low ``RLIMIT_MEMLOCK``, is logged, never fatal.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import logging

log = logging.getLogger(__name__)


@functools.cache
def libc() -> ctypes.CDLL | None:
    """The C library (for mlock, munlock, prctl), or None where there is none to load."""
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        return ctypes.CDLL(name, use_errno=True)
    except OSError:
        return None


def _pages(buf: bytearray) -> tuple[ctypes.c_void_p, ctypes.c_size_t]:
    address = ctypes.addressof((ctypes.c_char * len(buf)).from_buffer(buf))
    return ctypes.c_void_p(address), ctypes.c_size_t(len(buf))


def locked_copy(secret: bytes | bytearray) -> bytearray:
    """``secret`` in a new bytearray whose pages are locked in memory where allowed.

    The buffer is never resized (that would move it); wipe it with :func:`wipe`.
    """
    buf = bytearray(secret)
    c = libc()
    if c is not None and buf and c.mlock(*_pages(buf)) != 0:
        log.info("a key could not be locked in memory (RLIMIT_MEMLOCK)")
    return buf


def wipe(buf: bytearray) -> None:
    """Overwrite ``buf`` with zeros in place (its length stays) and unlock its pages."""
    for i in range(len(buf)):
        buf[i] = 0
    c = libc()
    if c is not None and buf:
        c.munlock(*_pages(buf))
