"""What the officer reads when something goes wrong: errors mapped by type to text.

The core raises :mod:`checkpoint.errors`; this module turns each type into a
translated sentence with the action that fits (wait, log in again, restore a
backup, call a supervisor). Details (the exception class) go to the log, never
personal data. Validation problems keep the core's sentences: they name the field.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from checkpoint import errors

log = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def message_for(error: BaseException) -> str:
    """A sentence for a person, translated, for any exception the GUI receives."""
    if isinstance(error, errors.ThrottledError):
        seconds = max(1, int(error.retry_after + 0.999))
        return _t("Too many failed attempts: wait %n second(s) before trying again.").replace(
            "%n", str(seconds))
    if isinstance(error, errors.WrongPasswordError):
        return _t("Wrong user name or password.")
    if isinstance(error, errors.PermissionDeniedError):
        return _t("Your role does not allow this.") + " " + str(error)
    if isinstance(error, errors.PasswordPolicyError):
        return _t("The password is not acceptable:") + " " + str(error)
    if isinstance(error, errors.AuthError):
        return _t("The workstation is locked; log in again.")
    if isinstance(error, errors.ValidationError):
        return str(error)
    if isinstance(error, errors.ConflictError):
        return _t("This cannot be done now:") + " " + str(error)
    if isinstance(error, errors.NotFoundError):
        return _t("The record was not found; it may have been discarded.")
    if isinstance(error, errors.StoreBusyError):
        return _t("The database is busy in another program (a command-line tool?). "
                  "Close it and try again.")
    if isinstance(error, errors.DamagedStoreError | errors.KeyslotError):
        return _t("The workstation's files are damaged or were tampered with. Do not go on: "
                  "call your supervisor, who can restore the last backup.")
    if isinstance(error, errors.AlreadyInitializedError):
        return _t("A workstation already exists in this folder.")
    if isinstance(error, errors.NotInitializedError):
        return _t("There is no workstation in this folder yet.")
    if isinstance(error, errors.StoreError):
        return _t("The workstation database failed. Try again; if it keeps failing, "
                  "call your supervisor.") + " " + str(error)
    if isinstance(error, errors.UsageError):
        return str(error)
    if isinstance(error, errors.SyncError):
        return _t("Synchronisation with headquarters failed; it will be retried.")
    if isinstance(error, errors.CheckpointError):
        return str(error)
    log.error("unexpected error in the app", exc_info=error)
    return _t("Something went wrong unexpectedly (%s). The details are in the log; "
              "your saved work is safe.").replace("%s", type(error).__name__)


def problems_of(error: BaseException) -> list[str]:
    """The list of problems a validation error carries (else empty)."""
    if isinstance(error, errors.ValidationError | errors.FormatError):
        return list(error.problems)
    return []
