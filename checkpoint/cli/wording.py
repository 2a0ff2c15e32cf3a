"""How the command line words errors and problems: for a terminal, in English.

The core gives codes and params (:mod:`checkpoint.errors`); here they become lines
that name what a person at a terminal can do (a command, a flag). An error with no
code of its own is shown as its ``str()``. A problem reads ``<path>: <sentence>``,
the path as the document names it (``persons[0].nationality: 'QQQ' is not …``), so
it can be found in an exported file.
"""

from __future__ import annotations

from collections.abc import Mapping

from checkpoint.errors import CheckpointError, Code, Param, Problem, ValidationError

#: Error codes whose terminal words differ from the core's sentence.
ERRORS: dict[str, str] = {
    Code.NOT_INITIALIZED: "There is no workstation in {home}: set one up with `checkpoint init` "
                          "(or start the app), or choose the folder with --home.",
    Code.ALREADY_INITIALIZED: "A workstation already exists in {home}.",
    Code.WORKSTATION_EXISTS: "A workstation already exists in {home}; add --force to replace "
                             "it (its files are kept in a replaced-<time> folder).",
    Code.NOT_ENROLLED: "This workstation is not enrolled with HQ yet: a supervisor enrolls it "
                       "with `checkpoint enroll` (or Sync ▸ Enroll with HQ… in the app).",
    Code.SYNC_BUSY: "Another sync of this workstation is running (the app?); try again when "
                    "it ends.",
    Code.IMPORT_REFUSED: "{file}: {count} problem(s); nothing was imported.",
    Code.HIT_NEEDS_REASON: "Dismissing a hit as a false positive needs a reason (--reason).",
    Code.HIT_TRIAGED: "This hit was already triaged; triage its newest version.",
    Code.WATCHLIST_FILE_FORM: "This is not a whole watchlist file from HQ (not one, "
                              "truncated or damaged): nothing was imported. Ask HQ for a new "
                              "one (checkpoint-hq export-watchlist).",
    Code.WATCHLIST_FILE_SIGNATURE: "HQ's signature on this watchlist file does not verify: it "
                                   "was altered or forged. Nothing was imported; do not use "
                                   "it, and tell HQ.",
    Code.WATCHLIST_FILE_OTHER_HQ: "This watchlist file was signed by another HQ than the one "
                                  "this workstation is enrolled with: nothing was imported.",
    Code.WATCHLIST_FILE_OLDER: "The file holds list {list} at version {version}, and this "
                               "workstation already has version {held}: nothing was "
                               "imported (the file is older or the same).",
    Code.ACCOUNT_LOCAL: "HQ's account {username} has the name of an account made at this "
                        "workstation: it was not applied, the local account is kept (HQ "
                        "publishes it under another name).",
    Code.ACCOUNT_LOOKALIKE: "HQ's account {username} looks the same as the account {existing} "
                            "of this workstation (Latin and Cyrillic letters can look "
                            "identical): it was not applied (HQ publishes it under another "
                            "name).",
    Code.LAST_SUPERVISOR: "the change would leave this workstation without an active "
                          "supervisor: it was not applied (HQ sends another supervisor first).",
    Code.PULLED_UNREADABLE: "HQ sent an item of {collection} that this workstation cannot "
                            "read: it was set aside; the rest was applied.",
    Code.USERNAME_FORM: "{name!r} is not a valid user name: use 2-64 Latin or Cyrillic "
                        "letters, digits, '.', '_', '-' or '@' (no space), starting with a "
                        "letter or digit.",
    Code.USERNAME_RESERVED: "{name!r} is reserved (the journal names HQ and unknown users with "
                            "it): choose another name.",
    Code.MUST_CHANGE_PASSWORD: "{username} must choose their own password first: "
                               "checkpoint user passwd {username}",
    Code.THROTTLED: "Too many failed attempts on this name: wait {seconds} s before trying "
                    "again (a supervisor ends the wait with `checkpoint user unblock NAME`).",
    Code.RESET_SELF: "Change your own password with `checkpoint user passwd NAME`; another "
                     "supervisor resets your account or changes your role.",
    Code.CASH_NOT_FIU: "This cash was declared or is under {threshold} EUR: add --suspicious "
                       "to refer it to the financial intelligence unit anyway.",
    Code.SCHEMA_NEWER: "The workstation database was written by a newer version of Checkpoint "
                       "(schema {schema}); this program is older and changed nothing. Install "
                       "that version or a newer one (`checkpoint --version` shows this one's).",
    Code.REVIEW_CHANGED: "The record changed since the digest you gave (--digest); show it "
                         "again and approve what you read.",
    Code.SHIFT_NO_CHECKPOINT: "Name the checkpoint with --checkpoint, or set its code in the "
                              "app (File ▸ Settings).",
    Code.SHIFT_STILL_OPEN: "Shift {shift} (opened by {supervisor}) is still open: close it "
                           "first with `checkpoint shift close`.",
    Code.HANDOVER_SELF: "The relieving supervisor acknowledges the handover, not the one who "
                        "handed over: the next supervisor runs `checkpoint shift acknowledge "
                        "--as NAME`.",
    Code.SHIFT_NOT_CLOSED: "The shift is still open: close it first with "
                           "`checkpoint shift close`.",
}

