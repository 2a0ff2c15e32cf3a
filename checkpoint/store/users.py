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
from collections.abc import Iterator
from pathlib import Path

from checkpoint.errors import StoreBusyError
from checkpoint.store.files import FileLock, LockBusyError

#: How long opening the database waits for a running rekey to finish.
WAIT_SECONDS = 300.0
IN_USE = ("The workstation database is open in another program (the app, a sync or another "
          "command); close it and try again. Nothing was changed.")
REKEYING = ("The workstation database is being re-encrypted (rekey) by another program; try "
            "again when it has finished.")


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".users")


class UseLock:
    """A shared hold on the database (a :class:`~checkpoint.store.files.FileLock`);
    :meth:`exclusive` for a rekey."""

    def __init__(self, database: Path, wait: float = WAIT_SECONDS) -> None:
        self._lock = FileLock(lock_path(database))
        try:
            self.waited = self._lock.take(shared=True, wait=wait)
        except LockBusyError as e:
            self._lock.close()
            raise StoreBusyError(REKEYING) from e
        except BaseException:
            self._lock.close()
            raise

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[None]:
        """Hold the database alone for the block. Raises StoreBusyError at once when any
        other program (or another connection of this one) has it open."""
        try:
            self._lock.take(wait=0)
        except LockBusyError as e:
            self._lock.take(shared=True)  # a failed conversion may have dropped ours
            raise StoreBusyError(IN_USE) from e
        try:
            yield
        finally:
            self._lock.take(shared=True)

    def close(self) -> None:
        self._lock.close()  # releases the lock
