"""Synchronisation with HQ: the face the GUI and the CLI use.

API summary (everything raises ``checkpoint.errors`` classes only)::

    engine = SyncEngine.for_session(session)       # acts for the session's operator
    report = engine.sync_now(progress=cb, cancel=event, asked=True)   # a worker thread
        # cb(Progress(phase="push"|"pull", done, total|None)); event: threading.Event
        # -> SyncReport (cancelled=True when the event stopped it at a safe point);
        # asked: an operator asked for it, so the engine journals ``sync.run``
        # raises NetworkError (offline: retry later), RemoteRejectedError (HQ refused:
        # rollback, fork, revoked…), ProtocolError (bad HQ signature, wrong CA…),
        # EnrollmentError (not enrolled), ConflictError (a sync is already running)
    engine.status(max_age=0.0) -> SyncStatus       # any thread; never raises
        # state: SyncState (offline, syncing, up_to_date, error); last_success;
        # reason; unacknowledged (records); clock_skew (seconds or None);
        # progress; enrolled; quarantined
    engine.quarantined() -> list[Quarantined]      # supervisors: items HQ refused
    engine.retry_quarantined() -> SyncReport       # supervisors: offer them again
    background = BackgroundSync(engine)            # start(), trigger(asked=…) after a
                                                   # finalize / "Sync now" / reconnect,
                                                   # cancel(), stop()
    enroll(session, url, code, ca_pem) -> Enrolled # supervisors; is_enrolled(session)
    readmit(session, code[, ca_pem]) -> Readmitted # supervisors: back in after a rollback
                                                   # or a key change (a code from HQ)
    unsent_count(session) -> int                   # records HQ has not acknowledged
    export_bundle(session, path) -> Exported       # the offline transfer file
    import_watchlists(session, data) -> [Imported] # supervisors: HQ's signed watchlist file

Inside: :mod:`.engine` (one run, the status), :mod:`.background`, :mod:`.push`,
:mod:`.pull`, :mod:`.operator_accounts` (accounts from HQ become key slots),
:mod:`.transfer_bundle`, :mod:`.enrollment`, :mod:`.context` (what a run works
with), :mod:`.status` (the values reported). The sync tables' SQL is in
:mod:`checkpoint.store.sync_tables`; the wire shapes in :mod:`checkpoint.sync.protocol`.
"""

from __future__ import annotations

from checkpoint.services.sync.background import BackgroundSync
from checkpoint.services.sync.engine import SyncEngine
from checkpoint.services.sync.enrollment import (
    Enrolled,
    Readmitted,
    check_ca,
    enroll,
    fingerprint,
    is_enrolled,
    read_ca,
    readmit,
    unsent_count,
)
from checkpoint.services.sync.status import (
    NOT_ENROLLED,
    Progress,
    ProgressCallback,
    SyncReport,
    SyncState,
    SyncStatus,
)
from checkpoint.services.sync.transfer_bundle import Exported, export_bundle
from checkpoint.services.sync.watchlist_import import Imported
from checkpoint.services.sync.watchlist_import import import_file as import_watchlists
from checkpoint.store.sync_tables import Quarantined

__all__ = [
    "NOT_ENROLLED",
    "BackgroundSync",
    "Enrolled",
    "Exported",
    "Imported",
    "Progress",
    "ProgressCallback",
    "Quarantined",
    "Readmitted",
    "SyncEngine",
    "SyncReport",
    "SyncState",
    "SyncStatus",
    "check_ca",
    "enroll",
    "export_bundle",
    "fingerprint",
    "import_watchlists",
    "is_enrolled",
    "read_ca",
    "readmit",
    "unsent_count",
]
