"""The app's side of sync: the logged-in session's background sync and its status.

:class:`SyncController` lives on the GUI thread and never touches the network or the
database there:

- :meth:`~SyncController.start` (after login) asks on the database thread whether the
  workstation is enrolled. If it is, it makes a ``SyncEngine`` for the session and runs
  a ``BackgroundSync`` (its own thread and database connection): a sync at once, after
  every finalize (:meth:`~SyncController.record_finalized`), every few minutes, at once
  on "Sync now", retried with backoff and jitter, never given up; while a referral
  awaits an agency's answer, a quiet status pull every few seconds. If it is not, the
  status says so and the count comes from the fast unsent count; nothing is polled.
- The status is read on the background pool (``engine.status`` opens its own short
  connection) every 150 ms while a sync runs or was just asked for, every 2 s
  otherwise, and handed to the status bar by :attr:`~SyncController.changed`.
- :meth:`~SyncController.stop` (lock, logout, close) drops the engine and queues the
  background thread's stop-and-join on the database thread *before* the session's
  close, which is queued after it: the sync never outlives the session's key.

Failures are classified in :mod:`checkpoint.gui.messages` (``sync_kind``): network and
"already running" are quiet (the status bar says offline); enrollment, rejected and
protocol errors are shown with what to do when the operator asked for the sync
(:attr:`~SyncController.attention`); a cancelled run is silent.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from checkpoint.errors import CheckpointError, Code, EnrollmentError
from checkpoint.gui.messages import sync_is_quiet
from checkpoint.gui.ops import BackgroundOp, Op, PlainOp, TaskManager
from checkpoint.services import sync
from checkpoint.services.sync import (
    NOT_ENROLLED,
    BackgroundSync,
    SyncEngine,
    SyncReport,
    SyncState,
    SyncStatus,
)

if TYPE_CHECKING:
    from checkpoint.services.session import Session

log = logging.getLogger(__name__)

#: Status polling while a sync runs (or was just asked for), and otherwise.
POLL_SYNCING_MS = 150
POLL_IDLE_MS = 2000
#: After a trigger, poll fast this long even before the run reports "syncing".
FAST_WINDOW_S = 3.0
#: How old a stored reading may be: the counts are a query, the progress is in memory.
SYNCING_MAX_AGE_S = 2.0
IDLE_MAX_AGE_S = 10.0
#: ...and at least this many times what the last query took: with a large backlog the
#: count scans every unacknowledged journal entry (about 1 s per 50,000), and the poll
#: must not keep a core busy.
COST_FACTOR = 20.0


@dataclass(frozen=True)
class SyncOptions:
    """How the app runs sync. The defaults are the product's; tests shorten them."""

    interval: float = 300.0       # seconds between syncs after a success
    backoff_base: float = 5.0     # first retry after a failure (upper half of 5·2ⁿ s)
    backoff_cap: float = 300.0
    answer_interval: float | None = 5.0  # status pulls while a referral awaits an answer
    engine: Mapping[str, Any] = field(default_factory=dict)  # SyncEngine options
    watchlist_check_ms: int = 60_000  # the watchlists' ages are read again this often


@dataclass(frozen=True)
class _Opened:
    engine: SyncEngine | None
    unsent: int


@dataclass(frozen=True)
class _Polled:
    status: SyncStatus
    runs: int
    error: CheckpointError | None
    report: SyncReport | None
    took: float = 0.0


