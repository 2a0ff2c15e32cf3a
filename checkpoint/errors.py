"""The one exception tree of the workstation program.

The core raises these; it never shows UI. The CLI maps them to one line on stderr
and an exit code, the GUI to a translated message. Foreign exceptions are wrapped
at the boundary where they enter (``raise StoreError(...) from e``).

::

    CheckpointError                      every error the program expects
    ├── UsageError                       the caller asked for something malformed (exit 2)
    ├── ValidationError                  a record or identifier is invalid; carries .problems
    ├── NotFoundError                    no such record / operator / file
    ├── ConflictError                    the thing already exists, or the state forbids it
    ├── AuthError                        refused (exit 1)
    │   ├── WrongPasswordError           unknown operator or wrong password (one message for both)
    │   ├── ThrottledError               too many failed attempts; carries .retry_after seconds
    │   ├── PermissionDeniedError        the operator's role does not allow the action
    │   └── PasswordPolicyError          a new password does not meet the policy
    ├── StoreError                       the encrypted store cannot be used
    │   ├── NotInitializedError          no workstation in this folder yet
    │   ├── AlreadyInitializedError      a workstation is already there
    │   ├── DamagedStoreError            the database is damaged or was tampered with
    │   ├── KeyslotError                 the slot file is unreadable, damaged or tampered with
    │   ├── MigrationError               the schema cannot be brought up to date
    │   └── StoreBusyError               the database is locked by another program
    ├── JournalError                     the journal failed verification; carries .seq
    ├── FormatError                      an exchange document/file is malformed; carries .problems
    └── SyncError                        synchronisation with HQ failed
        ├── NetworkError                 HQ unreachable, timed out, reset (retry later)
        ├── ProtocolError                HQ answered something we cannot accept (bad signature…)
        ├── EnrollmentError              enrollment refused (code used/expired, not enrolled)
        └── RemoteRejectedError          HQ refused the request (rollback, fork, bad signature)
"""

from __future__ import annotations

from collections.abc import Sequence


class CheckpointError(Exception):
    """Base of every error the program expects; ``str()`` is a sentence for a person."""

    exit_code = 1


class UsageError(CheckpointError):
    exit_code = 2


class ValidationError(CheckpointError):
    """A record or identifier is invalid. ``problems`` lists every finding."""

    def __init__(self, message: str, problems: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.problems = list(problems)


class NotFoundError(CheckpointError):
    pass


class ConflictError(CheckpointError):
    pass


class AuthError(CheckpointError):
    pass


class WrongPasswordError(AuthError):
    def __init__(self, message: str = "Wrong user name or password.") -> None:
        super().__init__(message)


class ThrottledError(AuthError):
    def __init__(self, retry_after: float) -> None:
        self.retry_after = retry_after
        secs = max(1, int(retry_after + 0.999))
        super().__init__(
            f"Too many failed attempts: wait {secs} s before trying again."
        )


class PermissionDeniedError(AuthError):
    pass


class PasswordPolicyError(AuthError):
    pass


class StoreError(CheckpointError):
    pass


class NotInitializedError(StoreError):
    pass


class AlreadyInitializedError(StoreError):
    pass


class DamagedStoreError(StoreError):
    pass


class KeyslotError(StoreError):
    pass


class MigrationError(StoreError):
    pass


class StoreBusyError(StoreError):
    pass


class JournalError(CheckpointError):
    """The journal failed verification at ``seq`` (the first bad entry)."""

    def __init__(self, message: str, seq: int | None = None) -> None:
        super().__init__(message)
        self.seq = seq


class FormatError(CheckpointError):
    def __init__(self, message: str, problems: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.problems = list(problems)


class SyncError(CheckpointError):
    pass


class NetworkError(SyncError):
    pass


class ProtocolError(SyncError):
    pass


class EnrollmentError(SyncError):
    pass


class RemoteRejectedError(SyncError):
    pass
