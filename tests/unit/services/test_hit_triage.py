"""Triage of a watchlist hit: each refusal carries its code (worded by the app and the
command line), and nothing is recorded when one is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from checkpoint.domain.inspection import Inspection
from checkpoint.errors import Code, ConflictError, UsageError
from checkpoint.formats.ftm import parse_lines
from checkpoint.services import hits, inspections, screening
from checkpoint.services.session import Session, login
from tests.conftest import SUPERVISOR, SUPERVISOR_PASSWORD
from tests.unit.screening.conftest import LIST, SAMPLE


@pytest.fixture
def hit_id(workstation: Path, inspector: Session, complete_draft: Inspection) -> str:
    with SAMPLE.open(encoding="utf-8") as f, \
            login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as chief:
        screening.replace_list(chief, LIST, 1, parse_lines(f, LIST).alerts,
                               pulled_at="2026-12-01T08:00:00.000Z")
    insp = inspections.finalize(inspector, complete_draft)
    found = hits.hits_of(inspector, insp.id)
    assert found, "the example inspection's container is on the sample list"
    return found[0][0]


def test_triage_refusals_carry_codes_and_record_nothing(inspector: Session, hit_id: str,
                                                        complete_draft: Inspection) -> None:
    with pytest.raises(UsageError) as unknown:
        hits.triage(inspector, hit_id, "maybe")
    assert unknown.value.code == Code.HIT_TRIAGE
    assert "false_positive" in str(unknown.value.params["choices"])
    with pytest.raises(UsageError) as no_reason:
        hits.triage(inspector, hit_id, "false_positive", reason="  ")
    assert no_reason.value.code == Code.HIT_NEEDS_REASON
    with pytest.raises(UsageError) as not_a_hit:
        hits.triage(inspector, complete_draft.id, "confirmed")
    assert not_a_hit.value.code == Code.HIT_NOT_A_HIT
    assert not_a_hit.value.params == {"value": complete_draft.id}
    assert hits.hits_of(inspector, complete_draft.id)[0][1]["triage"] == "pending"

    hits.triage(inspector, hit_id, "possible", action_taken="sent to secondary")
    with pytest.raises(ConflictError) as again:  # the old version, triaged meanwhile
        hits.triage(inspector, hit_id, "confirmed")
    assert again.value.code == Code.HIT_TRIAGED
    assert hits.hits_of(inspector, complete_draft.id)[0][1]["triage"] == "possible"
