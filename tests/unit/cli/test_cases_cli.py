"""The case, referral, print and verify-print commands, as an officer uses them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from checkpoint.domain.inspection import Inspection
from checkpoint.formats import load_example
from checkpoint.services import inspections
from checkpoint.services.session import login
from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD, SUPERVISOR, SUPERVISOR_PASSWORD
from tests.helpers import run_cli, run_cli_process

INS = INSPECTOR_PASSWORD + "\n"
SUP = SUPERVISOR_PASSWORD + "\n"


def _as(name: str) -> list[str]:
    return ["--as", name, "--password-stdin"]


@pytest.fixture
def inspection(workstation: Path) -> Inspection:
    from dataclasses import replace

    from checkpoint.domain.inspection import Status

    with login(workstation, INSPECTOR, INSPECTOR_PASSWORD) as s:
        draft = inspections.start(s)
        example = Inspection.from_document(load_example("inspection"))
        insp = replace(example, id=draft.id, status=Status.DRAFT, created_at=draft.created_at,
                       updated_at=draft.updated_at, device_id=draft.device_id,
                       author=draft.author, finalized_at=None)
        return inspections.finalize(s, insp)


def test_a_case_from_a_finding_to_approval_custody_and_a_printed_protocol(
        workstation: Path, inspection: Inspection, tmp_path: Path) -> None:
    home = workstation
    code, out, err = run_cli(["case", "open", "--inspection", inspection.id, "--finding",
                              inspection.findings[0].id, *_as(INSPECTOR)], INS, home)
    assert code == 0, err
    case_id = out.strip()
    code, _, err = run_cli(["case", "submit", case_id, *_as(INSPECTOR)], INS, home)
    assert code == 1 and "\n  kind: is missing." in err and "\n  legal_basis: is missing." in err
    code, _, err = run_cli(["case", "edit", case_id, "--kind", "administrative",
                            "--legal-basis", "UA-CC-483", *_as(INSPECTOR)], INS, home)
    assert code == 0, err
    assert run_cli(["case", "submit", case_id, *_as(INSPECTOR)], INS, home)[0] == 0
    code, _, err = run_cli(["case", "approve", case_id, *_as(INSPECTOR)], INS, home)
    assert code == 1 and "Only a supervisor" in err
    code, out, err = run_cli(["case", "approve", case_id, *_as(SUPERVISOR)], SUP, home)
    assert code == 0 and "approved by chief" in out, err

    code, out, _ = run_cli(["case", "show", case_id, *_as(INSPECTOR)], INS, home)
    item = re.search(r"^item (\S+):", out, re.M).group(1)  # type: ignore[union-attr]
    code, _, err = run_cli(["case", "handover", case_id, item, "--from", "somebody", "--to",
                            "store", *_as(INSPECTOR)], INS, home)
    assert code == 1 and "does not hold the item" in err
    code, out, err = run_cli(["case", "handover", case_id, item, "--from", INSPECTOR, "--to",
                              "evidence store", *_as(INSPECTOR)], INS, home)
    assert code == 0 and "custody entry 1" in out, err

    pdf = tmp_path / "protocol.pdf"
    done = run_cli_process(["print", "case", case_id, "--out", str(pdf), *_as(INSPECTOR)], INS,
                           home)
    assert done.returncode == 0, done.stderr
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and case_id.encode() in data
    code_on_page = re.search(r"verification code (\S+)", done.stdout).group(1)  # type: ignore[union-attr]
    code, out, err = run_cli(["verify-print", str(pdf), *_as(SUPERVISOR)], SUP, home)
    assert code == 0 and out.startswith("matches") and code_on_page in out, err

    altered = tmp_path / "altered.pdf"
    altered.write_bytes(data.replace(b"/Creator", b"/Creatox", 1))
    code, out, _ = run_cli(["verify-print", str(altered), *_as(SUPERVISOR)], SUP, home)
    assert code == 1 and "altered after printing" in out
    with login(home, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        actions = [r[0] for r in s.database.query(
            "SELECT action FROM journal WHERE subject = ? ORDER BY seq", (f"offence:{case_id}",))]
    assert actions[-4:] == ["offence.view", "offence.print", "print.verify", "print.verify"]


def test_a_referral_from_the_command_line_and_the_overdue_list(
        workstation: Path, inspection: Inspection) -> None:
    home = workstation
    code, out, err = run_cli(["referral", "fiu", inspection.id, *_as(INSPECTOR)], INS, home)
    assert code == 2 and "suspicious" in err
    code, out, err = run_cli(["referral", "fiu", inspection.id, "--suspicious", "--agency",
                              "UA-FIU", *_as(INSPECTOR)], INS, home)
    assert code == 0, err
    ref_id = out.strip()
    assert run_cli(["referral", "submit", ref_id, *_as(INSPECTOR)], INS, home)[0] == 0
    code, out, err = run_cli(["referral", "approve", ref_id, *_as(SUPERVISOR)], SUP, home)
    assert code == 0, err
    code, out, _ = run_cli(["referral", "show", ref_id, *_as(INSPECTOR)], INS, home)
    assert "to UA-FIU (fiu)" in out and "approved" in out
    code, out, _ = run_cli(["referral", "list", "--overdue", *_as(INSPECTOR)], INS, home)
    assert code == 0 and out == ""
