"""Files beside the database: crash-safe writes (write beside, fsync, rename, fsync the
folder) and the advisory lock that keeps two programs of one workstation (the app, a
sync, the CLI) from a read-modify-write at the same time."""

from __future__ import annotations

import contextlib
import fcntl
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path


def fsync_dir(folder: Path) -> None:
    """Make a rename inside ``folder`` durable (no-op where unsupported)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves the old or the new file whole."""
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        tmp.chmod(mode)
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


class LockBusyError(Exception):
    """Another process (or another open file of this one) holds the lock."""


class FileLock:
    """An advisory ``flock`` on ``path`` (created 0600 if missing), held until :meth:`close`.

    The one implementation of a file lock here: :func:`locked` holds one exclusively for
    a block; :class:`checkpoint.store.users.UseLock` holds one shared for a connection's
    life and converts it to exclusive for a rekey.
    """

    def __init__(self, path: Path) -> None:
        self._fd: int | None = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        self.path = path

    def take(self, *, shared: bool = False, wait: float | None = None) -> bool:
        """Take (or convert to) the shared or exclusive lock; return whether it had to wait.

        ``wait`` None waits as long as it takes; a number of seconds polls that long and
        then raises LockBusyError (0: at once). A failed conversion keeps no lock (flock
        may have dropped the one held): take the old kind again.
        """
        fd = self._require()
        kind = fcntl.LOCK_SH if shared else fcntl.LOCK_EX
        if wait is None:
            fcntl.flock(fd, kind)
            return False
        deadline = time.monotonic() + wait
        waited = False
        while True:
            try:
                fcntl.flock(fd, kind | fcntl.LOCK_NB)
                return waited
            except BlockingIOError as e:
                if time.monotonic() >= deadline:
                    raise LockBusyError(str(self.path)) from e
                waited = True
                time.sleep(0.05)

    def release(self) -> None:
        fcntl.flock(self._require(), fcntl.LOCK_UN)

    def _require(self) -> int:
        if self._fd is None:
            raise LockBusyError(f"{self.path} is closed")
        return self._fd

    def close(self) -> None:
        """Close the file (which releases the lock)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


@contextlib.contextmanager
def locked(path: Path, *, wait: bool = True) -> Iterator[None]:
    """Hold an exclusive ``flock`` on ``path`` (created if missing) for the block.

    With ``wait=False`` raises LockBusyError at once when the lock is held elsewhere.
    """
    lock = FileLock(path)
    try:
        lock.take(wait=None if wait else 0)
        yield
    finally:
        lock.close()
