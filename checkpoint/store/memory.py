"""Protecting the process that holds the data key (see docs/security.md, "Memory").

SQLCipher's ``cipher_memory_security`` stays OFF (it locked and wiped SQLCipher's own
allocations at about 110 mlock/munlock calls per commit, while every record's
plaintext passes through Python objects nothing wipes). Instead, as soon as the
program handles a key:

- no core dumps: ``RLIMIT_CORE`` 0, and on Linux ``PR_SET_DUMPABLE`` 0 (no core file,
  no ``/proc/PID/mem`` or ptrace by other processes of the same user);
- the long-lived copy of the data key (the session's) sits in a ``bytearray`` whose
  pages are locked in memory (``mlock``: never written to swap) where the system
  allows it, and is wiped when the session closes (both in :mod:`checkpoint.crypto.wipe`,
  the one implementation of a key buffer and its wipe).

Both are best effort on systems without them (they are logged, never fatal).
"""

from __future__ import annotations

import logging
import sys

from checkpoint.crypto.wipe import libc

log = logging.getLogger(__name__)

PR_SET_DUMPABLE = 4
_protected = False


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
        c = libc()
        if c is None or c.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
            log.warning("could not make the process non-dumpable")


def dumpable() -> bool | None:
    """Whether the process may be dumped (Linux; None elsewhere)."""
    if not sys.platform.startswith("linux"):
        return None
    c = libc()
    return None if c is None else bool(c.prctl(3, 0, 0, 0, 0))  # PR_GET_DUMPABLE
