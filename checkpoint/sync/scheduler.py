"""Running a job in the background: at start, on demand, periodically, retrying failures.

:class:`Scheduler` owns one thread. It runs ``job(cancel)`` at start-up, at once when
:meth:`trigger` is called (after a finalize, on "Sync now", when the network comes
back), every ``interval`` seconds after a success (or what ``next_interval()`` says,
when given: a caller that wants the next run sooner), and after a failure waits the
next :class:`~checkpoint.sync.backoff.Backoff` delay; it never gives up. With a
``probe`` (a cheap "is HQ reachable?"), it checks every ``probe_interval`` seconds
while it waits after a failure and runs the job at once when the link is back.
:meth:`cancel` asks the running job to stop at its next safe point.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from checkpoint.sync.backoff import Backoff

log = logging.getLogger(__name__)

Job = Callable[[threading.Event], bool]


class Scheduler:
    def __init__(self, job: Job, *, interval: float = 300.0, backoff: Backoff | None = None,
                 name: str = "checkpoint-sync", probe: Callable[[], bool] | None = None,
                 probe_interval: float = 10.0,
                 next_interval: Callable[[], float] | None = None) -> None:
        self.job = job
        self.next_interval = next_interval
        self.probe, self.probe_interval = probe, probe_interval
        self.woken_by_probe = 0
        self.interval = interval
        self.backoff = backoff or Backoff()
        self.name = name
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        self.runs = 0
        self.next_delay: float | None = None

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._loop, name=self.name, daemon=True)
        self._thread.start()

    def trigger(self) -> None:
        """Run the job as soon as the current run (if any) ends."""
        self._wake.set()

    def cancel(self) -> None:
        """Ask the running job to stop at its next safe point."""
        self._cancel.set()

    def stop(self, timeout: float | None = 30.0) -> None:
        """Stop the thread (cancelling a running job) and wait for it."""
        self._stop.set()
        self._cancel.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _loop(self) -> None:
        while not self._stop.is_set():
            self._wake.clear()
            self._cancel.clear()
            try:
                ok = self.job(self._cancel)
            except Exception:
                log.warning("background job failed", exc_info=True)
                ok = False
            self.runs += 1
            if ok:
                self.backoff.reset()
                delay = self.interval if self.next_interval is None else self.next_interval()
            else:
                delay = self.backoff.next_delay()
            self.next_delay = delay
            if ok or self.probe is None:
                self._wake.wait(delay)
            else:
                self._wait_probing(delay)

    def _wait_probing(self, delay: float) -> None:
        """Wait ``delay`` seconds, or less when the probe says the link is back."""
        remaining = delay
        while remaining > 0 and not self._wake.is_set():
            step = min(self.probe_interval, remaining)
            if self._wake.wait(step):
                return
            remaining -= step
            if remaining > 0 and self._probe_ok():
                self.woken_by_probe += 1
                return

    def _probe_ok(self) -> bool:
        try:
            return bool(self.probe and self.probe())
        except Exception:
            return False
