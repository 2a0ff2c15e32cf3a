"""The one exception tree of the workstation program, and the problems it carries.

The core raises these; it never shows UI and never words a message for a screen.
Each error carries a **code** (a short stable string, :class:`Code`) and
**params** (the values a sentence needs); the caller words it: the GUI through
Qt's translation (``checkpoint/gui/messages.py``), the CLI for a terminal
(``checkpoint/cli/wording.py``). ``str(error)`` is a plain English sentence for
logs and for callers with no wording of their own; it names no command-line flag
and no menu. Foreign exceptions are wrapped at the boundary where they enter
(``raise StoreError(...) from e``).

A record that is not complete or not valid is described by a list of
:class:`Problem` (a path into the record's document, a code, params), carried by
``ValidationError.problems``; the GUI uses the path to go to the field.

::

    CheckpointError                      every error the program expects
    ├── UsageError                       the caller asked for something malformed (exit 2)
    ├── ValidationError                  a record or identifier is invalid; carries .problems
    ├── NotFoundError                    no such record / operator / file
    ├── ConflictError                    the thing already exists, or the state forbids it
    ├── AuthError                        refused (exit 1)
    │   ├── WrongPasswordError           unknown operator or wrong password (one message for both);
    │   │                                carries .retry_after, the wait it started (often 0)
    │   ├── ThrottledError               too many failed attempts; carries .retry_after seconds
    │   ├── PermissionDeniedError        the operator's role does not allow the action
    │   ├── PasswordPolicyError          a new password does not meet the policy
    │   └── LockedError                  the app is locked: there is no session to work with
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

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

#: A value a message may show: a name, a number, a list already joined by the core.
Param = str | int | float


class Code(StrEnum):
    """What went wrong, for the caller to word. Problem codes first, then error codes.

    A problem's code says what is wrong with the value at its path; the GUI and the
    CLI word each code once (``gui/messages.py``, ``cli/wording.py``), so adding a
    code means adding its words there (a test checks that every code has them).
    """

    # -- problems with one value of a record (ValidationError.problems, and identifier
    #    validators: ``validate_country("XYZ")`` raises ValidationError(code=COUNTRY_UNKNOWN))
    INVALID = "invalid"  # no more specific code; params: detail (English)
    MISSING = "missing"  # the value is required and empty
    DATE_FORM = "date.form"  # params: value, partial ("yes"/"no")
    DATE_UNREAL = "date.unreal"  # params: value
    DATE_FUTURE = "date.future"  # params: value
    DATE_YEAR = "date.year"  # outside the plausible years; params: value, first, last
    TIME_IMPLAUSIBLE = "time.implausible"  # a record time outside first-last; params: first, last
    TEXT_CONTROL = "text.control"  # a control or bidi character; params: character (U+202E)
    COUNTRY_SPECIMEN = "country.specimen"  # UTO; params: value
    COUNTRY_ALPHA2 = "country.alpha2"  # params: value, alpha3 (the code meant)
    COUNTRY_UNKNOWN = "country.unknown"  # params: value
    CURRENCY_FORM = "currency.form"  # params: value
    CURRENCY_UNKNOWN = "currency.unknown"  # params: value
    HS_FORM = "hs.form"  # params: value
    HS_LENGTH = "hs.length"  # params: value, digits
    HS_CHAPTER = "hs.chapter"  # params: value, chapter
    EORI_COUNTRY = "eori.country"  # params: value
    EORI_FORM = "eori.form"  # params: value
    CONTAINER_FORM = "container.form"  # params: value
    CONTAINER_CATEGORY = "container.category"  # params: value, category
    CONTAINER_CHECK = "container.check"  # params: value, found, expected
    VIN_LENGTH = "vin.length"  # params: value, length
    VIN_LETTER = "vin.letter"  # I, O or Q; params: value, letter, position
    VIN_CHARACTER = "vin.character"  # params: value, letter, position
    VIN_CHECK = "vin.check"  # North American; params: value, found, expected
    MRN_FORM = "mrn.form"  # params: value
    NEGATIVE = "negative"  # a quantity below zero
    EMPTY_ENTRY = "empty_entry"  # a list holds an empty entry (a seal number)
    NO_SUBJECT = "inspection.no_subject"  # no person, vehicle or consignment
    NO_VEHICLE_ID = "vehicle.no_identifier"  # no plate, VIN, IMO or journey number
    NO_QUANTITY = "goods.no_quantity"  # neither declared nor found quantity
    UNDECLARED_CASH = "cash.undeclared"  # needs a currency finding; params: threshold
    UNKNOWN_CARRIER = "cash.unknown_carrier"  # the carrier is not one of the persons
    PHOTOS_NOT_ATTACHED = "finding.photos_not_attached"  # params: count
    MRZ_SHAPE = "mrz.shape"  # params: format, lines, width
    MRZ_CHECKS_FAILED = "mrz.checks_failed"  # params: fields (comma-separated MRZ fields)
    MRZ_CHECKS_MISMATCH = "mrz.checks_mismatch"  # stored results differ from the lines
    # warnings (finalize_warnings): recorded with the finalized record, never blocking
    DOC_EXPIRED = "document.expired"  # params: expiry
    DOC_EXPIRES_SOON = "document.expires_soon"  # params: expiry, days
    DOC_AS_PRESENTED = "document.as_presented"  # specimen, forged…; params: reason
    # the MRZ reader (documents/mrz.py): the text is not an MRZ (MrzError) …
    MRZ_NOTHING = "mrz.nothing"  # nothing (or no text) was read
    MRZ_CYRILLIC = "mrz.cyrillic"  # the keyboard layout is not English
    MRZ_LINE_COUNT = "mrz.line_count"  # params: count (lines read)
    MRZ_LINE_LENGTH = "mrz.line_length"  # params: line, length
    MRZ_MIXED_LINES = "mrz.mixed_lines"  # params: line, length, other_line, other_length
    MRZ_CHARACTER = "mrz.character"  # params: line, position, character (described)
    # … or a field of a readable MRZ is impossible (MrzResult.problems; path: the MRZ field)
    MRZ_NOT_LETTERS = "mrz.not_letters"  # a code field; params: value
    MRZ_SEX = "mrz.sex"  # params: value
    MRZ_NAME_DIGITS = "mrz.name_digits"  # params: value
    MRZ_DATE = "mrz.date"  # not YYMMDD; params: value
    MRZ_MONTH = "mrz.month"  # params: value, month
    MRZ_DAY = "mrz.day"  # params: value, day, month
    MRZ_NUMBER_FILLER = "mrz.number_filler"  # a < inside the document number; params: value
    # a line of a file being imported (path: the document's, "" for the line as a whole;
    # params: line, the line's number in the file, and no value of the document)
    IMPORT_NOT_JSON = "import.not_json"  # params: line, column
    IMPORT_UNREADABLE = "import.unreadable"  # too deep, NaN/Infinity, a number too long
    IMPORT_NOT_UNICODE = "import.not_unicode"  # holds a lone surrogate
    IMPORT_NOT_OBJECT = "import.not_object"
    IMPORT_SCHEMA = "import.schema"  # breaks the format; params: line, detail (English, no value)
    IMPORT_NOT_FINALIZED = "import.not_finalized"
    IMPORT_READS_DIFFERENTLY = "import.reads_differently"  # the model does not give it back
    IMPORT_DUPLICATE = "import.duplicate"  # params: line, other_line
    IMPORT_ID_TAKEN = "import.id_taken"  # a different record with this id exists here
    IMPORT_AMENDS_UNKNOWN = "import.amends_unknown"  # params: line, amends (a record id)
    IMPORT_OWN_ORIGIN = "import.own_origin"  # claims this workstation made it; it did not
    # offence cases, seizures, custody and referrals (domain/cases)
    NOT_POSITIVE = "not_positive"  # a quantity that must be more than zero
    DUPLICATE_ID = "duplicate_id"  # two entries of a list share an id; params: value
    CASE_NO_PERSONS = "case.no_persons"  # a case names at least one person
    CASE_NEEDS_SUSPECT = "case.needs_suspect"  # a criminal case names a suspect
    UNKNOWN_ARTICLE = "case.unknown_article"  # not in HQ's offence_codes; params: value
    UNKNOWN_FINDING = "case.unknown_finding"  # not a finding of the inspection; params: value
    H3_RESTRICTIONS = "marking.h3_restrictions"  # handling code H3 spells out its restrictions
    UNKNOWN_AGENCY = "referral.unknown_agency"  # not in HQ's directory; params: value
    AGENCY_REFUSES = "referral.agency_refuses"  # params: agency, what (case, hit, goods, cash)
    NOTHING_REFERRED = "referral.nothing_referred"  # no case, hit, person, goods or cash
    DEADLINE_PAST = "referral.deadline_past"
    TRANSITION_ORDER = "referral.transition"  # params: current, target (referral statuses)
    NEEDS_REFERENCE = "referral.needs_reference"  # accepting needs the agency's reference
    NEEDS_REASON = "referral.needs_reason"  # declining needs a reason
    NEEDS_OUTCOME = "referral.needs_outcome"  # closing needs an outcome
    CUSTODY_SEQUENCE = "custody.sequence"  # params: value, expected
    CUSTODY_NOT_HOLDER = "custody.not_holder"  # params: value, holder
    CUSTODY_SEAL_CHANGED = "custody.seal_changed"  # seal numbers changed without a reason
    CUSTODY_SEAL_BROKEN = "custody.seal_broken"  # a seal not intact, without a reason
    CUSTODY_CLOSED = "custody.closed"  # the item was returned or destroyed; params: action
    CUSTODY_UNKNOWN_ITEM = "custody.unknown_item"  # params: value
    TOO_LONG = "too_long"  # a text longer than allowed; params: maximum (characters)
    TOO_MANY = "too_many"  # a list names more than allowed; params: maximum
    NOT_ONE_OF = "not_one_of"  # params: value, choices (comma-separated)

    # -- errors (CheckpointError.code)
    ERROR = "error"  # no more specific code: the caller shows str(error)
    NOT_INITIALIZED = "store.not_initialized"  # params: home
    ALREADY_INITIALIZED = "store.already_initialized"  # params: home
    WORKSTATION_EXISTS = "store.workstation_exists"  # restore onto one; params: home
    FINALIZED_READ_ONLY = "record.finalized"  # amend it instead
    ALREADY_FINALIZED = "record.already_finalized"
    AMEND_DRAFT = "record.amend_draft"  # a draft is edited, not amended
    DISCARD_FINALIZED = "record.discard_finalized"  # only a draft can be discarded
    AMENDMENT_IN_PROGRESS = "record.amendment_in_progress"  # another's; params: author
    PRINT_DRAFT = "record.print_draft"  # only a finalized record is printed
    NOT_COMPLETE = "record.not_complete"  # finalize refused; params: count
    NOT_OWN_DRAFT = "permission.not_own_draft"
    ROLE_REQUIRED = "permission.role"  # params: role, username, actual
    OPERATOR_EXISTS = "operator.exists"  # params: username
    REMOVE_SELF = "operator.remove_self"
    LAST_SUPERVISOR = "operator.last_supervisor"
    ACCOUNT_LOCAL = "operator.local_account"  # HQ account named as a local one; params: username
    # an HQ account that looks like another account here (Latin/Cyrillic look-alike letters);
    # params: username (HQ's), existing
    ACCOUNT_LOOKALIKE = "operator.hq_lookalike"
    PASSWORD_SHORT = "password.short"  # noqa: S105 (a code, not a password); params: minimum, length
    PASSWORD_IS_NAME = "password.is_name"  # noqa: S105
    PASSWORD_SIMPLE = "password.simple"  # noqa: S105 (params: distinct)
    PHOTO_TYPE = "photo.type"  # params: media_type
    PHOTO_SIZE = "photo.size"  # params: megabytes
    USERNAME_FORM = "operator.username_form"  # params: name
    USERNAME_MIXED_SCRIPT = "operator.username_mixed_script"  # Latin and Cyrillic; params: name
    USERNAME_RESERVED = "operator.username_reserved"  # hq, unknown: journal actors; params: name
    OPERATOR_LOOKALIKE = "operator.lookalike"  # looks like another; params: username, existing
    OPERATOR_UNKNOWN = "operator.unknown"  # no such (active) operator; params: username
    RESET_SELF = "operator.reset_self"  # a supervisor resets their own account
    LAST_SUPERVISOR_DEMOTE = "operator.last_supervisor_demote"
    MUST_CHANGE_PASSWORD = "operator.must_change_password"  # noqa: S105 (params: username)
    WRONG_PASSWORD = "auth.wrong_password"  # noqa: S105 (unknown name or wrong password)
    THROTTLED = "auth.throttled"  # params: seconds (left to wait)
    DRAFT_NOT_FOUND = "draft.not_found"  # take-over of a record that does not exist
    TAKE_OVER_FINALIZED = "draft.take_over_finalized"  # only a draft can be taken over
    TAKE_OVER_OWN = "draft.take_over_own"  # the draft is already the supervisor's
    ROLE_UNKNOWN = "operator.role_unknown"  # params: role
    SETTING_RANGE = "setting.range"  # params: setting, minimum, maximum
    SETTING_CHOICE = "setting.choice"  # params: setting, choices
    SETTING_LENGTH = "setting.length"  # checkpoint code or lane; params: checkpoint, lane
    LOCKED = "session.locked"
    RECORD_NOT_FOUND = "record.not_found"  # params: kind
    AMEND_REASON = "record.amend_reason"  # an amendment needs a reason
    NOT_SUBMITTABLE = "review.not_complete"  # submit refused; params: count
    REVIEW_APPROVED = "review.approved"  # approved and frozen: amend it instead
    REVIEW_WAITING = "review.waiting"  # submitted: frozen until a supervisor decides
    REVIEW_STATE = "review.state"  # not in a state for this; params: state
    REVIEW_OWN = "review.own_record"  # the author cannot approve or refuse their own record
    REVIEW_CHANGED = "review.changed"  # the record changed since the supervisor was shown it
    REFUSAL_REASON = "review.refusal_reason"  # a refusal needs a reason for the author
    HANDOVER_REFUSED = "custody.refused"  # a break in the chain; params: count
    CASH_NOT_FIU = "referral.cash_not_fiu"  # declared or under the threshold; params: threshold
    PRINT_KIND = "print.kind"  # only cases and referrals are printed; params: kind
    NOT_ENROLLED = "sync.not_enrolled"
    SYNC_NEVER = "sync.never"  # enrolled, not synchronised with HQ yet
    SYNC_BUSY = "sync.busy"  # another sync of this workstation is running
    SYNC_UNREACHABLE = "sync.unreachable"  # params: url
    SYNC_TIMEOUT = "sync.timeout"  # params: url
    SYNC_HQ_FAILING = "sync.hq_failing"  # HQ answered 5xx; params: status
    SYNC_TLS = "sync.tls"  # HQ's certificate is not from the pinned CA; params: url
    SYNC_UNTRUSTED = "sync.untrusted"  # an answer that could not be trusted or read
    SYNC_REFUSED = "sync.refused"  # HQ refused the request; params: status, hq_code
    ENROLL_REFUSED = "sync.enroll_refused"  # HQ refused the enrollment; params: hq_code
    IMPORT_REFUSED = "import.refused"  # nothing imported; params: file, count (problems)
    PULLED_UNREADABLE = "sync.item_unreadable"  # a pulled item is malformed; params: collection
    FILE_WRITE = "file.write"  # params: file, reason (the system's words)
    SHIFT_NONE = "shift.none"  # no shift was ever opened on this workstation
    SHIFT_UNKNOWN = "shift.unknown"  # params: shift (the id given)
    SHIFT_STILL_OPEN = "shift.still_open"  # another is open; params: shift, supervisor
    SHIFT_NONE_OPEN = "shift.none_open"  # close: no shift is open
    SHIFT_NOT_CLOSED = "shift.not_closed"  # handover, review and report need a closed shift
    SHIFT_ALREADY_CLOSED = "shift.already_closed"
    SHIFT_NO_CHECKPOINT = "shift.no_checkpoint"  # no checkpoint given nor set in the settings
    HANDOVER_NONE = "shift.no_handover"  # no closed shift waits for its acknowledgement
    HANDOVER_DONE = "shift.handover_acknowledged"  # params: name (who acknowledged it)
    HANDOVER_SELF = "shift.handover_self"  # acknowledged by the one who handed over
    SHIFT_REVIEWED = "shift.already_reviewed"  # params: name (who reviewed it)
    OPERATION_UNKNOWN = "operation.unknown"  # this post holds no such operation
    OPERATION_FIELDS = "operation.reporting_fields"  # params: fields (comma-separated)
    # -- delivery: first run, upgrades (issue 13)
    SCHEMA_NEWER = "store.schema_newer"  # a newer program wrote the database; params: schema
    FILE_UNREADABLE = "file.unreadable"  # params: path, reason (the system's words)
    RECOVERY_KEY_FORM = "recovery.form"  # not a PEM public key
    RECOVERY_KEY_TYPE = "recovery.type"  # a PEM public key, but not X25519
    CA_FORM = "ca.form"  # not a PEM certificate
    CA_NOT_CA = "ca.not_ca"  # certificates, none of them a CA (HQ's server certificate?)
    URL_FORM = "url.form"  # not https://host[:port]; params: url
    URL_PLAIN = "url.plain"  # http:// without the development flag
    # -- watchlist hits (issue 10)
    HIT_TRIAGE = "hit.triage"  # not an outcome a hit is triaged as; params: choices
    HIT_NEEDS_REASON = "hit.needs_reason"  # dismissing a hit (false positive) needs a reason
    HIT_NOT_A_HIT = "hit.not_a_hit"  # params: value (the record id)
    HIT_TRIAGED = "hit.already_triaged"  # a later version already triaged this one
    # offline watchlist files (checkpoint watchlist import)
    WATCHLIST_FILE_FORM = "watchlist_file.form"  # not a watchlist file, truncated, damaged
    WATCHLIST_FILE_SIGNATURE = "watchlist_file.signature"  # HQ's signature does not verify
    WATCHLIST_FILE_OTHER_HQ = "watchlist_file.other_hq"  # signed by another HQ (or key)
    # the post holds this list at the file's version or newer; params: list, version, held
    WATCHLIST_FILE_OLDER = "watchlist_file.older"


_INDEX_RE = re.compile(r"\[(\d+)\]")


def path(*parts: str | int) -> str:
    """The path of a value in a record's document: ``path("persons", 0, "sex")`` is
    ``"persons[0].sex"`` (field names are the document's, the names the JSON Schema uses)."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part:
            out += f".{part}" if out else part
    return out


def path_parts(text: str) -> tuple[str | int, ...]:
    """``"persons[0].sex"`` → ``("persons", 0, "sex")``; ``""`` → ``()``."""
    parts: list[str | int] = []
    for name in filter(None, text.split(".")):
        head, *indexes = _INDEX_RE.split(name)
        if head:
            parts.append(head)
        parts.extend(int(i) for i in indexes if i)
    return tuple(parts)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a record: where (``path``), what (``code``), the values.

    ``path`` names the value in the record's document (``persons[0].document.number``;
    ``""`` is the record as a whole); ``code`` is a :class:`Code`; ``params`` hold what
    a sentence about it needs (never a sentence itself, except ``detail`` for
    :attr:`Code.INVALID` and the MRZ reader's findings).
    """

    path: str
    code: str
    params: Mapping[str, Param] = field(default_factory=dict, hash=False)

    @property
    def parts(self) -> tuple[str | int, ...]:
        return path_parts(self.path)

    @property
    def pointer(self) -> str:
        """The same place as a JSON Pointer, as the schema checks report it."""
        return "".join(f"/{part}" for part in self.parts) or "/"

    def __str__(self) -> str:
        params = ", ".join(f"{k}={v}" for k, v in self.params.items())
        return f"{self.path or '(record)'}: {self.code}" + (f" ({params})" if params else "")


class CheckpointError(Exception):
    """Base of every error the program expects.

    ``str()`` is an English sentence (for logs and as a last resort); ``code`` and
    ``params`` are what callers word (see the module docstring).
    """

    exit_code = 1
    default_code: str = Code.ERROR

    def __init__(self, message: str = "", *, code: str | None = None,
                 params: Mapping[str, Param] | None = None) -> None:
        super().__init__(message)
        self.code: str = code or self.default_code
        self.params: dict[str, Param] = dict(params or {})


class UsageError(CheckpointError):
    exit_code = 2


class ValidationError(CheckpointError):
    """A record or identifier is invalid. ``problems`` lists every finding.

    Raised by an identifier validator, the error itself has the problem's ``code`` and
    ``params`` (its path is the caller's: the validator does not know the field).
    """

    default_code = Code.INVALID

    def __init__(self, message: str, problems: Sequence[Problem] = (), *,
                 code: str | None = None, params: Mapping[str, Param] | None = None) -> None:
        super().__init__(message, code=code, params=params)
        self.problems: list[Problem] = list(problems)


class NotFoundError(CheckpointError):
    pass


class ConflictError(CheckpointError):
    pass


class AuthError(CheckpointError):
    pass


class WrongPasswordError(AuthError):
    """Unknown name or wrong password (one message for both). ``retry_after``: the wait
    this failure started for the name (0: it may try again at once)."""

    default_code = Code.WRONG_PASSWORD

    def __init__(self, message: str = "Wrong user name or password.", *,
                 retry_after: float = 0.0) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class ThrottledError(AuthError):
    """Too many failed attempts on a name: it must wait ``retry_after`` seconds."""

    default_code = Code.THROTTLED

    def __init__(self, retry_after: float) -> None:
        secs = max(1, int(retry_after + 0.999))
        super().__init__(f"Too many failed attempts: wait {secs} s before trying again.",
                         params={"seconds": secs})
        self.retry_after = retry_after


class PermissionDeniedError(AuthError):
    pass


class PasswordPolicyError(AuthError):
    pass


class LockedError(AuthError):
    """The app is locked: there is no session to work with (log in again)."""

    default_code = Code.LOCKED

    def __init__(self, message: str = "The workstation is locked; log in again.") -> None:
        super().__init__(message)


class StoreError(CheckpointError):
    pass


class NotInitializedError(StoreError):
    default_code = Code.NOT_INITIALIZED


class AlreadyInitializedError(StoreError):
    default_code = Code.ALREADY_INITIALIZED


class DamagedStoreError(StoreError):
    pass


class KeyslotError(StoreError):
    pass


class MigrationError(StoreError):
    """The schema could not be brought up to date; ``Code.SCHEMA_NEWER`` when a newer
    program wrote the database (nothing was changed)."""


class StoreBusyError(StoreError):
    pass


class JournalError(CheckpointError):
    """The journal failed verification at ``seq`` (the first bad entry)."""

    def __init__(self, message: str, seq: int | None = None) -> None:
        super().__init__(message)
        self.seq = seq


class FormatError(CheckpointError):
    """An exchange document or file is malformed. ``problems`` are English lines, each
    led by where (``line 3: /persons/0/sex: …``): they report on a file from outside,
    whose reader is the person who runs the import."""

    def __init__(self, message: str, problems: Sequence[str] = (), *,
                 code: str | None = None, params: Mapping[str, Param] | None = None) -> None:
        super().__init__(message, code=code, params=params)
        self.problems = list(problems)


class SyncError(CheckpointError):
    pass


class NetworkError(SyncError):
    default_code = Code.SYNC_UNREACHABLE


class ProtocolError(SyncError):
    default_code = Code.SYNC_UNTRUSTED


class EnrollmentError(SyncError):
    default_code = Code.ENROLL_REFUSED


class RemoteRejectedError(SyncError):
    default_code = Code.SYNC_REFUSED
