"""Sync in the background: at start, on a trigger, on a timer, retried with backoff."""

from __future__ import annotations

import threading

from checkpoint.errors import CheckpointError
from checkpoint.services.sync.engine import SyncEngine
from checkpoint.services.sync.status import ProgressCallback, SyncReport, SyncStatus
from checkpoint.sync.backoff import Backoff
from checkpoint.sync.scheduler import Scheduler


class BackgroundSync:
    """Runs an engine in the background: at start, on :meth:`trigger`, every ``interval``
    seconds, retrying failures with exponential backoff and jitter, never giving up.

    ``progress`` is called on the sync thread (a GUI posts it to its own thread);
    ``last_error`` / ``last_report`` hold the outcome of the latest run. A run that an
    operator asked for (:meth:`trigger` with ``asked=True``: "Sync now") is journaled
    by the engine.
    """

    def __init__(self, engine: SyncEngine, *, interval: float = 300.0,
                 backoff_base: float = 5.0, backoff_cap: float = 300.0,
                 progress: ProgressCallback | None = None,
                 probe_interval: float = 15.0) -> None:
        self.engine = engine
        self.progress = progress
        self.last_error: CheckpointError | None = None
        self.last_report: SyncReport | None = None
        self._asked = False
        self._asked_lock = threading.Lock()
        self.scheduler = Scheduler(self._job, interval=interval,
                                   backoff=Backoff(base=backoff_base, cap=backoff_cap),
                                   probe=engine.reachable, probe_interval=probe_interval)

    def _job(self, cancel: threading.Event) -> bool:
        with self._asked_lock:
            asked, self._asked = self._asked, False
        try:
            self.last_report = self.engine.sync_now(self.progress, cancel, asked=asked)
            self.last_error = None
            return True
        except CheckpointError as e:
            self.last_error = e
            return False

    @property
    def running(self) -> bool:
        """Whether the background thread is alive."""
        return self.scheduler.running

    @property
    def runs(self) -> int:
        """How many runs have ended so far."""
        return self.scheduler.runs

    def start(self) -> None:
        self.scheduler.start()

    def trigger(self, *, asked: bool = False) -> None:
        """Run at once (after the current run); ``asked``: an operator asked for it."""
        if asked:
            with self._asked_lock:
                self._asked = True
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
