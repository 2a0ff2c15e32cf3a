"""Synchronisation with HQ, as the GUI and the CLI use it.

API summary (everything raises ``checkpoint.errors`` classes only)::

    engine = SyncEngine(home, data_key)            # or SyncEngine.for_session(session)
    report = engine.sync_now(progress=cb, cancel=event)   # from a worker thread
        # cb(Progress(phase="push"|"pull", done, total|None)); event: threading.Event
        # -> SyncReport (cancelled=True when the event stopped it at a safe point)
        # raises NetworkError (offline: retry later), RemoteRejectedError (HQ refused:
        # rollback, fork, revoked…), ProtocolError (bad HQ signature, wrong CA…),
        # EnrollmentError (not enrolled), ConflictError (a sync is already running)
    engine.status(max_age=0.0) -> SyncStatus       # any thread; never raises
        # state: "offline" | "syncing" | "up_to_date" | "error"; last_success;
        # reason; unacknowledged (records); clock_skew (seconds or None);
        # progress; enrolled; quarantined
    engine.quarantined() -> list[Quarantined]      # items HQ refused, for the supervisor
    engine.retry_quarantined() -> SyncReport       # offer them to HQ again
    background = BackgroundSync(engine)            # start(), trigger() after a finalize /
                                                   # "Sync now" / reconnect, cancel(), stop()

Each call of ``sync_now`` opens its own database connection in the calling thread
(the store is one connection per thread) and closes it; a file lock keeps two
syncs of one workstation (the app and the CLI) from running at once. One run:
push (journal order) → pull (pages) → push again if the pull journaled anything.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from checkpoint.crypto.wipe import wipe
from checkpoint.domain.ids import utc_now
from checkpoint.errors import (
    CheckpointError,
    ConflictError,
    EnrollmentError,
    NetworkError,
    SyncError,
)
from checkpoint.journal import Journal
from checkpoint.services import sync_pull, sync_push
from checkpoint.services import sync_state as st
from checkpoint.services.session import Session, layout_for, open_database
from checkpoint.services.sync_context import Progress, ProgressCallback, Slots, SyncContext
from checkpoint.store import identity
from checkpoint.store.connection import Database, translate_errors
from checkpoint.store.files import LockBusyError, locked
from checkpoint.store.keyslots import KeySlots
from checkpoint.sync.backoff import Backoff
from checkpoint.sync.client import DEFAULT_TIMEOUT, Clock, HqClient, reachable
from checkpoint.sync.protocol import wire
from checkpoint.sync.scheduler import Scheduler

log = logging.getLogger(__name__)

OFFLINE, SYNCING, UP_TO_DATE, ERROR = "offline", "syncing", "up_to_date", "error"
NOT_ENROLLED = ("This workstation is not enrolled with HQ yet: a supervisor enrolls it "
                "(checkpoint enroll, or Sync ▸ Enroll with HQ… in the app).")

__all__ = ["BackgroundSync", "Progress", "SyncEngine", "SyncReport", "SyncStatus"]


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


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar shows."""

    state: str
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


