"""What the officer reads when something goes wrong: errors worded by code and type.

The core raises :mod:`checkpoint.errors`, each error with a code and params; this
module turns the code (or, for an error without one, the type) into a translated
sentence with the action that fits (wait, log in again, restore a backup, call a
supervisor). The core's English ``str(error)`` is shown only for an error that has
no code of its own yet, as a last resort. Details (the exception class, the code)
go to the log, never personal data. A record's problems are worded by
:mod:`checkpoint.gui.problems`.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from checkpoint import errors
from checkpoint.errors import Code, Param
from checkpoint.gui.problems import QT_TRANSLATE_NOOP, problem_text, value_sentence

translate = QCoreApplication.translate  # lupdate finds translate("Context", "…")

log = logging.getLogger(__name__)

#: An error's code → its sentence (English source; ``{name}`` are the error's params).
ERRORS: dict[str, str] = {
    Code.NOT_INITIALIZED: QT_TRANSLATE_NOOP("Errors",
                                            "There is no workstation in this folder yet."),
    Code.ALREADY_INITIALIZED: QT_TRANSLATE_NOOP("Errors",
                                                "A workstation already exists in this folder."),
    Code.WORKSTATION_EXISTS: QT_TRANSLATE_NOOP(
        "Errors", "A workstation already exists in this folder; it is replaced only when "
                  "you choose to."),
    Code.FINALIZED_READ_ONLY: QT_TRANSLATE_NOOP(
        "Errors", "A finalized inspection cannot be changed; amend it instead."),
    Code.ALREADY_FINALIZED: QT_TRANSLATE_NOOP("Errors", "The inspection is already finalized."),
    Code.AMEND_DRAFT: QT_TRANSLATE_NOOP(
        "Errors", "A draft is corrected by editing it, not by an amendment."),
    Code.DISCARD_FINALIZED: QT_TRANSLATE_NOOP("Errors", "Only a draft can be discarded."),
    Code.PRINT_DRAFT: QT_TRANSLATE_NOOP(
        "Errors", "Only a finalized inspection is printed as a protocol: finalize it first."),
    Code.AMENDMENT_IN_PROGRESS: QT_TRANSLATE_NOOP(
        "Errors", "{author} is correcting this record already: their amendment must be "
                  "finalized (or discarded) before another one starts."),
    Code.NOT_COMPLETE: QT_TRANSLATE_NOOP(
        "Errors", "The inspection cannot be finalized yet: {count} problem(s)."),
    Code.NOT_OWN_DRAFT: QT_TRANSLATE_NOOP(
        "Errors", "Your role does not allow this: this draft belongs to another officer."),
    Code.ROLE_REQUIRED: QT_TRANSLATE_NOOP(
        "Errors", "Your role does not allow this: only {role} may do it."),
    Code.OPERATOR_EXISTS: QT_TRANSLATE_NOOP("Errors",
                                            "An operator named {username} already exists."),
    Code.REMOVE_SELF: QT_TRANSLATE_NOOP(
        "Errors", "You cannot remove your own account; ask another supervisor."),
    Code.LAST_SUPERVISOR: QT_TRANSLATE_NOOP("Errors", "The last supervisor cannot be removed."),
    Code.PASSWORD_SHORT: QT_TRANSLATE_NOOP(
        "Errors", "The password is not acceptable: it needs at least {minimum} characters; "
                  "this one has {length}."),
    Code.PASSWORD_IS_NAME: QT_TRANSLATE_NOOP(
        "Errors", "The password is not acceptable: it must not be the user name."),
    Code.PASSWORD_SIMPLE: QT_TRANSLATE_NOOP(
        "Errors", "The password is not acceptable: it needs at least {distinct} different "
                  "characters."),
    Code.PHOTO_TYPE: QT_TRANSLATE_NOOP("Errors",
                                       "A photo must be JPEG, PNG or WebP, not {media_type}."),
    Code.PHOTO_SIZE: QT_TRANSLATE_NOOP("Errors",
                                       "A photo must be between 1 byte and {megabytes} MB."),
    Code.USERNAME_FORM: QT_TRANSLATE_NOOP(
        "Errors", "{name} is not a valid user name: use 2-64 Latin or Cyrillic letters, "
                  "digits, '.', '_', '-' or '@' (no space), starting with a letter or digit."),
    Code.USERNAME_MIXED_SCRIPT: QT_TRANSLATE_NOOP(
        "Errors", "{name} mixes Latin and Cyrillic letters, which can look identical: write "
                  "the name in one script."),
    Code.USERNAME_RESERVED: QT_TRANSLATE_NOOP(
        "Errors", "{name} is reserved (the journal names HQ and unknown users with it): "
                  "choose another name."),
    Code.OPERATOR_LOOKALIKE: QT_TRANSLATE_NOOP(
        "Errors", "{username} looks the same as the existing operator {existing} (Latin and "
                  "Cyrillic letters can look identical): choose another name."),
    Code.OPERATOR_UNKNOWN: QT_TRANSLATE_NOOP("Errors", "There is no operator named {username}."),
    Code.RESET_SELF: QT_TRANSLATE_NOOP(
        "Errors", "Change your own password with Change my password; another supervisor "
                  "resets your account or changes your role."),
    Code.LAST_SUPERVISOR_DEMOTE: QT_TRANSLATE_NOOP(
        "Errors", "The last supervisor cannot become an inspector."),
    Code.MUST_CHANGE_PASSWORD: QT_TRANSLATE_NOOP(
        "Errors", "{username} must choose their own password first."),
    Code.WRONG_PASSWORD: QT_TRANSLATE_NOOP("Errors", "Wrong user name or password."),
    Code.THROTTLED: QT_TRANSLATE_NOOP(
        "Errors", "Too many failed attempts: wait {seconds} s before trying again."),
    Code.DRAFT_NOT_FOUND: QT_TRANSLATE_NOOP(
        "Errors", "The draft was not found; it may have been discarded or finalized."),
    Code.TAKE_OVER_FINALIZED: QT_TRANSLATE_NOOP(
        "Errors", "Only a draft can be taken over; a finalized record is amended instead."),
    Code.TAKE_OVER_OWN: QT_TRANSLATE_NOOP("Errors", "This draft is already yours."),
    Code.ROLE_UNKNOWN: QT_TRANSLATE_NOOP("Errors",
                                         "Unknown role {role}: choose inspector or supervisor."),
    Code.SETTING_RANGE: QT_TRANSLATE_NOOP(
        "Errors", "The setting {setting} must be between {minimum} and {maximum}."),
    Code.SETTING_CHOICE: QT_TRANSLATE_NOOP("Errors",
                                           "The setting {setting} must be one of {choices}."),
    Code.SETTING_LENGTH: QT_TRANSLATE_NOOP(
        "Errors", "The checkpoint code may have at most {checkpoint} characters, the lane "
                  "at most {lane} and the workstation label at most {label}."),
    Code.LOCKED: QT_TRANSLATE_NOOP("Errors", "The workstation is locked; log in again."),
    Code.NOT_ENROLLED: QT_TRANSLATE_NOOP(
        "Errors", "This workstation is not enrolled with HQ yet: a supervisor enrolls it "
                  "(Sync ▸ Enroll with HQ…)."),
    Code.SYNC_NEVER: QT_TRANSLATE_NOOP("Errors", "Not synchronised with HQ yet."),
    Code.SYNC_BUSY: QT_TRANSLATE_NOOP(
        "Errors", "Another sync of this workstation is running (the command line?); this one "
                "is retried when it ends."),
    Code.SYNC_UNREACHABLE: QT_TRANSLATE_NOOP("Errors", "HQ at {url} cannot be reached."),
    Code.SYNC_TIMEOUT: QT_TRANSLATE_NOOP("Errors", "HQ at {url} did not answer in time."),
    Code.SYNC_HQ_FAILING: QT_TRANSLATE_NOOP("Errors", "HQ is failing (HTTP {status})."),
    Code.SYNC_TLS: QT_TRANSLATE_NOOP(
        "Errors", "HQ at {url} did not prove itself with a certificate from the CA pinned at "
                "enrollment; nothing was sent. If HQ changed its CA, a supervisor enrolls "
                "this workstation again."),
    Code.SYNC_REFUSED: QT_TRANSLATE_NOOP("Errors",
                                         "HQ refused the request (HTTP {status}, {hq_code})."),
    Code.ENROLL_REFUSED: QT_TRANSLATE_NOOP("Errors", "HQ refused the enrollment ({hq_code})."),
    Code.SYNC_UNTRUSTED: QT_TRANSLATE_NOOP(
        "Errors", "An answer from HQ could not be trusted or read, so nothing from it was used."),
    Code.IMPORT_REFUSED: QT_TRANSLATE_NOOP(
        "Errors", "{file}: {count} problem(s); nothing was imported."),
    Code.ACCOUNT_LOCAL: QT_TRANSLATE_NOOP(
        "Errors", "HQ's account {username} has the name of an account made at this "
                  "workstation: it was not applied, and the local account is kept."),
    Code.ACCOUNT_LOOKALIKE: QT_TRANSLATE_NOOP(
        "Errors", "HQ's account {username} looks the same as the account {existing} of this "
                  "workstation (Latin and Cyrillic letters can look identical): it was not "
                  "applied."),
    Code.PULLED_UNREADABLE: QT_TRANSLATE_NOOP(
        "Errors", "HQ sent an item ({collection}) this workstation cannot read: it was set "
                  "aside, and the rest was applied."),
    Code.RECORD_NOT_FOUND: QT_TRANSLATE_NOOP(
        "Errors", "The record was not found on this workstation."),
    Code.AMEND_REASON: QT_TRANSLATE_NOOP("Errors", "An amendment needs a reason."),
    Code.NOT_SUBMITTABLE: QT_TRANSLATE_NOOP(
        "Errors", "The record cannot be submitted yet: {count} problem(s)."),
    Code.REVIEW_APPROVED: QT_TRANSLATE_NOOP(
        "Errors", "This record is approved and cannot be changed; amend it instead."),
    Code.REVIEW_WAITING: QT_TRANSLATE_NOOP(
        "Errors", "This record waits for a supervisor's decision and cannot be changed now."),
    Code.REVIEW_STATE: QT_TRANSLATE_NOOP(
        "Errors", "The record is not waiting for this step any more; open it again to see "
                  "where it is."),
    Code.REVIEW_OWN: QT_TRANSLATE_NOOP(
        "Errors", "You wrote this record, so you cannot approve or refuse it: another "
                  "supervisor must."),
    Code.REVIEW_CHANGED: QT_TRANSLATE_NOOP(
        "Errors", "The record changed since it was shown; open it again."),
    Code.REFUSAL_REASON: QT_TRANSLATE_NOOP("Errors",
                                           "A refusal needs a reason for the author."),
    Code.HANDOVER_REFUSED: QT_TRANSLATE_NOOP(
        "Errors", "The handover is refused: {count} problem(s) in the chain of custody."),
    Code.CASH_NOT_FIU: QT_TRANSLATE_NOOP(
        "Errors", "This cash was declared or is under {threshold} EUR: mark it suspicious to "
                  "refer it to the financial intelligence unit."),
    Code.PRINT_KIND: QT_TRANSLATE_NOOP("Errors", "Only cases and referrals are printed."),
    Code.HIT_TRIAGE: QT_TRANSLATE_NOOP("Errors", "A hit is triaged as one of: {choices}."),
    Code.HIT_NEEDS_REASON: QT_TRANSLATE_NOOP(
        "Errors", "Dismissing a hit as a false positive needs a reason: say why it is not "
                  "the listed person or object."),
    Code.HIT_NOT_A_HIT: QT_TRANSLATE_NOOP("Errors", "The record {value} is not a hit."),
    Code.HIT_TRIAGED: QT_TRANSLATE_NOOP(
        "Errors", "This hit was already triaged by someone else; open it again to see "
                  "the newest triage."),
    Code.WATCHLIST_FILE_FORM: QT_TRANSLATE_NOOP(
        "Errors", "This is not a whole watchlist file from HQ (not one, truncated or "
                  "damaged): nothing was imported. Ask HQ for a new one."),
    Code.WATCHLIST_FILE_SIGNATURE: QT_TRANSLATE_NOOP(
        "Errors", "HQ's signature on this watchlist file does not verify: it was altered or "
                  "forged. Nothing was imported; do not use it, and tell HQ."),
    Code.WATCHLIST_FILE_OTHER_HQ: QT_TRANSLATE_NOOP(
        "Errors", "This watchlist file was signed by another HQ than the one this workstation "
                  "is enrolled with: nothing was imported."),
    Code.WATCHLIST_FILE_OLDER: QT_TRANSLATE_NOOP(
        "Errors", "The file holds list {list} at version {version}, and this workstation "
                  "already has version {held}: nothing was imported (the file is older or "
                  "the same)."),
    Code.FILE_WRITE: QT_TRANSLATE_NOOP("Errors", "The file {file} cannot be written: {reason}"),
    Code.SHIFT_NONE: QT_TRANSLATE_NOOP("Errors",
                                       "No shift has been opened on this workstation yet."),
    Code.SHIFT_UNKNOWN: QT_TRANSLATE_NOOP("Errors", "There is no shift {shift} on this "
                                                    "workstation."),
    Code.SHIFT_STILL_OPEN: QT_TRANSLATE_NOOP(
        "Errors", "Shift {shift} (opened by {supervisor}) is still open: close it first."),
    Code.SHIFT_NONE_OPEN: QT_TRANSLATE_NOOP("Errors", "No shift is open on this workstation."),
    Code.SHIFT_NOT_CLOSED: QT_TRANSLATE_NOOP(
        "Errors", "The shift is still open: close it and hand over first."),
    Code.SHIFT_ALREADY_CLOSED: QT_TRANSLATE_NOOP("Errors", "This shift is already closed."),
    Code.SHIFT_NO_CHECKPOINT: QT_TRANSLATE_NOOP(
        "Errors", "Name the checkpoint, or set its code in File ▸ Settings."),
    Code.HANDOVER_NONE: QT_TRANSLATE_NOOP(
        "Errors", "No closed shift is waiting for its handover to be acknowledged."),
    Code.HANDOVER_DONE: QT_TRANSLATE_NOOP("Errors",
                                          "The handover was already acknowledged by {name}."),
    Code.HANDOVER_SELF: QT_TRANSLATE_NOOP(
        "Errors", "The relieving supervisor acknowledges the handover, not the one who handed "
                  "over: ask the next supervisor to log in and acknowledge it."),
    Code.SHIFT_REVIEWED: QT_TRANSLATE_NOOP("Errors", "This shift was already reviewed by {name}."),
    Code.OPERATION_UNKNOWN: QT_TRANSLATE_NOOP("Errors", "This post holds no such operation."),
    Code.OPERATION_FIELDS: QT_TRANSLATE_NOOP("Errors",
                                             "Fill the operation's reporting fields: {fields}."),
    Code.SCHEMA_NEWER: QT_TRANSLATE_NOOP(
        "Errors", "This workstation's database was written by a newer version of Checkpoint "
                  "(schema {schema}). This program is older: it has changed nothing and "
                  "cannot open it. Ask your IT officer to install that version or a newer "
                  "one."),
    Code.FILE_UNREADABLE: QT_TRANSLATE_NOOP("Errors",
                                            "The file {path} cannot be read: {reason}."),
    Code.RECOVERY_KEY_FORM: QT_TRANSLATE_NOOP(
        "Errors", "This file is not a public key (PEM). Choose the recovery public key HQ "
                  "gave (recovery-public.pem)."),
    Code.RECOVERY_KEY_TYPE: QT_TRANSLATE_NOOP(
        "Errors", "This public key is not an X25519 key, so it is not HQ's recovery key. "
                  "Choose the recovery public key HQ gave (recovery-public.pem)."),
    Code.CA_FORM: QT_TRANSLATE_NOOP(
        "Errors", "This file is not a certificate (PEM). Choose HQ's CA certificate "
                  "(ca.pem)."),
    Code.CA_NOT_CA: QT_TRANSLATE_NOOP(
        "Errors", "This file holds no CA certificate: it may be HQ's server certificate. "
                  "Choose HQ's CA certificate (ca.pem)."),
    Code.URL_FORM: QT_TRANSLATE_NOOP(
        "Errors", "{url} is not an HQ address: give it as https://host:port, e.g. "
                  "https://hq.example:8443."),
    Code.URL_PLAIN: QT_TRANSLATE_NOOP(
        "Errors", "HQ must be reached over HTTPS: give an address that starts with "
                  "https://."),
}


#: The names of the workstation settings an error may name.
SETTINGS: dict[str, str] = {
    "idle_lock_minutes": QT_TRANSLATE_NOOP("Errors", "idle lock time (minutes)"),
    "autosave_delay_ms": QT_TRANSLATE_NOOP("Errors", "autosave delay (ms)"),
    "language": QT_TRANSLATE_NOOP("Errors", "language"),
    "workstation_label": QT_TRANSLATE_NOOP("Errors", "workstation label"),
}

#: The operator roles an error may name.
ROLES: dict[str, str] = {
    "inspector": QT_TRANSLATE_NOOP("Errors", "an inspector"),
    "supervisor": QT_TRANSLATE_NOOP("Errors", "a supervisor"),
}


def role_name(role: str) -> str:
    """A role as a word of the user's language (a title: the accounts list, the status bar)."""
    if role == "supervisor":
        return translate("Accounts", "Supervisor")
    return translate("Accounts", "Inspector")