PROBLEMS: dict[str, str] = {
    Code.INVALID: "{detail}",
    Code.MISSING: "is missing.",
    Code.DATE_FORM: "{value!r} is not a date of the form {form}.",
    Code.DATE_UNREAL: "{value!r} is not a real date.",
    Code.DATE_FUTURE: "{value!r} is in the future.",
    Code.COUNTRY_SPECIMEN: "UTO (Utopia) is the ICAO specimen state, not a real country.",
    Code.COUNTRY_ALPHA2: "{value} is a two-letter code; use the three-letter code {alpha3}.",
    Code.COUNTRY_UNKNOWN: "{value!r} is not an ISO 3166-1 alpha-3 or ICAO country code.",
    Code.CURRENCY_FORM: "{value!r} is not 3 letters (ISO 4217), e.g. EUR.",
    Code.CURRENCY_UNKNOWN: "{value!r} is not an ISO 4217 currency code.",
    Code.HS_FORM: "{value!r} may hold only digits (and dots or spaces).",
    Code.HS_LENGTH: "{value} has {digits} digits; give 6, 8 or 10.",
    Code.HS_CHAPTER: "{value} is in chapter {chapter}, which does not exist (01-97, 77 reserved).",
    Code.EORI_COUNTRY: "{value} must start with a two-letter country code (e.g. DE, FR, XI).",
    Code.EORI_FORM: "{value} must be a country code and then 1 to 15 letters or digits.",
    Code.CONTAINER_FORM: "{value} is not an ISO 6346 container number.",
    Code.CONTAINER_CATEGORY: "{value} has category letter {category!r}; it must be U, J or Z.",
    Code.CONTAINER_CHECK: "{value} has check digit {found}; it should be {expected}.",
    Code.VIN_LENGTH: "{value} has {length} characters; a VIN has 17.",
    Code.VIN_LETTER: "{value} has {letter} at position {position}; VINs never use I, O or Q.",
    Code.VIN_CHARACTER: "{value} has {letter!r} at position {position}; only A-Z and 0-9.",
    Code.VIN_CHECK: "{value} has check digit {found} at position 9; it should be {expected}.",
    Code.MRN_FORM: "{value!r} is not an 18-character MRN like 25UA205050000123E0.",
    Code.NEGATIVE: "is negative.",
    Code.TOO_LONG: "is longer than {maximum} characters.",
    Code.TOO_MANY: "at most {maximum} may be named.",
    Code.NOT_ONE_OF: "{value!r} is not one of {choices}.",
    Code.EMPTY_ENTRY: "has an empty entry.",
    Code.NO_SUBJECT: "record at least one person, the vehicle or the consignment.",
    Code.NO_VEHICLE_ID: "plate, VIN, IMO number or journey number is missing.",
    Code.NO_QUANTITY: "declared or found quantity is missing.",
    Code.UNDECLARED_CASH: "undeclared cash of {threshold} EUR or more needs a finding with "
                          "risk area currency (Reg. (EU) 2018/1672).",
    Code.UNKNOWN_CARRIER: "the carrier is not one of the inspection's persons.",
    Code.PHOTOS_NOT_ATTACHED: "refers to {count} photo(s) that are not attached.",
    Code.MRZ_SHAPE: "{format} needs {lines} lines of {width} characters.",
    Code.MRZ_CHECKS_FAILED: "check digits failed ({fields}); give an override reason to "
                            "accept it.",
    Code.MRZ_CHECKS_MISMATCH: "the recorded check-digit results do not match the lines.",
    Code.DOC_EXPIRED: "the document expired on {expiry}.",
    Code.DOC_EXPIRES_SOON: "the document expires on {expiry}, in {days} day(s).",
    Code.DOC_AS_PRESENTED: "recorded as presented: {reason}.",
    Code.MRZ_NOTHING: "nothing was read.",
    Code.MRZ_CYRILLIC: "the reader typed Cyrillic letters (the keyboard layout is not English).",
    Code.MRZ_LINE_COUNT: "{count} line(s); a machine-readable zone has 2 or 3.",
    Code.MRZ_LINE_LENGTH: "line {line} has {length} characters (44, 36 or 30 expected).",
    Code.MRZ_MIXED_LINES: "line {line} has {length} characters but line {other_line} has "
                          "{other_length}: different documents or scans.",
    Code.MRZ_CHARACTER: "line {line}, position {position} holds {character!r}, which cannot "
                        "appear in a machine-readable zone.",
    Code.MRZ_NOT_LETTERS: "the MRZ's {mrz_field} {value!r} is not a code of letters.",
    Code.MRZ_SEX: "the MRZ's sex field holds {value!r}; it must be M, F or <.",
    Code.MRZ_NAME_DIGITS: "the MRZ's name field {value!r} contains digits.",
    Code.MRZ_DATE: "the MRZ's {mrz_field} {value!r} is not a date (YYMMDD).",
    Code.MRZ_MONTH: "the MRZ's {mrz_field} {value!r} has no month {month}.",
    Code.MRZ_DAY: "the MRZ's {mrz_field} {value!r} has no day {day} in month {month}.",
    Code.MRZ_NUMBER_FILLER: "the MRZ's document number {value!r} has a filler (<) inside it.",
    Code.DATE_YEAR: "{value!r} is not in the years {first}-{last}.",
    Code.TIME_IMPLAUSIBLE: "is not a plausible time (years {first}-{last}).",
    Code.TEXT_CONTROL: "holds the control character {character}, which a name or text must "
                       "not hold.",
    Code.IMPORT_NOT_JSON: "not JSON (column {column}).",
    Code.IMPORT_UNREADABLE: "not JSON this program reads (nested too deeply, NaN, Infinity or "
                            "a number too long).",
    Code.IMPORT_NOT_UNICODE: "holds text that is not valid Unicode (a lone surrogate).",
    Code.IMPORT_NOT_OBJECT: "not a JSON object.",
    Code.IMPORT_SCHEMA: "{detail}",
    Code.IMPORT_NOT_FINALIZED: "only finalized inspections can be imported.",
    Code.IMPORT_READS_DIFFERENTLY: "the document does not read back the same.",
    Code.IMPORT_DUPLICATE: "the same record as line {other_line}.",
    Code.IMPORT_ID_TAKEN: "a different record with this id exists on this workstation.",
    Code.IMPORT_AMENDS_UNKNOWN: "it amends {amends}, which is neither in the file nor on this "
                                "workstation.",
    Code.IMPORT_OWN_ORIGIN: "the record claims to come from this workstation, which never "
                            "made it.",
    Code.NOT_POSITIVE: "must be more than zero.",
    Code.DUPLICATE_ID: "{value} is used twice.",
    Code.CASE_NO_PERSONS: "name at least one person (`checkpoint case person`).",
    Code.CASE_NEEDS_SUSPECT: "a criminal case needs at least one suspect.",
    Code.UNKNOWN_ARTICLE: "{value!r} is not an article of the customs code table from HQ.",
    Code.UNKNOWN_FINDING: "the finding {value} is not in the inspection.",
    Code.H3_RESTRICTIONS: "handling code H3 needs its restrictions spelled out.",
    Code.UNKNOWN_AGENCY: "{value!r} is not an agency in HQ's directory.",
    Code.AGENCY_REFUSES: "agency {agency} does not accept {what}.",
    Code.NOTHING_REFERRED: "refer a case, a hit, persons, goods or cash.",
    Code.DEADLINE_PAST: "is in the past.",
    Code.TRANSITION_ORDER: "a referral that is {current} cannot become {target}.",
    Code.NEEDS_REFERENCE: "accepting needs the agency's reference.",
    Code.NEEDS_REASON: "declining needs a reason.",
    Code.NEEDS_OUTCOME: "closing needs an outcome.",
    Code.CUSTODY_SEQUENCE: "entry {value} does not follow entry {expected}.",
    Code.CUSTODY_NOT_HOLDER: "{value!r} does not hold the item (it is with {holder!r}).",
    Code.CUSTODY_SEAL_CHANGED: "the seal numbers changed without a reason (--reason).",
    Code.CUSTODY_SEAL_BROKEN: "a seal that is not intact needs a reason (--reason).",
    Code.CUSTODY_CLOSED: "the item's chain ended ({action}); nothing can follow.",
    Code.CUSTODY_UNKNOWN_ITEM: "the case has no seized item {value}.",
}