class SyncEngine:
    """Syncs one workstation with HQ using the unlocked data key."""

    def __init__(self, home: Path, data_key: bytes, *, slots: KeySlots | None = None,
                 timeout: tuple[float, float] = DEFAULT_TIMEOUT, batch_count: int = 500,
                 batch_bytes: int = 2 * 1024 * 1024, page_limit: int = 5000,
                 clock: Clock | None = None) -> None:
        self.layout = layout_for(home)
        self._key = bytearray(data_key)  # wiped by close()
        self._shared_slots = slots
        self.timeout, self.batch_count = timeout, batch_count
        self.batch_bytes, self.page_limit = batch_bytes, page_limit
        self._lock = threading.Lock()
        self._progress: Progress | None = None
        self._running = False
        self._stored: tuple[float, st.State, bool, int, int] | None = None
        self._endpoint: tuple[str, Path, bool] | None = None
        self.clock = clock or Clock()

    def close(self) -> None:
        """Wipe the engine's copy of the data key; the engine cannot sync afterwards."""
        wipe(self._key)
        self._key = bytearray()

    def __enter__(self) -> SyncEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @classmethod
    def for_session(cls, session: Session, **options: Any) -> SyncEngine:
        """An engine for a logged-in session (its key slots stay in step with HQ's accounts)."""
        return cls(session.layout.home, bytes(session.data_key), slots=session.slots, **options)

    # -- running -----------------------------------------------------------------------------

    @contextlib.contextmanager
    def _exclusive(self) -> Iterator[None]:
        try:
            with locked(self.layout.home / "sync.lock", wait=False):
                yield
        except LockBusyError as e:
            raise ConflictError("A sync of this workstation is already running; wait for "
                                "it to finish.") from e

    def open(self) -> Database:
        return open_database(self.layout, bytes(self._key))

    def sync_now(self, progress: ProgressCallback | None = None,
                 cancel: threading.Event | None = None) -> SyncReport:
        """Push, then pull, once. See the module docstring for what it raises."""
        if not self._lock.acquire(blocking=False):
            raise ConflictError("A sync is already running.")
        try:
            with self._exclusive():
                database = self.open()
                try:
                    return self._run(database, progress, cancel)
                finally:
                    database.close()
        finally:
            self._running = False
            self._progress = None
            self._stored = None
            self._lock.release()

    def _context(self, database: Database, progress: ProgressCallback | None,
                 cancel: threading.Event | None) -> SyncContext:
        conn = database.conn
        with translate_errors():
            ident = identity.load(conn)
            enrollment = st.load_enrollment(conn)
        if enrollment is None:
            raise EnrollmentError(NOT_ENROLLED)
        ca_file = self.layout.home / "hq-ca.pem"
        if not ca_file.exists() or ca_file.read_text(encoding="ascii") != enrollment.ca_pem:
            ca_file.write_text(enrollment.ca_pem, encoding="ascii")  # pinned copy is in the DB
        self._endpoint = (enrollment.hq_url, ca_file, enrollment.plain_http)
        client = HqClient(enrollment.hq_url, device=ident.device_id, key=ident.signing_key,
                          hq_key=enrollment.hq_signing_key, ca_file=ca_file,
                          plain_http=enrollment.plain_http, timeout=self.timeout,
                          clock=self.clock)

        def report(p: Progress) -> None:
            self._progress = p
            if progress is not None:
                progress(p)

        return SyncContext(self.layout, database, ident,
                           Journal(conn, ident.device_id, ident.signing_key), enrollment,
                           client, Slots(self.layout, bytes(self._key), self._shared_slots), report,
                           cancel, self.batch_count, self.batch_bytes, self.page_limit)

    def _run(self, database: Database, progress: ProgressCallback | None,
             cancel: threading.Event | None) -> SyncReport:
        with st.write(database) as c:
            st.update_state(c, last_attempt=utc_now())
        try:
            ctx = self._context(database, progress, cancel)
        except EnrollmentError as e:
            self._record(database, e)
            raise
        self._running = True
        try:
            pushed = sync_push.push(ctx)
            pulled = sync_pull.pull(ctx)
            if pulled.applied and not ctx.cancelled():
                again = sync_push.push(ctx)
                pushed.sent += again.sent
                pushed.applied += again.applied
                pushed.duplicates += again.duplicates
        except SyncError as e:
            self._record(database, e)
            raise
        finally:
            ctx.client.close()
        report = SyncReport(pushed.sent, pushed.applied, pushed.duplicates, pushed.rejected,
                            pulled.received, pulled.applied, pulled.parked, pulled.accounts,
                            pulled.resync, ctx.cancelled(), self.clock.offset, tuple(ctx.notes))
        if not report.cancelled:
            with st.write(database) as c:
                st.update_state(c, last_success=utc_now(), last_error=None,
                                last_error_kind=None, clock_skew=self.clock.offset)
        log.info("sync done: %d sent, %d pulled", report.pushed, report.pulled)
        return report

    def _record(self, database: Database, error: CheckpointError) -> None:
        kind = OFFLINE if isinstance(error, NetworkError) else ERROR
        log.warning("sync failed: %s", type(error).__name__)
        with contextlib.suppress(CheckpointError), st.write(database) as c:
            st.update_state(c, last_error=str(error), last_error_kind=kind,
                            clock_skew=self.clock.offset)

    # -- what the status bar shows -------------------------------------------------------------

    def status(self, max_age: float = 0.0) -> SyncStatus:
        """The sync state now. Safe from any thread: it reads through its own short
        connection, or reuses what it read less than ``max_age`` seconds ago (a status
        bar polling several times a second passes ~2). Never raises: a failure to read
        is an ``error`` status with the reason."""
        cached = self._stored
        if cached is None or time.monotonic() - cached[0] > max_age:
            try:
                cached = (time.monotonic(), *self._read_status())
            except CheckpointError as e:
                return SyncStatus(ERROR, None, str(e), 0, None)
            self._stored = cached
        _, state, enrolled, unacked, quarantined = cached
        skew = self.clock.offset if self.clock.offset is not None else state.clock_skew
        base = SyncStatus(UP_TO_DATE, state.last_success, None, unacked, skew,
                          enrolled=enrolled, quarantined=quarantined)
        if self._running:
            return replace(base, state=SYNCING, progress=self._progress)
        if not enrolled:
            return replace(base, state=OFFLINE, reason=NOT_ENROLLED)
        if state.last_error_kind:
            return replace(base, state=state.last_error_kind, reason=state.last_error)
        if state.last_success is None:
            return replace(base, state=OFFLINE, reason="Not synchronised with HQ yet.")
        return base

    def _read_status(self) -> tuple[st.State, bool, int, int]:
        database = self.open()
        try:
            conn = database.conn
            with translate_errors():
                state = st.load_state(conn)
                return (state, st.load_enrollment(conn) is not None,
                        st.unacknowledged_records(conn, state.acked_seq),
                        len(st.quarantined(conn)))
        finally:
            database.close()

    def reachable(self, timeout: float = 3.0) -> bool:
        """Whether HQ answers its liveness check over the pinned TLS (known after a first
        sync attempt); used to sync at once when the link comes back. Never raises."""
        if self._endpoint is None:
            return False
        url, ca_file, _ = self._endpoint
        return reachable(url, ca_file, timeout)

    def retry_quarantined(self) -> SyncReport:
        """Offer HQ the quarantined records again (after HQ was upgraded or fixed).

        Raises what :meth:`sync_now` raises.
        """
        with self._exclusive():
            database = self.open()
            try:
                ctx = self._context(database, None, None)
                try:
                    done = sync_push.retry_quarantined(ctx)
                finally:
                    ctx.client.close()
                return SyncReport(pushed=done.sent, applied=done.applied,
                                  rejected=done.rejected, clock_skew=self.clock.offset)
            finally:
                database.close()

    def quarantined(self) -> list[st.Quarantined]:
        """Items HQ refused for good (shown to the supervisor)."""
        database = self.open()
        try:
            with translate_errors():
                return st.quarantined(database.conn)
        finally:
            database.close()