class SyncController(QObject):
    """Runs the background sync of the logged-in session and reports its status."""

    changed = Signal()           # :attr:`status` (or :attr:`problem`) is new
    attention = Signal(object)   # a failure of a sync the operator asked for, to show
    run_finished = Signal()      # a sync run ended (done, failed or cancelled)

    def __init__(self, tasks: TaskManager, options: SyncOptions | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.options = options or SyncOptions()
        self.status: SyncStatus | None = None
        self.problem: CheckpointError | None = None  # the latest run's failure, if it failed
        self.engine: SyncEngine | None = None
        self.background: BackgroundSync | None = None
        self._generation = 0          # bumped by start/stop: late answers are dropped
        self._polling = False
        self._runs = 0
        self._asked = False           # "Sync now" was pressed: report the outcome
        self._fresh = False           # the next reading must not reuse a stored one
        self._fast_until = 0.0
        self._read_cost = 0.0         # seconds the last status query took
        self._queried_at = 0.0        # when the last one was asked for (monotonic)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._poll)

    # -- state -----------------------------------------------------------------------------

    @property
    def enrolled(self) -> bool:
        return self.background is not None

    @property
    def syncing(self) -> bool:
        return self.status is not None and self.status.state == SyncState.SYNCING

    @property
    def running(self) -> bool:
        """Whether the background sync thread is alive (tests: lock stops it)."""
        return self.background is not None and self.background.running

    # -- start and stop ---------------------------------------------------------------------

    def start(self) -> None:
        """After login: sync in the background if the workstation is enrolled."""
        self.stop()
        generation = self._generation
        Op(self.tasks, self._open).success(lambda opened: self._opened(generation, opened)) \
            .failure(lambda e: log.warning("sync not started: %s", type(e).__name__)).run()

    def _open(self, session: Session) -> _Opened:  # on the database thread
        if not sync.is_enrolled(session):
            return _Opened(None, sync.unsent_count(session))
        return _Opened(SyncEngine.for_session(session, **self.options.engine), 0)

    def _opened(self, generation: int, opened: _Opened) -> None:
        if generation != self._generation:
            return  # locked meanwhile: the engine is dropped here
        if opened.engine is None:
            self.status = SyncStatus(SyncState.OFFLINE, None, NOT_ENROLLED, opened.unsent, None,
                                     enrolled=False, code=Code.NOT_ENROLLED)
            self.changed.emit()
            return
        o = self.options
        self.engine = opened.engine
        self.background = BackgroundSync(opened.engine, interval=o.interval,
                                         backoff_base=o.backoff_base,
                                         backoff_cap=o.backoff_cap,
                                         answer_interval=o.answer_interval)
        self._runs = 0
        self.background.start()
        self._poll_soon()

    def stop(self) -> None:
        """Stop syncing before the session closes: call it before queueing the close.

        The engine is dropped here; the thread is stopped and joined on the database
        thread (a run stops at its next batch boundary), so the session's close, queued
        after this, waits for it.
        """
        self._generation += 1
        self.timer.stop()
        self._polling = False
        self._asked = False
        background, self.background, self.engine = self.background, None, None
        if self.status is not None or self.problem is not None:
            self.status, self.problem = None, None
            self.changed.emit()
        if background is not None:
            def halt() -> None:
                background.stop()
                if background.running:
                    log.warning("the sync thread did not stop in time")

            PlainOp(self.tasks, halt).failure(
                lambda e: log.warning("stopping the sync failed: %s", type(e).__name__)).run()

    # -- what the operator does --------------------------------------------------------------

    def sync_now(self) -> None:
        """"Sync now": a run at once (after the current one); its failure is shown."""
        if self.background is None:
            return
        self._asked = True
        self.background.trigger(asked=True)
        self._poll_soon()

    def cancel(self) -> None:
        """Stop the running sync at its next safe point; silently (it is not an error)."""
        if self.background is not None:
            self.background.cancel()
            self._poll_soon()

    def record_finalized(self) -> None:
        """A record was finalized: send it (or count it, when not enrolled)."""
        if self.background is not None:
            self.background.trigger()
            self._poll_soon()
        elif self.status is not None and not self.status.enrolled:
            self.status = replace(self.status, unacknowledged=self.status.unacknowledged + 1)
            self.changed.emit()

    def refresh(self) -> None:
        """Read the status again now (after a retry of the quarantine, say)."""
        self._poll_soon()

    def in_background(self, work: Callable[[SyncEngine], Any],
                      done: Callable[[Any], None],
                      failed: Callable[[BaseException], None]) -> None:
        """Run ``work(engine)`` on the background pool (the quarantine list and retry)."""
        engine, generation = self.engine, self._generation
        if engine is None:
            failed(EnrollmentError(NOT_ENROLLED, code=Code.NOT_ENROLLED))
            return

        def delivered(result: Any) -> None:
            if generation == self._generation:
                done(result)

        BackgroundOp(self.tasks, lambda: work(engine)).success(delivered).failure(failed).run()

    # -- polling --------------------------------------------------------------------------------

    def _poll_soon(self) -> None:
        self._fresh = True
        self._fast_until = time.monotonic() + FAST_WINDOW_S
        self._poll()

    def _poll(self) -> None:
        engine, background = self.engine, self.background
        if engine is None or background is None or self._polling:
            return
        self._polling = True
        generation = self._generation
        fresh, self._fresh = self._fresh, False
        max_age = max(0.0 if fresh else SYNCING_MAX_AGE_S if self.syncing else IDLE_MAX_AGE_S,
                      COST_FACTOR * self._read_cost)
        queried = time.monotonic() - self._queried_at > max_age  # not a stored reading
        if queried:
            self._queried_at = time.monotonic()

        def read() -> _Polled:  # on the background pool
            runs = background.runs  # before the outcome: never older than it
            started = time.monotonic()
            status = engine.status(max_age)
            took = time.monotonic() - started
            return _Polled(status, runs, background.last_error, background.last_report, took)

        BackgroundOp(self.tasks, read).success(
            lambda p: self._polled(generation, p, queried)).failure(
            lambda e: self._poll_failed(generation, e)).run()

    def _polled(self, generation: int, polled: _Polled, queried: bool) -> None:
        if generation != self._generation:
            return
        self._polling = False
        if queried or polled.took > 0.01:  # a query, not a stored reading
            self._read_cost = polled.took
        if polled.runs != self._runs:
            self._runs = polled.runs
            self._run_ended(polled.error)
            self.run_finished.emit()
        self.status = polled.status
        self.changed.emit()
        self._schedule()

    def _poll_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._polling = False
        log.warning("reading the sync status failed: %s", type(error).__name__)
        self._schedule()

    def _schedule(self) -> None:
        fast = self.syncing or time.monotonic() < self._fast_until
        self.timer.start(POLL_SYNCING_MS if fast else POLL_IDLE_MS)

    def _run_ended(self, error: CheckpointError | None) -> None:
        """A run finished (success, cancelled, or failed): classify, maybe report it."""
        asked, self._asked = self._asked, False
        self.problem = error
        if error is None:
            return  # done, or cancelled: an interrupted sync is silent
        log.info("sync failed: %s", type(error).__name__)
        if asked and not sync_is_quiet(error):
            self.attention.emit(error)