#: Params that may hold a document's values (personal data): left out of a line about a
#: file from outside (an import's problems go to a terminal and its scrollback).
VALUE_PARAMS = frozenset({"value", "letter", "character", "detail"})
#: Codes whose params never hold a value of the document, even under those names.
_SAFE = frozenset({Code.TEXT_CONTROL, Code.IMPORT_SCHEMA})


class _Hidden(str):
    """A value left out: ``{value}`` and ``{value!r}`` both read "the value"."""

    def __repr__(self) -> str:
        return str(self)

_DATE_FORMS = {"yes": "YYYY, YYYY-MM or YYYY-MM-DD", "no": "YYYY-MM-DD"}


def _fill(template: str, params: Mapping[str, Param]) -> str:
    values: dict[str, Param] = dict(params)
    values.setdefault("form", _DATE_FORMS.get(str(params.get("partial")), "YYYY-MM-DD"))
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return template


def problem_text(problem: Problem, *, values: bool = True) -> str:
    """``persons[0].nationality: is missing.`` (a code with no words: the code itself).

    A problem of a line of a file (``line`` in its params) is led by ``line N:``. With
    ``values`` False, no value of the document is shown (``the value is not …``).
    """
    params = dict(problem.params)
    line = params.pop("line", None)
    if not values and problem.code not in _SAFE:
        params = {k: _Hidden("the value") if k in VALUE_PARAMS else v for k, v in params.items()}
        if problem.code == Code.INVALID:
            params["detail"] = "is invalid."
    template = PROBLEMS.get(problem.code)
    what = _fill(template, params) if template else f"{problem.code} {params}"
    lead = f"line {line}: " if line is not None else ""
    return f"{lead}{problem.path or '(the record)'}: {what}"


def error_text(error: CheckpointError) -> str:
    """The error as one line for the terminal."""
    template = ERRORS.get(error.code)
    if template is not None:
        return _fill(template, error.params)
    return str(error)


def status_reason(code: str | None, params: Mapping[str, Param], text: str | None) -> str:
    """A sync status's reason for the terminal: the words of its code when the command
    line has its own (``checkpoint enroll``), else the core's sentence."""
    template = ERRORS.get(code or "")
    return _fill(template, params) if template is not None else (text or "")


def error_lines(error: CheckpointError) -> list[str]:
    """The error's line, then one line per problem it carries."""
    lines = [error_text(error)]
    if isinstance(error, ValidationError):
        values = error.code != Code.IMPORT_REFUSED  # a file from outside: no values shown
        lines += [f"  {problem_text(problem, values=values)}" for problem in error.problems]
    return lines
