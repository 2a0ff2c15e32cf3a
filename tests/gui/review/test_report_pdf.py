"""The signed shift report PDF made by the command line (Qt's writer, offscreen): valid as
written; one byte of its text or two swapped pages make `report verify` fail and say why."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from checkpoint.domain.ids import utc_now
from checkpoint.services import shifts
from checkpoint.services.session import login
from tests.conftest import INSPECTOR, SUPERVISOR, SUPERVISOR_PASSWORD
from tests.e2e.helpers import record_inspections
from tests.helpers import run_cli

pytestmark = pytest.mark.timeout(180)
SUP = SUPERVISOR_PASSWORD + "\n"


@pytest.fixture
def report_file(  # the test's QApplication first: the command would start a QGuiApplication
        qapp: object, workstation: Path, tmp_path: Path) -> Path:
    with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        shift = shifts.open_shift(s, officers=[INSPECTOR], lanes=["1"], checkpoint="UA-PL-01")
        record_inspections(s, 40, shift_id=shift.shift_id, created_at=utc_now())
        shifts.close_shift(s, note="Тихо, без пригод.", open_items=["Сканер на смузі 2"])
    out = tmp_path / "звіт.pdf"
    code, stdout, err = run_cli(["report", "shift", "--out", str(out), "--language", "uk",
                                 "--as", SUPERVISOR, "--password-stdin"], SUP, workstation)
    assert code == 0, err
    assert re.search(r"verification code [A-Z2-7]{4}(-[A-Z2-7]{4}){3}", stdout)
    return out


def test_the_report_verifies_as_written(report_file: Path, workstation: Path) -> None:
    data = report_file.read_bytes()
    assert data.startswith(b"%PDF-") and int(re.findall(rb"/Count (\d+)", data)[-1]) >= 2
    code, out, _ = run_cli(["report", "verify", str(report_file), "--as", SUPERVISOR,
                            "--password-stdin"], SUP, workstation)
    assert code == 0 and "valid: signed by workstation" in out


def test_one_byte_edited_or_pages_swapped_fail_with_the_reason(report_file: Path,
                                                               tmp_path: Path) -> None:
    data = report_file.read_bytes()
    at = data.index(b"/Creator")
    edited = bytearray(data)
    edited[at + 12] ^= 0x20  # one letter of the document's text
    (tmp_path / "edited.pdf").write_bytes(bytes(edited))
    kids = re.search(rb"/Kids \n\[\n(\d+ 0 R)\n(\d+ 0 R)\n", data)
    assert kids is not None
    swapped = data[:kids.start(1)] + kids.group(2) + b"\n" + kids.group(1) + data[kids.end(2):]
    assert len(swapped) == len(data) and swapped != data
    (tmp_path / "swapped.pdf").write_bytes(swapped)
    for name in ("edited.pdf", "swapped.pdf"):
        code, out, _ = run_cli(["report", "verify", str(tmp_path / name)])
        assert code == 1
        assert "changed after it was signed" in out
