"""The agency's answer reaches the post within seconds with the default schedule's
shape: while a referral awaits an answer and the link is up, the background sync runs
a quiet status pull between its full runs (here every 0.3 s instead of 5 s; the full
period stays an hour, so only the pull can bring the answer)."""

from __future__ import annotations

from pathlib import Path

from checkpoint.domain.cases.referral import ReferralStatus
from checkpoint.services.cases import referrals
from checkpoint.services.session import login
from checkpoint.services.sync import BackgroundSync, SyncEngine
from tests.conftest import SUPERVISOR, SUPERVISOR_PASSWORD
from tests.e2e.cases_helpers import add_agency, approved_referral, sync
from tests.e2e.conftest import Hq
from tests.helpers import wait_until


def test_an_answer_awaited_is_pulled_between_full_runs(
        enrolled: Path, hq: Hq, tmp_path: Path) -> None:
    agency = add_agency(hq, tmp_path)
    sync(enrolled)
    _, ref_id = approved_referral(enrolled)
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        background = BackgroundSync(SyncEngine.for_session(s), interval=3600,
                                    answer_interval=0.3)
        background.start()
        try:
            wait_until(lambda: background.runs >= 1, 30)  # the full run sends the referral
            assert background.last_error is None and background.awaiting == 1
            assert background.scheduler.next_delay is not None
            assert background.scheduler.next_delay <= 0.3
            wait_until(lambda: background.status_pulls >= 2, 30)  # pulls while it waits
            agency.received(ref_id)
            agency.accept(ref_id, "NPU-7")
            wait_until(lambda: background.awaiting == 0, 30)
            # one full run, the rest status pulls; then the full period again
            wait_until(lambda: background.runs == background.status_pulls + 1, 10)
            assert background.scheduler.next_delay == 3600
            with hq.tx() as tx:  # the pull journaled the answer; its push took it to HQ
                pushed = tx.one("SELECT max(seq) FROM entries WHERE device_id = ?",
                                (s.device_id,))
            assert pushed is not None and pushed[0] == s.journal.head()[0]
            status = referrals.status(s, ref_id)
            assert status.status is ReferralStatus.ACCEPTED and status.agency_reference == "NPU-7"
        finally:
            background.stop()


def test_nothing_awaited_means_no_status_pulls(enrolled: Path, hq: Hq) -> None:
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        background = BackgroundSync(SyncEngine.for_session(s), interval=3600,
                                    answer_interval=0.05)
        background.start()
        try:
            wait_until(lambda: background.runs >= 1, 30)
            assert background.awaiting == 0 and background.status_pulls == 0
            assert background.scheduler.next_delay == 3600  # the full period, no pull
        finally:
            background.stop()
