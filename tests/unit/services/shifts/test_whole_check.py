"""The whole journal verified a slice at a time finds what the one-go check finds."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from checkpoint.domain.ids import utc_now
from checkpoint.errors import Code, PermissionDeniedError
from checkpoint.services.session import Session
from checkpoint.services.shifts import whole_check
from checkpoint.services.shifts.whole_check import Walk
from tests.conftest import INSPECTOR, SUPERVISOR
from tests.e2e.helpers import record_inspections

AsUser = Callable[[str], Session]


def _walk(s: Session, limit: int) -> tuple[Walk, list[int]]:
    walk, seen = whole_check.start(s), []
    while walk.result is None:
        walk = whole_check.step(s, walk, limit)
        seen.append(walk.checked)
    return walk, seen


def _audits(s: Session) -> list[dict[str, object]]:
    return [e.payload_dict() for e in s.journal.entries() if e.action == "audit.verify"]


def test_slices_check_every_entry_and_say_how_far_they_came(as_user: AsUser) -> None:
    chief = as_user(SUPERVISOR)
    record_inspections(chief, 60, created_at=utc_now())  # signed checkpoints on the way
    head = chief.journal.head()[0]
    walk, seen = _walk(chief, 25)
    assert walk.result is not None and walk.result.intact
    assert walk.result.entries == head == walk.checked and walk.result.scope == "whole"
    assert seen[:-1] == list(range(25, head, 25))  # progress after each slice
    assert _audits(chief)[-1] == {"intact": True, "entries": head, "scope": "whole"}


@pytest.mark.parametrize("where", ["first", "middle", "last"])
def test_an_edited_entry_is_found_in_any_slice(as_user: AsUser, where: str) -> None:
    chief = as_user(SUPERVISOR)
    record_inspections(chief, 60, created_at=utc_now())
    head = chief.journal.head()[0]
    seq = {"first": 3, "middle": head // 2, "last": head}[where]
    with chief.write() as conn:
        conn.execute("UPDATE journal SET actor = 'nobody' WHERE seq = ?", (seq,))
    walk, _ = _walk(chief, 20)
    assert walk.result is not None and not walk.result.intact
    assert walk.result.first_bad == seq
    assert _audits(chief)[-1]["first_bad"] == seq


def test_a_truncated_journal_and_a_forged_checkpoint_fail(as_user: AsUser) -> None:
    chief = as_user(SUPERVISOR)
    record_inspections(chief, 60, created_at=utc_now())
    with chief.write() as conn:
        checkpoints = [int(r[0]) for r in conn.execute("SELECT seq FROM journal_checkpoints")]
        conn.execute("UPDATE journal_checkpoints SET signature = zeroblob(64) WHERE seq = ?",
                     (checkpoints[0],))
    walk, _ = _walk(chief, 20)
    assert walk.result is not None and walk.result.first_bad == checkpoints[0]
    assert "not signed" in walk.result.message
    with chief.write() as conn:
        conn.execute("DELETE FROM journal_checkpoints WHERE seq = ?", (checkpoints[0],))
        last = checkpoints[-1]
        conn.execute("DELETE FROM journal WHERE seq >= ?", (last - 3,))  # cut off the end
    walk, _ = _walk(chief, 20)
    assert walk.result is not None and walk.result.first_bad == last - 3
    assert "truncated" in walk.result.message


def test_a_cancelled_check_is_journaled_and_inspectors_may_not_start(as_user: AsUser) -> None:
    chief = as_user(SUPERVISOR)
    record_inspections(chief, 30, created_at=utc_now())
    walk = whole_check.step(chief, whole_check.start(chief), 10)
    assert walk.result is None and walk.checked == 10
    whole_check.cancel(chief, walk)
    assert _audits(chief)[-1] == {"cancelled": True, "entries": 10, "scope": "whole"}
    with pytest.raises(PermissionDeniedError) as refused:
        whole_check.start(as_user(INSPECTOR))
    assert refused.value.code == Code.ROLE_REQUIRED
