"""How long can someone typing a colleague's name keep them out? (issue 8, item 8)

An "attacker" thread logs in as the colleague with wrong passwords as fast as the
program answers, for ``--seconds``, while the colleague is away (the wait is looked at
every half second without logging in, which would reset it). Printed: the attacker's
attempts (counted, refused during the wait), the longest wait at any moment, the wait
the colleague meets on coming back right after the last wrong attempt, and how long
after the attack they got in. Baseline in the same run: the same attack against the throttle
as it was before the fix (each attempt during the wait counted and restarted the wait,
doubling up to 300 s), simulated on the same attempt times.

usage: python bench/login_lockout.py [--seconds 60] [--dir DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import threading
import time
from pathlib import Path

from _util import emit

from checkpoint.errors import ThrottledError, WrongPasswordError
from checkpoint.services import accounts, workstation
from checkpoint.services.session import login, login_wait
from checkpoint.store import throttle

CHIEF, CHIEF_PW = "chief", "benchmark supervisor"
VICTIM, VICTIM_PW = "anna", "the victims password"


def old_throttle_wait(times: list[float], victim_times: list[float]) -> float:
    """The longest wait the victim would have been told under the old rule."""
    count, last, longest = 0, 0.0, 0.0
    events = sorted([(t, "a") for t in times] + [(t, "v") for t in victim_times])
    for t, who in events:
        delay = 0.0 if count < 3 else float(min(300.0, 2 ** (count - 3 + 1)))
        wait = max(0.0, last + delay - t)
        if who == "v":
            longest = max(longest, wait)
            if wait == 0:
                count = 0  # the colleague got in: the counter starts again
            continue
        count += 1  # the old rule counted every attempt, refused or not
        last = t
    return longest


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--dir", type=Path)
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp(dir=args.dir, prefix="lockout-"))
    home = base / "ws"
    try:
        workstation.init_workstation(home, CHIEF, CHIEF_PW)
        with login(home, CHIEF, CHIEF_PW) as s:
            accounts.add_operator(s, VICTIM, "inspector", VICTIM_PW)
        stop = threading.Event()
        counted, refused, attempt_times = 0, 0, []

        def attack() -> None:
            nonlocal counted, refused
            while not stop.is_set():
                attempt_times.append(time.monotonic())
                try:
                    login(home, VICTIM, "a wrong password").close()
                except WrongPasswordError:
                    counted += 1
                except ThrottledError:
                    refused += 1
                    time.sleep(0.05)  # an attacker pressing Enter 20 times a second

        start = time.monotonic()
        attacker = threading.Thread(target=attack)
        attacker.start()
        longest = 0.0
        while time.monotonic() - start < args.seconds:  # the colleague is away: look only
            longest = max(longest, login_wait(home, VICTIM))
            time.sleep(0.5)
        stop.set()
        attacker.join()
        ended = time.monotonic()
        told = login_wait(home, VICTIM)
        while True:  # the colleague comes back right after the last wrong attempt
            try:
                login(home, VICTIM, VICTIM_PW).close()
                break
            except ThrottledError as e:
                time.sleep(min(e.retry_after, 0.5))
        emit({
            "bench": "login_lockout",
            "attack_seconds": args.seconds,
            "kdf": os.environ.get("CHECKPOINT_KDF_CALIBRATION", "calibrated"),
            "attempts_counted": counted,
            "attempts_refused_during_wait": refused,
            "longest_wait_during_attack_s": round(longest, 1),
            "wait_when_colleague_returns_s": round(told, 1),
            "colleague_in_after_attack_s": round(time.monotonic() - ended, 1),
            "max_delay_s": throttle.MAX_DELAY,
            "baseline_old_rule_longest_wait_s": round(
                old_throttle_wait(attempt_times, [ended]), 1),
        })
    finally:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
