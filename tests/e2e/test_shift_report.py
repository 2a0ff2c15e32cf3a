"""A signed shift report made at the post, synced, and verified at HQ with the enrolled key."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from checkpoint.gui.review.report_pdf import render
from checkpoint.services import accounts, shifts
from checkpoint.services.session import login
from checkpoint.services.shifts import report
from checkpoint.services.sync import SyncEngine
from hq.cli import main as hq_main
from tests.conftest import SUPERVISOR, SUPERVISOR_PASSWORD
from tests.e2e.conftest import Hq
from tests.e2e.helpers import record_inspections

RELIEF, RELIEF_PASSWORD = "relief", "relieving supervisor 1"


def _closed_shift_with_report(home: Path, out: Path) -> str:
    with login(home, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        accounts.add_operator(s, RELIEF, "supervisor", RELIEF_PASSWORD)
        shift = shifts.open_shift(s, officers=["anna"], lanes=["1"], checkpoint="UA-PL-01")
        record_inspections(s, 5, shift_id=shift.shift_id)
        shifts.close_shift(s, note="Lane 2 closed at 14:00.", open_items=["X-ray due"])
    with login(home, RELIEF, RELIEF_PASSWORD) as s:
        shifts.acknowledge_handover(s)
        made = report.make(s, render, language="uk")
        report.export(s, made, out)
        return made.report_id


def test_a_shift_report_goes_to_hq_and_verifies_there_with_the_enrolled_key(
        enrolled: Path, hq: Hq, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "shift.pdf"
    report_id = _closed_shift_with_report(enrolled, pdf)
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        SyncEngine.for_session(s).sync_now()
    with hq.tx() as tx:
        kinds = dict(tx.all("SELECT kind, count(*) FROM records GROUP BY kind"))
        attached = tx.one("SELECT count(*) FROM attachments WHERE record_id = ?", (report_id,))
    assert kinds == {"inspection": 5, "shift": 3, "shift_report": 1}
    assert attached[0] == 1

    code = hq_main(["--dir", str(hq.config.folder), "report", "verify", str(pdf)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "valid" in out and "HQ received this report" in out

    data = bytearray(pdf.read_bytes())
    at = data.index(b"/Title")  # one byte of the document's text
    data[at + 9] ^= 0x01
    edited = tmp_path / "edited.pdf"
    edited.write_bytes(bytes(data))
    code = hq_main(["--dir", str(hq.config.folder), "report", "verify", str(edited)])
    out = capsys.readouterr().out
    assert code == 1
    assert "changed after it was signed" in out


def test_hq_refuses_a_report_sealed_by_another_workstation_under_this_ones_id(
        enrolled: Path, hq: Hq, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from checkpoint.formats import report_seal

    pdf = tmp_path / "shift.pdf"
    _closed_shift_with_report(enrolled, pdf)
    signed, seal = report_seal.read_seal(pdf.read_bytes())  # type: ignore[misc]
    forger = Ed25519PrivateKey.generate()
    forged = report_seal.seal(signed, forger, report_id=seal["report_id"],
                              device_id=seal["device_id"], content={"forged": True},
                              content_signature=seal["content_signature"])
    (tmp_path / "forged.pdf").write_bytes(forged)
    code = hq_main(["--dir", str(hq.config.folder), "report", "verify",
                    str(tmp_path / "forged.pdf")])
    out = capsys.readouterr().out
    assert code == 1
    assert "not signed by the key of workstation" in out
