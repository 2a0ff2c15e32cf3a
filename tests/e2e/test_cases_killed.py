"""SIGKILL during approvals and during a status pull loses nothing and duplicates nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from checkpoint.domain.cases.offence import CaseKind
from checkpoint.domain.cases.referral import ReferralStatus
from checkpoint.services import audit, inspections
from checkpoint.services.cases import offences, referrals
from checkpoint.services.session import login
from checkpoint.services.sync import SyncEngine
from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD, SUPERVISOR, SUPERVISOR_PASSWORD
from tests.e2e.cases_helpers import add_agency, approved_referral, sync
from tests.e2e.conftest import Hq
from tests.e2e.test_client_killed import _kill_when, _sync_process

ROOT = Path(__file__).resolve().parents[2]
CASES = 40


def _submitted_cases(home: Path, count: int) -> list[str]:
    from checkpoint.domain.inspection import Inspection, Status
    from checkpoint.formats import load_example

    ids = []
    with login(home, INSPECTOR, INSPECTOR_PASSWORD) as s:
        draft = inspections.start(s)
        example = Inspection.from_document(load_example("inspection"))
        insp = inspections.finalize(s, replace(
            example, id=draft.id, status=Status.DRAFT, created_at=draft.created_at,
            updated_at=draft.updated_at, device_id=draft.device_id, author=draft.author,
            finalized_at=None))
        for _ in range(count):
            case = offences.open_from_finding(s, insp.id, insp.findings[0].id)
            case = offences.save_draft(s, replace(case, kind=CaseKind.ADMINISTRATIVE,
                                                  legal_basis="UA-CC-483"))
            ids.append(offences.submit(s, case).id)
    return ids


@pytest.mark.slow
def test_a_kill_during_approvals_leaves_each_case_approved_once_or_waiting(
        enrolled: Path, hq: Hq) -> None:
    ids = _submitted_cases(enrolled, CASES)
    proc = subprocess.Popen([sys.executable, "-m", "tests.e2e.approve_all", str(enrolled)],
                            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(SUPERVISOR_PASSWORD + "\n")
    proc.stdin.close()
    for _ in range(3):
        assert proc.stdout.readline().strip() in ids
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        audit.verify_journal(s)  # the chain is whole
        rows = dict(s.database.query("SELECT id, status FROM records WHERE kind = 'offence'"))
        approvals = [r[0] for r in s.database.query(
            "SELECT subject FROM journal WHERE action = 'offence.approve'")]
        done = sorted(i for i in ids if rows[i] == "approved")
        assert 3 <= len(done) < CASES  # killed in the middle
        assert sorted(a.split(":")[1] for a in approvals) == done  # one entry per approval
        for case in offences.waiting(s):
            offences.approve(s, case.id, offences.digest(case))
        assert offences.waiting(s) == []
    report = sync(enrolled)
    assert report.rejected == 0
    assert hq.scalar("SELECT count(*) FROM records WHERE kind = 'offence'") == CASES
    assert hq.scalar("SELECT count(*) FROM records WHERE kind = 'offence' AND status = "
                     "'approved'") == CASES


@pytest.mark.slow
def test_a_kill_during_a_status_pull_resumes_and_the_answer_arrives_once(
        enrolled: Path, hq: Hq, tmp_path: Path) -> None:
    agency = add_agency(hq, tmp_path)
    sync(enrolled)
    _, ref_id = approved_referral(enrolled)
    sync(enrolled)
    page = SyncEngine.__init__.__kwdefaults__["page_limit"]
    hq.publish_reference("hs_tariff", [{"key": f"{i:06d}"} for i in range(2 * page)])
    agency.received(ref_id)
    agency.accept(ref_id, "NPU-77")  # published after the filler: on the last page
    hq.faults.add("/v1/pull", "delay_before", skip=1, seconds=2)  # hold the second page
    _kill_when(_sync_process(enrolled), hq, "/v1/pull")
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        assert referrals.status(s, ref_id).status is ReferralStatus.SENT  # not yet
        report = SyncEngine.for_session(s).sync_now()
        assert report.pulled < 2 * page + 2  # the first page was not pulled again
        seen = referrals.status(s, ref_id)
        assert seen.status is ReferralStatus.ACCEPTED and seen.agency_reference == "NPU-77"
        assert [e["status"] for e in seen.events] == ["sent", "received", "accepted"]
        assert s.database.query("SELECT count(*) FROM hq_items WHERE collection = "
                                "'referral_status'")[0][0] == 1
