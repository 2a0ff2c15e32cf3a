"""Backoff and the background scheduler (no network)."""

from __future__ import annotations

import threading

import pytest

from checkpoint.sync.backoff import Backoff
from checkpoint.sync.scheduler import Scheduler
from tests.helpers import wait_until


def test_backoff_doubles_to_its_cap_with_jitter_in_the_upper_half() -> None:
    low, high = Backoff(base=2, cap=60, rng=lambda: 0.0), Backoff(base=2, cap=60, rng=lambda: 1.0)
    assert [low.next_delay() for _ in range(7)] == [1, 2, 4, 8, 16, 30, 30]
    assert [high.next_delay() for _ in range(7)] == [2, 4, 8, 16, 32, 60, 60]
    for _ in range(10_000):  # never gives up, never overflows
        assert 30 <= low.next_delay() <= 60
    low.reset()
    assert low.next_delay() == 1
    with pytest.raises(ValueError):
        Backoff(base=0)


def test_the_scheduler_retries_failures_until_success_and_runs_on_trigger() -> None:
    outcomes = iter([False, False, True, True])
    done = threading.Event()
    calls: list[bool] = []

    def job(cancel: threading.Event) -> bool:
        ok = next(outcomes)
        calls.append(ok)
        if len(calls) == 3:
            done.set()
        return ok

    sched = Scheduler(job, interval=3600, backoff=Backoff(base=0.01, cap=0.02))
    sched.start()
    try:
        assert done.wait(30)
        wait_until(lambda: sched.next_delay is not None and sched.next_delay >= 1, 30,
                   what="the scheduler to wait out its interval")
        sched.trigger()  # after a success it would wait an hour: trigger runs it now
        wait_until(lambda: len(calls) >= 4, 30, what="the triggered run")
    finally:
        sched.stop()
    assert calls == [False, False, True, True]
    assert sched.backoff.failures == 0


def test_cancel_reaches_the_running_job() -> None:
    started, seen = threading.Event(), threading.Event()

    def job(cancel: threading.Event) -> bool:
        started.set()
        if cancel.wait(30):
            seen.set()
        return True

    sched = Scheduler(job, interval=3600)
    sched.start()
    assert started.wait(30)
    sched.cancel()
    assert seen.wait(30)
    sched.stop()
    assert not sched.running



def test_after_a_success_the_caller_may_ask_for_the_next_run_sooner() -> None:
    soon = iter([0.01, 0.01, 3600.0])
    calls: list[int] = []

    def job(cancel: threading.Event) -> bool:
        calls.append(len(calls))
        return True

    sched = Scheduler(job, interval=3600, next_interval=lambda: next(soon))
    sched.start()
    try:
        wait_until(lambda: sched.next_delay == 3600.0, 30, what="the full interval again")
    finally:
        sched.stop()
    assert calls == [0, 1, 2]  # two quick runs, then the interval
