"""The sync engine: one run of push → pull → push again, and the status it reports.

Each call of :meth:`SyncEngine.sync_now` opens its own database connection in the
calling thread (the store is one connection per thread) and closes it; a file lock
keeps two syncs of one workstation (the app and the CLI) from running at once. One
run: push (journal order) → pull (pages) → push again if the pull journaled anything.
A run an operator asked for (the CLI's ``sync now``, the app's "Sync now") is
journaled as ``sync.run`` by the engine itself, whichever program started it.

:meth:`SyncEngine.pull_now` is the quiet status pull the background sync runs every few
seconds while a referral waits for an agency's answer: the pull alone (one signed
request when nothing changed), the status bar left as it is.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from checkpoint.crypto.wipe import wipe
from checkpoint.domain.ids import format_utc, parse_utc, utc_now
from checkpoint.errors import (
    CheckpointError,
    Code,
    ConflictError,
    EnrollmentError,
    NetworkError,
    PermissionDeniedError,
    SyncError,
)
from checkpoint.journal import Journal
from checkpoint.services.session import Session, layout_for, open_database
from checkpoint.services.sync import pull, push
from checkpoint.services.sync.context import Slots, SyncContext
from checkpoint.services.sync.status import (
    NOT_ENROLLED,
    Progress,
    ProgressCallback,
    SyncReport,
    SyncState,
    SyncStatus,
    error_from_record,
    error_record,
)
from checkpoint.store import identity
from checkpoint.store import pulled as pulled_data
from checkpoint.store import sync_tables as tables
from checkpoint.store.connection import Database, translate_errors
from checkpoint.store.files import LockBusyError, locked
from checkpoint.store.keyslots import KeySlots
from checkpoint.sync.client import DEFAULT_TIMEOUT, Clock, HqClient, reachable

log = logging.getLogger(__name__)

#: A referral that has waited longer than this for an answer no longer makes the
#: background sync pull every few seconds (it is overdue and followed up otherwise).
AWAITING_DAYS = 30


@dataclass(frozen=True)
class _Stored:
    """A status reading kept for ``max_age`` seconds."""

    at: float
    progress: tables.SyncProgress
    enrolled: bool
    unacknowledged: int
    quarantined: int


def _unsent(database: Database) -> bool:
    """Whether the journal has entries HQ has not acknowledged (applying a pull may add)."""
    with translate_errors():
        conn = database.conn
        return tables.journal_head(conn) > tables.load_progress(conn).acked_seq


class SyncEngine:
    """Syncs one workstation with HQ using the unlocked data key.

    ``operator`` / ``role``: who the engine acts for (from :meth:`for_session`); an
    engine for no one cannot list or retry the quarantine and journals no run.
    """

    def __init__(self, home: Path, data_key: bytes, *, slots: KeySlots | None = None,
                 operator: str | None = None, role: str | None = None,
                 timeout: tuple[float, float] = DEFAULT_TIMEOUT, batch_count: int = 500,
                 batch_bytes: int = 2 * 1024 * 1024, page_limit: int = 5000,
                 clock: Clock | None = None) -> None:
        self.layout = layout_for(home)
        self._key = bytearray(data_key)  # wiped by close()
        self._shared_slots = slots
        self.operator, self.role = operator, role
        self.timeout, self.batch_count = timeout, batch_count
        self.batch_bytes, self.page_limit = batch_bytes, page_limit
        self._lock = threading.Lock()
        self._progress: Progress | None = None
        self._running = False
        self._stored: _Stored | None = None
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
        return cls(session.layout.home, bytes(session.data_key), slots=session.slots,
                   operator=session.username, role=session.operator.role, **options)

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
                 cancel: threading.Event | None = None, *, asked: bool = False) -> SyncReport:
        """Push, then pull, once (``asked``: an operator asked for it; it is journaled).

        Raises NetworkError (offline: retry later), RemoteRejectedError (HQ refused:
        rollback, fork, revoked…), ProtocolError (bad HQ signature, wrong CA…),
        EnrollmentError (not enrolled), ConflictError (a sync is already running).
        ``progress`` gets :class:`Progress`; ``cancel`` stops the run at a safe point
        (the report says ``cancelled``).
        """
        return self._locked_run(progress, cancel, asked=asked, quiet=False)

    def pull_now(self, cancel: threading.Event | None = None) -> SyncReport:
        """A quiet status pull: pull (and push what applying it journaled, if anything),
        without the initial push and reconcile and without showing "syncing". Raises what
        :meth:`sync_now` raises."""
        return self._locked_run(None, cancel, asked=False, quiet=True)

    def _locked_run(self, progress: ProgressCallback | None, cancel: threading.Event | None,
                    *, asked: bool, quiet: bool) -> SyncReport:
        if not self._lock.acquire(blocking=False):
            raise ConflictError("A sync is already running.", code=Code.SYNC_BUSY)
        try:
            with self._exclusive():
                database = self.open()
                try:
                    return self._run(database, progress, cancel, asked, quiet)
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
            enrollment = tables.load_enrollment(conn)
        if enrollment is None:
            raise EnrollmentError(NOT_ENROLLED, code=Code.NOT_ENROLLED)
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
             cancel: threading.Event | None, asked: bool, quiet: bool = False) -> SyncReport:
        with database.transaction() as db:
            tables.update_progress(db.conn, last_attempt=utc_now())
        try:
            ctx = self._context(database, progress, cancel)
        except EnrollmentError as e:
            self._record(database, e)
            raise
        if asked and self.operator is not None:
            with database.transaction():
                ctx.journal.append(self.operator, "sync.run", "hq:sync", {})
        self._running = not quiet
        try:
            pushed = push.PushReport() if quiet else push.push(ctx)
            pulled = pull.pull(ctx)
            if pulled.applied and not ctx.cancelled() and (
                    not quiet or _unsent(database)):
                again = push.push(ctx)
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
                            pulled.resync, ctx.cancelled(), self.clock.offset, tuple(ctx.notes),
                            self._awaiting(database))
        if not report.cancelled:
            with database.transaction() as db:
                tables.update_progress(db.conn, last_success=utc_now(), last_error=None,
                                       last_error_kind=None, clock_skew=self.clock.offset)
        (log.debug if quiet else log.info)("sync done: %d sent, %d pulled", report.pushed,
                                           report.pulled)
        return report

    @staticmethod
    def _awaiting(database: Database) -> int:
        since = format_utc(parse_utc(utc_now()) - timedelta(days=AWAITING_DAYS))
        with translate_errors():
            return pulled_data.awaiting_answers(database.conn, since)

    def _record(self, database: Database, error: CheckpointError) -> None:
        kind = SyncState.OFFLINE if isinstance(error, NetworkError) else SyncState.ERROR
        log.warning("sync failed: %s", type(error).__name__)
        with contextlib.suppress(CheckpointError), database.transaction() as db:
            tables.update_progress(db.conn, last_error=error_record(error),
                                   last_error_kind=str(kind),
                                   clock_skew=self.clock.offset)

    # -- what the status bar shows -------------------------------------------------------------

    def status(self, max_age: float = 0.0) -> SyncStatus:
        """The sync state now. Safe from any thread: it reads through its own short
        connection, or reuses what it read less than ``max_age`` seconds ago (a status
        bar polling several times a second passes ~2). Never raises: a failure to read
        is an ``error`` status with the reason."""
        stored = self._stored
        if stored is None or time.monotonic() - stored.at > max_age:
            try:
                stored = self._read_status()
            except CheckpointError as e:
                return SyncStatus(SyncState.ERROR, None, str(e), 0, None, code=e.code,
                                  params=e.params)
            self._stored = stored
        state = stored.progress
        skew = self.clock.offset if self.clock.offset is not None else state.clock_skew
        base = SyncStatus(SyncState.UP_TO_DATE, state.last_success, None, stored.unacknowledged,
                          skew, enrolled=stored.enrolled, quarantined=stored.quarantined)
        if self._running:
            return replace(base, state=SyncState.SYNCING, progress=self._progress)
        if not stored.enrolled:
            return replace(base, state=SyncState.OFFLINE, reason=NOT_ENROLLED,
                           code=Code.NOT_ENROLLED)
        if state.last_error_kind:
            code, params, text = error_from_record(state.last_error)
            return replace(base, state=SyncState(state.last_error_kind), reason=text, code=code,
                           params=params)
        if state.last_success is None:
            return replace(base, state=SyncState.OFFLINE, reason="Not synchronised with HQ yet.",
                           code=Code.SYNC_NEVER)
        return base

    def _read_status(self) -> _Stored:
        database = self.open()
        try:
            conn = database.conn
            with translate_errors():
                state = tables.load_progress(conn)
                return _Stored(time.monotonic(), state,
                               tables.load_enrollment(conn) is not None,
                               tables.unacknowledged_records(conn, state.acked_seq),
                               tables.quarantined_count(conn))
        finally:
            database.close()

    def reachable(self, timeout: float = 3.0) -> bool:
        """Whether HQ answers its liveness check over the pinned TLS (known after a first
        sync attempt); used to sync at once when the link comes back. Never raises."""
        if self._endpoint is None:
            return False
        url, ca_file, _ = self._endpoint
        return reachable(url, ca_file, timeout)

    # -- the quarantine (supervisors) ------------------------------------------------------------

    def _require_supervisor(self) -> None:
        if self.role != "supervisor":
            who = self.operator or "this program"
            raise PermissionDeniedError(f"Only a supervisor may do this; {who} is not one.")

    def retry_quarantined(self) -> SyncReport:
        """Offer HQ the quarantined records again (after HQ was upgraded or fixed).
        Supervisors only.

        Raises PermissionDeniedError, and what :meth:`sync_now` raises.
        """
        self._require_supervisor()
        with self._exclusive():
            database = self.open()
            try:
                ctx = self._context(database, None, None)
                try:
                    done = push.retry_quarantined(ctx)
                finally:
                    ctx.client.close()
                return SyncReport(pushed=done.sent, applied=done.applied,
                                  rejected=done.rejected, clock_skew=self.clock.offset)
            finally:
                database.close()

    def quarantined(self) -> list[tables.Quarantined]:
        """Items HQ refused for good. Supervisors only: raises PermissionDeniedError."""
        self._require_supervisor()
        database = self.open()
        try:
            with translate_errors():
                return tables.quarantined(database.conn)
        finally:
            database.close()
