"""`checkpoint hit list` and `checkpoint hit triage` from the command line."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from checkpoint.domain.inspection import Inspection, Status
from checkpoint.formats import load_example
from checkpoint.formats.ftm import parse_lines
from checkpoint.services import inspections, screening
from checkpoint.services.session import login
from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD, SUPERVISOR, SUPERVISOR_PASSWORD
from tests.helpers import run_cli
from tests.unit.screening.conftest import LIST, SAMPLE

PW = INSPECTOR_PASSWORD + "\n"


def _finalized_with_a_hit(home: Path) -> str:
    with SAMPLE.open(encoding="utf-8") as f, login(home, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        screening.replace_list(s, LIST, 1, parse_lines(f, LIST).alerts,
                               pulled_at="2026-12-01T08:00:00.000Z")
    with login(home, INSPECTOR, INSPECTOR_PASSWORD) as s:
        draft = inspections.start(s)
        example = Inspection.from_document(load_example("inspection"))
        return inspections.finalize(s, replace(
            example, id=draft.id, status=Status.DRAFT, created_at=draft.created_at,
            updated_at=draft.updated_at, device_id=draft.device_id, author=draft.author,
            finalized_at=None)).id


def test_list_and_triage_a_hit(workstation: Path) -> None:
    insp = _finalized_with_a_hit(workstation)
    code, out, err = run_cli(["hit", "list", insp, "--as", INSPECTOR, "--password-stdin"],
                             PW, workstation)
    assert code == 0 and " pending: " in out and f"list {LIST}" in out, err
    assert "provisional: the owning authority has not been asked yet" in out
    hit_id = out.split()[0]
    code, _, err = run_cli(["hit", "triage", hit_id, "false_positive", "--as", INSPECTOR,
                            "--password-stdin"], PW, workstation)
    assert code == 2 and "needs a reason (--reason)" in err
    code, out, err = run_cli(["hit", "triage", hit_id, "false_positive", "--reason",
                              "born 1962, not 1979", "--as", INSPECTOR, "--password-stdin"],
                             PW, workstation)
    assert code == 0 and "triaged as false_positive" in out, err
    code, _, err = run_cli(["hit", "triage", hit_id, "confirmed", "--as", INSPECTOR,
                            "--password-stdin"], PW, workstation)
    assert code == 1 and "already triaged" in err
    code, out, _ = run_cli(["hit", "list", insp, "--as", INSPECTOR, "--password-stdin"],
                           PW, workstation)
    assert "false_positive" in out and f"by {INSPECTOR}: born 1962, not 1979" in out
    assert "dismissed: no confirmation asked" in out
