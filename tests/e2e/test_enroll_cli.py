"""Enrollment and the command lines of both sides, as a person runs them."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from checkpoint.errors import ConflictError, EnrollmentError, PermissionDeniedError
from checkpoint.services.session import login
from checkpoint.services.sync import enrollment
from hq.cli import main as hq_main
from tests.conftest import (
    INSPECTOR,
    INSPECTOR_PASSWORD,
    SUPERVISOR,
    SUPERVISOR_PASSWORD,
)
from tests.e2e.conftest import Hq
from tests.e2e.helpers import device_id, record_inspections
from tests.helpers import run_cli

ROOT = Path(__file__).resolve().parents[2]


def _enroll(home: Path, hq: Hq, code: str) -> enrollment.Enrolled:
    with login(home, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        return enrollment.enroll(s, hq.url, code, hq.config.ca_cert.read_bytes())


def test_a_used_an_expired_and_an_unknown_code_are_refused_clearly(
        workstation: Path, hq: Hq, tmp_path: Path) -> None:
    from checkpoint.services import workstation as ws

    code = hq.code()
    done = _enroll(workstation, hq, code)
    assert done.post == "UA-PL-01"
    other = tmp_path / "other"
    ws.init_workstation(other, SUPERVISOR, SUPERVISOR_PASSWORD)
    with pytest.raises(EnrollmentError, match="already used"):
        _enroll(other, hq, code)
    expired = hq.code(hours=-1)
    with pytest.raises(EnrollmentError, match="expired"):
        _enroll(other, hq, expired)
    with pytest.raises(EnrollmentError, match="does not know this enrollment code"):
        _enroll(other, hq, "AAAAA-BBBBB-CCCCC-DDDDD")
    with pytest.raises(ConflictError, match="already enrolled"):
        _enroll(workstation, hq, hq.code())
    assert hq.scalar("SELECT count(*) FROM devices") == 1


def test_only_a_supervisor_enrolls(workstation: Path, hq: Hq) -> None:
    with login(workstation, INSPECTOR, INSPECTOR_PASSWORD) as s, \
            pytest.raises(PermissionDeniedError):
        enrollment.enroll(s, hq.url, hq.code(), hq.config.ca_cert.read_bytes())


def test_the_cli_enrolls_syncs_shows_status_and_exports(workstation: Path, hq: Hq,
                                                        tmp_path: Path) -> None:
    pw = SUPERVISOR_PASSWORD + "\n"
    code, out, err = run_cli(["enroll", hq.url, "--code", hq.code().lower(), "--ca",
                              str(hq.config.ca_cert), "--as", SUPERVISOR, "--password-stdin"],
                             stdin=pw, home=workstation)
    assert code == 0, err
    assert "enrolled with HQ" in out
    code, out, _ = run_cli(["sync", "status", "--as", SUPERVISOR, "--password-stdin"],
                           stdin=pw, home=workstation)
    assert code == 0 and "state: offline" in out and "Not synchronised" in out
    with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        record_inspections(s, 4)
    code, out, err = run_cli(["sync", "now", "--as", SUPERVISOR, "--password-stdin"],
                             stdin=pw, home=workstation)
    assert code == 0, err
    assert "applied" in out and "received 0 items" in out
    code, out, _ = run_cli(["sync", "status", "--as", SUPERVISOR, "--password-stdin"],
                           stdin=pw, home=workstation)
    assert "state: up to date" in out and "not yet acknowledged by HQ: 0" in out
    assert "clock difference to HQ" in out
    bundle = tmp_path / "b.ckb"
    code, out, _ = run_cli(["sync", "export", str(bundle), "--as", SUPERVISOR,
                            "--password-stdin"], stdin=pw, home=workstation)
    assert code == 0 and bundle.exists() and "0 records" in out


def test_the_cli_reports_an_unreachable_hq_in_one_line(enrolled: Path, hq: Hq) -> None:
    hq.server.stop()
    code, _, err = run_cli(["sync", "now", "--as", SUPERVISOR, "--password-stdin"],
                           stdin=SUPERVISOR_PASSWORD + "\n", home=enrolled)
    assert code == 1 and err.count("\n") == 1 and "cannot be reached" in err


def test_the_hq_admin_commands(enrolled: Path, hq: Hq, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    folder = ["--dir", str(hq.config.folder)]
    device = device_id(enrolled)
    assert hq_main([*folder, "enroll-code", "--post", "UA-PL-02"]) == 0
    assert len(capsys.readouterr().out.strip()) == 23
    assert hq_main([*folder, "publish-operator", "olena", "--role", "supervisor",
                    "--workstation", device]) == 0
    assert "one-time initial password" in capsys.readouterr().out
    ref = tmp_path / "agencies.jsonl"
    ref.write_text('{"key": "POLICE"}\n{"key": "SBGS"}\n')
    assert hq_main([*folder, "publish-reference", "agencies", str(ref)]) == 0
    assert "2 agencies entries published" in capsys.readouterr().out
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        record_inspections(s, 2)
        from checkpoint.services.sync import SyncEngine

        report = SyncEngine.for_session(s).sync_now()
        assert report.accounts == 1 and report.pulled == 3
    assert hq_main([*folder, "workstations"]) == 0
    out = capsys.readouterr().out
    assert device in out and "UA-PL-01" in out
    assert hq_main([*folder, "show", device]) == 0
    out = capsys.readouterr().out
    assert "records: inspection 2" in out and "operator.add" in out
    assert hq_main([*folder, "publish-operator", "olena", "--revoke", "--workstation",
                    device]) == 0
    assert hq_main([*folder, "publish-operator", "x", "--role", "inspector",
                    "--workstation", "nope"]) == 1
    assert "No enrolled workstation" in capsys.readouterr().err
    assert hq_main([*folder, "compact"]) == 0
    assert hq_main([*folder, "alerts"]) == 0


def test_the_committed_openapi_document_is_the_servers(hq: Hq) -> None:
    import requests

    committed = json.loads((ROOT / "docs" / "openapi.json").read_text())
    assert committed == hq.app.openapi()
    served = requests.get(hq.url + "/openapi.json", verify=str(hq.config.ca_cert), timeout=10)
    assert served.json() == committed
    assert time.time() > 0