class BackgroundSync:
    """Runs an engine in the background: at start, on :meth:`trigger`, every ``interval``
    seconds, retrying failures with exponential backoff and jitter, never giving up.

    ``progress`` is called on the sync thread (a GUI posts it to its own thread);
    ``last_error`` / ``last_report`` hold the outcome of the latest run.
    """

    def __init__(self, engine: SyncEngine, *, interval: float = 300.0,
                 backoff: Backoff | None = None, progress: ProgressCallback | None = None,
                 probe_interval: float = 15.0) -> None:
        self.engine = engine
        self.progress = progress
        self.last_error: CheckpointError | None = None
        self.last_report: SyncReport | None = None
        self.scheduler = Scheduler(self._job, interval=interval,
                                   backoff=backoff or Backoff(base=5.0, cap=300.0),
                                   probe=engine.reachable, probe_interval=probe_interval)

    def _job(self, cancel: threading.Event) -> bool:
        try:
            self.last_report = self.engine.sync_now(self.progress, cancel)
            self.last_error = None
            return True
        except CheckpointError as e:
            self.last_error = e
            return False

    def start(self) -> None:
        self.scheduler.start()

    def trigger(self) -> None:
        self.scheduler.trigger()

    def cancel(self) -> None:
        self.scheduler.cancel()

    def stop(self) -> None:
        """Stop the thread and wipe the engine's copy of the data key."""
        self.scheduler.stop()
        if not self.scheduler.running:
            self.engine.close()

    def status(self, max_age: float = 0.0) -> SyncStatus:
        return self.engine.status(max_age)