def _fill(source: str, params: Mapping[str, Param]) -> str:
    text = translate("Errors", source)
    setting = SETTINGS.get(str(params.get("setting")))
    if setting is not None:
        params = {**params, "setting": translate("Errors", setting)}
    role = ROLES.get(str(params.get("role")))
    if role is not None:
        params = {**params, "role": translate("Errors", role)}
    for name, value in params.items():
        text = text.replace(f"{{{name}}}", str(value))
    return text


def coded_message(error: errors.CheckpointError) -> str | None:
    """The translated sentence for the error's code, or None when it has none here."""
    source = ERRORS.get(error.code)
    return None if source is None else _fill(source, error.params)


def message_for(error: BaseException, record: str = "") -> str:
    """A sentence for a person, translated, for any exception the GUI receives.

    ``record`` names the record a ValidationError's problems are about when it is not
    an inspection (``tr("Shift")``)."""
    if isinstance(error, errors.CheckpointError):
        log.info("shown to the operator: %s (%s)", type(error).__name__, error.code)
        coded = coded_message(error)
        if coded is not None:
            return coded
    if isinstance(error, errors.PermissionDeniedError):
        return translate("Errors", "Your role does not allow this.")
    if isinstance(error, errors.PasswordPolicyError):
        return translate("Errors", "The password is not acceptable.")
    if isinstance(error, errors.AuthError):
        return translate("Errors", "The workstation is locked; log in again.")
    if isinstance(error, errors.ValidationError):
        if error.problems:
            return " ".join(problem_text(problem, record) for problem in error.problems[:3])
        if error.code != Code.INVALID:
            return value_sentence(error.code, error.params)
        return str(error)  # no code of its own yet: the core's sentence
    if isinstance(error, errors.ConflictError):
        return translate("Errors", "This cannot be done now.")
    if isinstance(error, errors.NotFoundError):
        return translate("Errors", "The record was not found; it may have been discarded.")
    if isinstance(error, errors.StoreBusyError):
        return translate("Errors", "The database is busy in another program (a command-line "
                                   "tool?). Close it and try again.")
    if isinstance(error, errors.DamagedStoreError | errors.KeyslotError):
        return translate("Errors", "The workstation's files are damaged or were tampered "
                                   "with. Do not go on: call your supervisor, who can "
                                   "restore the last backup.")
    if isinstance(error, errors.StoreError):
        return translate("Errors", "The workstation database failed. Try again; if it keeps "
                                   "failing, call your supervisor.")
    if isinstance(error, errors.UsageError):
        return str(error)  # no code of its own yet: the core's sentence
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


