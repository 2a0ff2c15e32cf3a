"""What sync reports: the state the status bar shows, a run's report, its progress."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from checkpoint.sync.protocol import wire

NOT_ENROLLED = ("This workstation is not enrolled with HQ yet: a supervisor enrolls it "
                "(checkpoint enroll, or Sync ▸ Enroll with HQ… in the app).")


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
    awaiting: int = 0  # referrals waiting for an agency's answer through HQ (after the run)


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
    quarantined: int = 0

    @property
    def skew_warning(self) -> bool:
        return self.clock_skew is not None and abs(self.clock_skew) > wire.MAX_SKEW_SECONDS
