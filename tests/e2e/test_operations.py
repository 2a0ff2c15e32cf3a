"""A joint operation end to end: published at HQ, pulled by the post, acknowledged,
inspections matched and linked, the post's report at HQ."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checkpoint.errors import PermissionDeniedError, UsageError
from checkpoint.services import operations
from checkpoint.services.session import login
from checkpoint.services.sync import SyncEngine
from hq.cli import main as hq_main
from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD, SUPERVISOR, SUPERVISOR_PASSWORD
from tests.e2e.conftest import POST, Hq
from tests.e2e.helpers import record_inspections
from tests.helpers import run_cli

TARGETS = [
    {"id": "courier", "kind": "person", "value": "Шевчук Андрій", "action": "do_not_intercept",
     "note": "Controlled delivery: let pass, report route and companions."},
    {"id": "truck", "kind": "vehicle", "value": "XX 9999 XX", "action": "intercept"},
]


def test_operation_published_acknowledged_linked_and_reported(
        enrolled: Path, hq: Hq, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    instructions = tmp_path / "instructions.txt"
    instructions.write_text("Operation Amber: report every crossing of the targets.",
                            encoding="utf-8")
    targets = tmp_path / "targets.json"
    targets.write_text(json.dumps(TARGETS, ensure_ascii=False), encoding="utf-8")
    folder = str(hq.config.folder)
    assert hq_main(["--dir", folder, "publish-operation", "--title", "Amber", "--from",
                    "2020-01-01", "--to", "2099-12-31", "--posts", f"{POST},UA-RO-02",
                    "--instructions", str(instructions), "--targets", str(targets),
                    "--reporting", "route,companions"]) == 0
    assert "controlled delivery" in capsys.readouterr().out

    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        SyncEngine.for_session(s).sync_now()
        pending = operations.pending(s)
        assert [p.notice.title for p in pending] == ["Amber"]
        notice = pending[0].notice
        assert notice.controlled_delivery
    with login(enrolled, INSPECTOR, INSPECTOR_PASSWORD) as s:
        with pytest.raises(PermissionDeniedError):
            operations.acknowledge(s, notice.id)
        inspection_id = record_inspections(s, 1)[0]  # the example: SHEVCHUK ANDRII
        doc = operations.records.get(s, inspection_id, audit=False).document
        found = operations.match_inspection(s, doc)
        assert [m.notice.id for m in found] == [notice.id]
        assert found[0].do_not_intercept
        assert [t.id for t in found[0].targets] == ["courier"]
        with pytest.raises(UsageError, match="companions"):
            operations.link(s, notice.id, inspection_id, {"route": "Lviv - Warsaw"})
        operations.link(s, notice.id, inspection_id,
                        {"route": "Lviv - Warsaw", "companions": "none"})
    sup = SUPERVISOR_PASSWORD + "\n"
    code, out, err = run_cli(["operation", "list", "--as", SUPERVISOR, "--password-stdin"],
                             sup, enrolled)
    assert code == 0 and "NOT ACKNOWLEDGED" in out and "DO NOT INTERCEPT" in out, err
    code, _, err = run_cli(["operation", "acknowledge", notice.id[:13], "--as", SUPERVISOR,
                            "--password-stdin"], sup, enrolled)
    assert code == 0, err
    code, out, err = run_cli(["operation", "report", notice.id, "--remarks",
                              "One crossing, let pass as instructed.", "--as", SUPERVISOR,
                              "--password-stdin"], sup, enrolled)
    assert code == 0 and "1 linked inspection(s)" in out, err
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        assert operations.pending(s) == []
        SyncEngine.for_session(s).sync_now()

    assert hq_main(["--dir", folder, "operations"]) == 0
    assert "acknowledged 1, reported 1" in capsys.readouterr().out
    assert hq_main(["--dir", folder, "operation", notice.id[:13]]) == 0
    out = capsys.readouterr().out
    assert f"post {POST}: acknowledged" in out and "1 linked inspection(s)" in out
    assert "One crossing, let pass as instructed." in out
    assert "post UA-RO-02: not acknowledged" in out


def test_bad_targets_are_refused_at_hq(hq: Hq, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "i.txt").write_text("x", encoding="utf-8")
    (tmp_path / "t.json").write_text('[{"kind": "spaceship", "value": "x"}]', encoding="utf-8")
    code = hq_main(["--dir", str(hq.config.folder), "publish-operation", "--title", "T",
                    "--from", "2026-01-01", "--to", "2026-01-02", "--posts", POST,
                    "--instructions", str(tmp_path / "i.txt"), "--targets",
                    str(tmp_path / "t.json")])
    assert code == 1
    assert "targets[0].kind must be one of person, document" in capsys.readouterr().err
