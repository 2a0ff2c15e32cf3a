"""Who has the workstation database open, so that ``rekey`` never pulls it from under them.

Every open :class:`~checkpoint.store.connection.Database` of the workstation holds a
shared ``flock`` on ``checkpoint.db.users`` (the app's session, a sync, a CLI command,
each its own). ``rekey`` re-encrypts the file, which every other connection would then
read as damaged, and any write they had in flight would be lost: it converts its own
lock to an exclusive one without waiting, and is refused while anyone else holds one.
A program that opens the database while a rekey runs waits for it to finish (then
its login reads the new slot file). ``restore --force``, which moves the database aside,
takes the same exclusive hold.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Iterator
from pathlib import Path

from checkpoint.errors import StoreBusyError

#: How long opening the database waits for a running rekey to finish.
WAIT_SECONDS = 300.0
IN_USE = ("The workstation database is open in another program (the app, a sync or another "
          "command); close it and try again. Nothing was changed.")
REKEYING = ("The workstation database is being re-encrypted (rekey) by another program; try "
            "again when it has finished.")


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".users")


class UseLock:
    """A shared hold on the database; :meth:`exclusive` for a rekey."""

    def __init__(self, database: Path, wait: float = WAIT_SECONDS) -> None:
        fd = os.open(lock_path(database), os.O_RDWR | os.O_CREAT, 0o600)
        try:
            self.waited = _take(fd, fcntl.LOCK_SH, wait)
        except BaseException:
            os.close(fd)
            raise
        self._fd: int | None = fd

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[None]:
        """Hold the database alone for the block. Raises StoreBusyError at once when any
        other program (or another connection of this one) has it open."""
        fd = self._require()
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as e:
            fcntl.flock(fd, fcntl.LOCK_SH)  # a failed conversion may have dropped ours
            raise StoreBusyError(IN_USE) from e
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_SH)

    def _require(self) -> int:
        if self._fd is None:
            raise StoreBusyError("The database connection is closed.")
        return self._fd

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # releases the lock
            self._fd = None


def _take(fd: int, kind: int, wait: float) -> bool:
    """Take ``kind`` on ``fd``, waiting up to ``wait`` seconds; return whether it waited.
    Raises StoreBusyError when the wait runs out."""
    deadline = time.monotonic() + wait
    waited = False
    while True:
        try:
            fcntl.flock(fd, kind | fcntl.LOCK_NB)
            return waited
        except BlockingIOError as e:
            if time.monotonic() >= deadline:
                raise StoreBusyError(REKEYING) from e
            waited = True
            time.sleep(0.05)
