"""Issue 9, item 4: imported records on the wire. The importing workstation vouches for
the import (the record travels with its ``inspection.import`` entry); the record keeps
its origin as a claim; HQ stores it as imported, received from the pusher, and refuses
a record that names another workstation outside an import. Real HQ over TLS; SQLite and
PostgreSQL."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from checkpoint.errors import Code, ValidationError
from checkpoint.services import demo, exchange, workstation
from checkpoint.services.session import login
from checkpoint.services.sync import SyncEngine
from tests.conftest import SUPERVISOR, SUPERVISOR_PASSWORD
from tests.e2e.conftest import Hq
from tests.e2e.helpers import device_id, sync
from tests.e2e.raw_client import RawDevice


def _other_post(tmp_path: Path, records: int) -> tuple[str, str]:
    """A workstation that is not enrolled (another system, or a post offline for good):
    its id and the export of its ``records`` finalized inspections."""
    home = tmp_path / "other-post"
    workstation.init_workstation(home, SUPERVISOR, SUPERVISOR_PASSWORD)
    with login(home, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        demo.fill(s, records, seed=7)
        out = io.StringIO()
        exchange.export(s, out)
        return s.device_id, out.getvalue()


def _import(home: Path, tmp_path: Path, text: str) -> int:
    path = tmp_path / "import.jsonl"
    path.write_text(text, encoding="utf-8")
    with login(home, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        return exchange.import_file(s, path).imported


def test_imported_records_reach_hq_as_imported(enrolled: Path, hq: Hq, tmp_path: Path) -> None:
    """The issue's case: 47,500 of 47,502 imported records were quarantined for good
    ("names another workstation")."""
    origin, text = _other_post(tmp_path, 5)
    assert _import(enrolled, tmp_path, text) == 5
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        demo.fill(s, 2, seed=8)  # and two of its own
    report = sync(enrolled)
    assert report.rejected == 0
    me = device_id(enrolled)
    with hq.tx() as tx:
        rows = tx.all("SELECT device_id, origin_device_id, count(*) FROM records GROUP BY "
                      "device_id, origin_device_id ORDER BY origin_device_id")
        authors = {r[0] for r in tx.all("SELECT author FROM records WHERE origin_device_id "
                                        "IS NOT NULL")}
    # received from the importer; the origin kept as a claim; its own told apart
    assert sorted(rows, key=str) == sorted([(me, origin, 5), (me, None, 2)], key=str)
    assert authors == {SUPERVISOR}  # the author of the other post, as claimed
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        assert [q for q in SyncEngine.for_session(s).quarantined()] == []


def test_a_file_claiming_the_importer_as_origin_is_refused(enrolled: Path,
                                                           tmp_path: Path) -> None:
    """The issue's forgery: a file naming the importing workstation as origin, with any
    author, was taken as that workstation's own."""
    _, text = _other_post(tmp_path, 2)
    me = device_id(enrolled)
    forged = [json.loads(line) for line in text.splitlines()]
    for doc in forged:
        doc["device_id"], doc["author"] = me, "someone"
    with pytest.raises(ValidationError) as e:
        _import(enrolled, tmp_path, "\n".join(json.dumps(d) for d in forged))
    assert {(p.path, p.code) for p in e.value.problems} == {("device_id",
                                                            Code.IMPORT_OWN_ORIGIN)}


def test_a_record_of_its_own_exported_and_imported_again_is_already_present(
        enrolled: Path, tmp_path: Path) -> None:
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        demo.fill(s, 2, seed=9)
        out = io.StringIO()
        exchange.export(s, out)
    path = tmp_path / "again.jsonl"
    path.write_text(out.getvalue(), encoding="utf-8")
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        report = exchange.import_file(s, path)
    assert (report.imported, report.already_present) == (0, 2)


def _record_of(device: RawDevice, origin: str) -> dict[str, object]:
    return device.record({"schema": "inspection.v1", "n": 1}, device_id=origin)


@pytest.fixture
def pusher(hq: Hq) -> RawDevice:
    device = RawDevice(hq.url, str(hq.config.ca_cert))
    assert device.enroll(hq.code()).status == 200
    return device


def test_hq_refuses_another_workstations_record_outside_an_import(pusher: RawDevice,
                                                                   hq: Hq) -> None:
    other = RawDevice(hq.url, str(hq.config.ca_cert)).device
    items = [pusher.entry(_record_of(pusher, other)),  # a finalize naming another: refused
             pusher.entry(_record_of(pusher, other), action="inspection.import"),  # imported
             pusher.entry(_record_of(pusher, pusher.device), action="inspection.import"),
             pusher.entry(_record_of(pusher, "not an id"), action="inspection.import"),
             pusher.entry(_record_of(pusher, pusher.device))]  # its own
    answer = pusher.push(items)
    assert answer.status == 200, answer.body
    results = [(r["status"], r.get("reason", "")) for r in answer.body["results"]]
    assert [status for status, _ in results] == ["rejected", "applied", "rejected", "rejected",
                                                 "applied"]
    assert "was not imported" in results[0][1]
    assert "importing workstation as its origin" in results[2][1]
    with hq.tx() as tx:
        stored = tx.all("SELECT device_id, origin_device_id FROM records ORDER BY seq")
    assert stored == [(pusher.device, other), (pusher.device, None)]


def test_the_origin_pushing_its_own_record_makes_it_its_own_at_hq(pusher: RawDevice,
                                                                  hq: Hq) -> None:
    """An import can reach HQ before the original: the origin's push confirms it."""
    origin = RawDevice(hq.url, str(hq.config.ca_cert))
    assert origin.enroll(hq.code()).status == 200
    record = _record_of(origin, origin.device)
    assert pusher.push([pusher.entry(record, action="inspection.import")]).status == 200
    answer = origin.push([origin.entry(record)])
    assert [r["status"] for r in answer.body["results"]] == ["applied"]
    with hq.tx() as tx:
        assert tx.all("SELECT device_id, origin_device_id FROM records") == [
            (origin.device, None)]