#: HQ's machine codes (``hq_code`` of a refusal) → what they mean for the officer.
HQ_REFUSALS: dict[str, str] = {
    "rollback": QT_TRANSLATE_NOOP(
        "Sync", "HQ has newer records of this workstation than it holds: the workstation was "
                "restored from an old backup (rollback). HQ has raised an alert."),
    "fork": QT_TRANSLATE_NOOP(
        "Sync", "This workstation's journal differs from the one HQ has (fork). HQ has "
                "raised an alert."),
    "gap": QT_TRANSLATE_NOOP("Sync", "Records of this workstation are missing at HQ (gap)."),
    "unknown_device": QT_TRANSLATE_NOOP("Sync", "HQ does not know this workstation (any more)."),
    "bad_signature": QT_TRANSLATE_NOOP("Sync", "HQ did not accept this workstation's "
                                               "signature."),
    "replay": QT_TRANSLATE_NOOP("Sync", "HQ refused a request it had seen before (replay)."),
    "signature_expired": QT_TRANSLATE_NOOP(
        "Sync", "HQ refused the request's time: this workstation's clock is far off."),
    "too_many_attempts": QT_TRANSLATE_NOOP("Sync", "Too many attempts: HQ asks to wait."),
    "too_large": QT_TRANSLATE_NOOP("Sync", "The request is larger than HQ accepts."),
    "code_unknown": QT_TRANSLATE_NOOP("Sync", "HQ does not know this enrollment code."),
    "code_used": QT_TRANSLATE_NOOP("Sync", "This enrollment code has already been used."),
    "code_expired": QT_TRANSLATE_NOOP("Sync", "This enrollment code has expired."),
    "already_enrolled": QT_TRANSLATE_NOOP("Sync", "This workstation is enrolled already."),
}


