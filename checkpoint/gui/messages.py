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

translate = QCoreApplication.translate  # lupdate finds translate("Context", "…")

log = logging.getLogger(__name__)



def message_for(error: BaseException) -> str:
    """A sentence for a person, translated, for any exception the GUI receives."""
    if isinstance(error, errors.ThrottledError):
        seconds = max(1, int(error.retry_after + 0.999))
        return translate(
            "Errors", "Too many failed attempts: wait %n second(s) before trying again."
        ).replace("%n", str(seconds))
    if isinstance(error, errors.WrongPasswordError):
        return translate("Errors", "Wrong user name or password.")
    if isinstance(error, errors.PermissionDeniedError):
        return translate("Errors", "Your role does not allow this.") + " " + str(error)
    if isinstance(error, errors.PasswordPolicyError):
        return translate("Errors", "The password is not acceptable:") + " " + str(error)
    if isinstance(error, errors.AuthError):
        return translate("Errors", "The workstation is locked; log in again.")
    if isinstance(error, errors.ValidationError):
        return str(error)
    if isinstance(error, errors.ConflictError):
        return translate("Errors", "This cannot be done now:") + " " + str(error)
    if isinstance(error, errors.NotFoundError):
        return translate("Errors", "The record was not found; it may have been discarded.")
    if isinstance(error, errors.StoreBusyError):
        return translate("Errors", "The database is busy in another program (a command-line "
                                   "tool?). Close it and try again.")
    if isinstance(error, errors.DamagedStoreError | errors.KeyslotError):
        return translate("Errors", "The workstation's files are damaged or were tampered "
                                   "with. Do not go on: call your supervisor, who can "
                                   "restore the last backup.")
    if isinstance(error, errors.AlreadyInitializedError):
        return translate("Errors", "A workstation already exists in this folder.")
    if isinstance(error, errors.NotInitializedError):
        return translate("Errors", "There is no workstation in this folder yet.")
    if isinstance(error, errors.StoreError):
        return translate("Errors", "The workstation database failed. Try again; if it keeps "
                                   "failing, call your supervisor.") + " " + str(error)
    if isinstance(error, errors.UsageError):
        return str(error)
    if isinstance(error, errors.SyncError):
        return translate("Errors", "Synchronisation with headquarters failed; it will be "
                                   "retried.")
    if isinstance(error, errors.CheckpointError):
        return str(error)
    log.error("unexpected error in the app", exc_info=error)
    return translate("Errors", "Something went wrong unexpectedly (%s). The details are in "
                               "the log; your saved work is safe.").replace(
        "%s", type(error).__name__)


# -- sync ----------------------------------------------------------------------------------
#
# Errors of a sync run are classified as Anki's sync.py does: each kind gets the words
# and the action that fit, and some are quiet. An interrupted (cancelled) run is not an
# error at all: it never gets here.

NETWORK, BUSY, ENROLLMENT, REJECTED, PROTOCOL, OTHER = (
    "network", "busy", "enrollment", "rejected", "protocol", "other")


def sync_kind(error: BaseException) -> str:
    """The class of a sync failure: network and busy are quiet (the status bar says
    offline, the sync retries); the others need a person and say what to do."""
    if isinstance(error, errors.NetworkError):
        return NETWORK
    if isinstance(error, errors.ConflictError):
        return BUSY  # another sync of this workstation (the command line) is running
    if isinstance(error, errors.EnrollmentError):
        return ENROLLMENT
    if isinstance(error, errors.RemoteRejectedError):
        return REJECTED
    if isinstance(error, errors.ProtocolError):
        return PROTOCOL
    return OTHER


def sync_is_quiet(error: BaseException) -> bool:
    return sync_kind(error) in (NETWORK, BUSY)


def sync_message(error: BaseException) -> str:
    """What a failed sync means and what to do about it (HQ's or the core's sentence kept)."""
    kind, detail = sync_kind(error), str(error)
    if kind == NETWORK:
        return translate("Sync", "HQ cannot be reached; the records wait here safely and the "
                                 "sync is retried by itself.") + " " + detail
    if kind == BUSY:
        return translate("Sync", "Another sync of this workstation is running (the command "
                                 "line?); this one is retried when it ends.")
    if kind == ENROLLMENT:
        return translate("Sync", "This workstation is not enrolled with HQ, or HQ refused the "
                                 "enrollment: a supervisor enrolls it with a new one-time "
                                 "code from HQ (Sync ▸ Enroll with HQ…).") + " " + detail
    if kind == REJECTED:
        return " ".join((
            translate("Sync", "HQ refused this workstation's request:"), detail,
            translate("Sync", "The sync keeps retrying, but this needs HQ: call HQ's "
                              "administrators (a rollback or a fork has raised an alert "
                              "there).")))
    if kind == PROTOCOL:
        return " ".join((
            translate("Sync", "HQ's answer could not be trusted, so nothing from it was "
                              "used:"), detail,
            translate("Sync", "The sync is retried; if this persists, call HQ's "
                              "administrators.")))
    return message_for(error)


def enrollment_message(error: BaseException) -> str:
    """Why an enrollment from the dialog failed, and what to do."""
    if isinstance(error, errors.EnrollmentError):
        return translate("Sync", "HQ refused the code:") + " " + str(error)
    if isinstance(error, errors.NetworkError):
        return translate("Sync", "HQ cannot be reached at that address: check the address "
                                 "(https://host:port) and the network, then try "
                                 "again.") + " " + str(error)
    if isinstance(error, errors.ProtocolError):
        return translate("Sync", "HQ could not be verified: its certificate is not from the "
                                 "CA file you chose, or its answer is not signed as it "
                                 "should be. Check that the CA file is the one HQ gave for "
                                 "this server, and the address.")
    if isinstance(error, errors.ConflictError):
        return str(error)
    return message_for(error)


def problems_of(error: BaseException) -> list[str]:
    """The list of problems a validation error carries (else empty)."""
    if isinstance(error, errors.ValidationError | errors.FormatError):
        return list(error.problems)
    return []
