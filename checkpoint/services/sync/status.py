"""What sync reports: the state the status bar shows, a run's report, its progress."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from checkpoint.errors import CheckpointError, Code, Param
from checkpoint.sync.protocol import wire

#: The core's sentence (logs); callers word :attr:`Code.NOT_ENROLLED` with their own
#: action (the command line names ``checkpoint enroll``, the app its menu).
NOT_ENROLLED = "This workstation is not enrolled with HQ yet."


class SyncState(StrEnum):
    """The state of sync, as the status bar shows it."""

    OFFLINE = "offline"        # not enrolled, never synced, or HQ unreachable
    SYNCING = "syncing"
    UP_TO_DATE = "up_to_date"
    ERROR = "error"            # HQ refused, or its answers could not be trusted


@dataclass(frozen=True)
class Progress:
    """Where a sync run is: ``phase`` push or pull, ``done`` of ``total`` (None: unknown)."""

    phase: str
    done: int
    total: int | None


ProgressCallback = Callable[[Progress], None]


@dataclass(frozen=True)
class SyncReport:
    """What one run did."""

    pushed: int = 0
    applied: int = 0
    duplicates: int = 0
    rejected: int = 0
    pulled: int = 0
    pulled_applied: int = 0
    parked: int = 0
    accounts: int = 0
    resync: bool = False
    cancelled: bool = False
    clock_skew: float | None = None
    notes: tuple[str, ...] = ()
    pull_refused: int = 0  # items from HQ set aside (the pull quarantine)
    awaiting: int = 0  # referrals and hits waiting for an answer through HQ (after the run)


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar shows."""

    state: SyncState
    last_success: str | None
    reason: str | None
    unacknowledged: int
    clock_skew: float | None
    progress: Progress | None = None
    enrolled: bool = True
    quarantined: int = 0  # records HQ refused
    set_aside: int = 0  # items from HQ this workstation refused (the pull quarantine)
    #: what the reason is, for a caller to word (``reason`` is the core's English)
    code: str | None = None
    params: Mapping[str, Param] = field(default_factory=dict)

    @property
    def skew_warning(self) -> bool:
        return self.clock_skew is not None and abs(self.clock_skew) > wire.MAX_SKEW_SECONDS


def error_record(error: CheckpointError) -> str:
    """How the last error is kept (one text column): its code, params and sentence."""
    return json.dumps({"code": error.code, "params": error.params, "text": str(error)},
                      ensure_ascii=False, sort_keys=True)


def error_from_record(text: str | None) -> tuple[str | None, dict[str, Param], str | None]:
    """(code, params, sentence) of a kept error; a sentence kept by an older version has
    no code (``Code.ERROR``)."""
    if not text:
        return None, {}, None
    try:
        value = json.loads(text)
    except ValueError:
        value = None
    if not isinstance(value, dict) or not isinstance(value.get("code"), str):
        return str(Code.ERROR), {}, text
    params = value.get("params")
    clean = {str(k): v for k, v in params.items()
             if isinstance(v, str | int | float)} if isinstance(params, dict) else {}
    return value["code"], clean, str(value.get("text") or "")