def reason_text(code: str | None, params: Mapping[str, Param], fallback: str | None) -> str:
    """A sync failure's reason in the officer's language: by its code (and HQ's code of a
    refusal); the core's sentence only for a code this module does not know."""
    if code in (Code.SYNC_REFUSED, Code.ENROLL_REFUSED):
        source = HQ_REFUSALS.get(str(params.get("hq_code")))
        if source is not None:
            return translate("Sync", source)
        return translate("Sync", "HQ refused the request (HTTP %1, %2).").replace(
            "%1", str(params.get("status", "?"))).replace("%2", str(params.get("hq_code", "?")))
    source = ERRORS.get(code or "")
    if source is not None:
        return _fill(source, params)
    return fallback or ""


def sync_message(error: BaseException) -> str:
    """What a failed sync means and what to do about it, in the officer's language."""
    kind = sync_kind(error)
    if not isinstance(error, errors.CheckpointError):
        return message_for(error)
    reason = reason_text(error.code, error.params, None)
    if kind == NETWORK:
        return " ".join(x for x in (reason, translate(
            "Sync", "The records wait here safely and the sync is retried by itself.")) if x)
    if kind == BUSY:
        return reason_text(Code.SYNC_BUSY, {}, None)
    if kind == ENROLLMENT and error.code == Code.NOT_ENROLLED:
        return message_for(error)
    if kind == ENROLLMENT:
        return " ".join(x for x in (reason, translate(
            "Sync", "A supervisor enrolls this workstation with a new one-time code from HQ "
                    "(Sync ▸ Enroll with HQ…).")) if x)
    if kind == REJECTED:
        return " ".join(x for x in (
            translate("Sync", "HQ refused this workstation's request:"), reason,
            translate("Sync", "The sync keeps retrying, but this needs HQ: call HQ's "
                              "administrators.")) if x)
    if kind == PROTOCOL:
        return " ".join(x for x in (reason or translate(
            "Sync", "HQ's answer could not be trusted, so nothing from it was used."),
            translate("Sync", "The sync is retried; if this persists, call HQ's "
                              "administrators.")) if x)
    return message_for(error)


def enrollment_message(error: BaseException) -> str:
    """Why an enrollment from the dialog failed, and what to do."""
    if isinstance(error, errors.EnrollmentError):
        return " ".join((translate("Sync", "HQ refused the code:"),
                         reason_text(error.code, error.params, None) or translate(
                             "Sync", "ask HQ for a new one-time code.")))
    if isinstance(error, errors.NetworkError):
        return translate("Sync", "HQ cannot be reached at that address: check the address "
                                 "(https://host:port) and the network, then try again.")
    if isinstance(error, errors.ProtocolError):
        return translate("Sync", "HQ could not be verified: its certificate is not from the "
                                 "CA file you chose, or its answer is not signed as it "
                                 "should be. Check that the CA file is the one HQ gave for "
                                 "this server, and the address.")
    return message_for(error)
