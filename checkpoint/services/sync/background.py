"""Sync in the background: at start, on a trigger, on a timer, retried with backoff.

While the post waits for an agency's answer to a referral, or an owning authority's
answer to a hit (``SyncReport.awaiting``), and the link is up, a quiet status pull
(:meth:`SyncEngine.pull_now`) runs every ``answer_interval`` seconds between the full
runs, so an answer HQ publishes is on the workstation within seconds
(``docs/benchmarks.md``: the status round trip). Each such pull is one signed GET of an
empty page at HQ when nothing changed.
"""

from __future__ import annotations

import threading
import time

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
    by the engine. ``answer_interval``: the quiet status pull's period while a referral
    awaits an answer (``None``: never).
    """

    def __init__(self, engine: SyncEngine, *, interval: float = 300.0,
                 backoff_base: float = 5.0, backoff_cap: float = 300.0,
                 progress: ProgressCallback | None = None,
                 probe_interval: float = 15.0,
                 answer_interval: float | None = 5.0) -> None:
        self.engine = engine
        self.progress = progress
        self.interval, self.answer_interval = interval, answer_interval
        self.awaiting = 0  # referrals and hits awaiting an answer, after the latest run
        self.status_pulls = 0  # quiet status pulls run so far
        self._full_due = True
        self._last_full = 0.0
        self.last_error: CheckpointError | None = None
        self.last_report: SyncReport | None = None
        self._asked = False
        self._asked_lock = threading.Lock()
        self.scheduler = Scheduler(self._job, interval=interval,
                                   backoff=Backoff(base=backoff_base, cap=backoff_cap),
                                   probe=engine.reachable, probe_interval=probe_interval,
                                   next_interval=self._next_interval)

    def _pulling_for_answers(self) -> bool:
        return bool(self.awaiting) and self.answer_interval is not None and (
            self.answer_interval < self.interval)

    def _next_interval(self) -> float:
        """After a success: the quiet pull's period while an answer is awaited (never
        past the next full run), else the full period."""
        if not self._pulling_for_answers():
            return self.interval
        assert self.answer_interval is not None
        until_full = self.interval - (time.monotonic() - self._last_full)
        return max(0.0, min(self.answer_interval, until_full))

    def _job(self, cancel: threading.Event) -> bool:
        with self._asked_lock:
            asked, self._asked = self._asked, False
            full, self._full_due = self._full_due or asked, False
        full = full or not self._pulling_for_answers() or (
            time.monotonic() - self._last_full >= self.interval - 0.05)
        try:
            if full:
                report = self.engine.sync_now(self.progress, cancel, asked=asked)
                self._last_full = time.monotonic()
            else:
                report = self.engine.pull_now(cancel)
                self.status_pulls += 1
            self.last_report, self.last_error = report, None
            self.awaiting = report.awaiting
            return True
        except CheckpointError as e:
            self.last_error = e
            with self._asked_lock:
                self._full_due = True  # after a failure the next run is a full one
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
        with self._asked_lock:
            self._asked = self._asked or asked
            self._full_due = True
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
