"""Protecting the process that holds the data key (see docs/security.md, "Memory").

SQLCipher's ``cipher_memory_security`` stays OFF (it locked and wiped SQLCipher's own
allocations at about 110 mlock/munlock calls per commit, while every record's
plaintext passes through Python objects nothing wipes). Instead, as soon as the
program handles a key:

- no core dumps: ``RLIMIT_CORE`` 0, and on Linux ``PR_SET_DUMPABLE`` 0 (no core file,
  no ``/proc/PID/mem`` or ptrace by other processes of the same user);
- the long-lived copy of the data key (the session's) sits in a ``bytearray`` whose
  pages are locked in memory (``mlock``: never written to swap) where the system
  allows it, and is wiped when the session closes.

Both are best effort on systems without them (they are logged, never fatal).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys

log = logging.getLogger(__name__)

PR_SET_DUMPABLE = 4
_protected = False


def _libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        return ctypes.CDLL(name, use_errno=True)
    except OSError:
        return None


def protect_process() -> None:
    """No core dumps and (Linux) not dumpable from now on. Idempotent; never raises."""
    global _protected
    if _protected:
        return
    _protected = True
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError) as e:
        log.warning("could not turn core dumps off: %s", type(e).__name__)
    if sys.platform.startswith("linux"):
        libc = _libc()
        if libc is None or libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
            log.warning("could not make the process non-dumpable")


def dumpable() -> bool | None:
    """Whether the process may be dumped (Linux; None elsewhere)."""
    if not sys.platform.startswith("linux"):
        return None
    libc = _libc()
    return None if libc is None else bool(libc.prctl(3, 0, 0, 0, 0))  # PR_GET_DUMPABLE


def locked_copy(secret: bytes) -> bytearray:
    """``secret`` in a new bytearray whose pages are locked in memory where allowed.

    The buffer is never resized (that would move it); wipe it with :func:`wipe`.
    """
    buf = bytearray(secret)
    libc = _libc()
    if libc is not None and buf:
        address = ctypes.addressof((ctypes.c_char * len(buf)).from_buffer(buf))
        if libc.mlock(ctypes.c_void_p(address), ctypes.c_size_t(len(buf))) != 0:
            log.info("the data key could not be locked in memory (RLIMIT_MEMLOCK)")
    return buf


def wipe(buf: bytearray) -> None:
    """Overwrite ``buf`` with zeros and unlock its pages (if :func:`locked_copy` locked
    them: unlocking pages that are not locked is harmless)."""
    for i in range(len(buf)):
        buf[i] = 0
    libc = _libc()
    if libc is not None and buf:
        address = ctypes.addressof((ctypes.c_char * len(buf)).from_buffer(buf))
        libc.munlock(ctypes.c_void_p(address), ctypes.c_size_t(len(buf)))
