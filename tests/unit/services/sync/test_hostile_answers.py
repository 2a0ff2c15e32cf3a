"""Push and pull refuse malformed or hostile answers from HQ and keep their place."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from checkpoint.errors import ProtocolError
from checkpoint.services import sync
from checkpoint.services.session import Session, login
from checkpoint.services.sync import pull, push
from checkpoint.store import sync_tables as tables
from tests.conftest import SUPERVISOR, SUPERVISOR_PASSWORD
from tests.e2e.helpers import record_inspections
from tests.unit.services.sync.fake_hq import FakeHq, context


@pytest.fixture
def session(workstation: Path) -> Any:
    with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        yield s


def _genesis_head(s: Session) -> dict[str, Any]:
    return {"seq": 0, "hash": tables.journal_hash_at(s.database.conn, s.device_id, 0)}


def _acked(s: Session) -> int:
    return tables.load_progress(s.database.conn).acked_seq


def _echo(results: Any = None, head: Any = None) -> Any:
    """A push answer: every item applied and the batch's last entry as head, unless given."""
    def answer(method: str, path: str, body: bytes, query: Any) -> tuple[int, Any]:
        from checkpoint.sync.protocol import wire

        items = wire.decode(body)["items"]
        last = items[-1]
        return 200, {"results": results if results is not None else [
            {"seq": i["seq"], "status": "applied"} for i in items],
            "head": head if head is not None else {"seq": last["seq"], "hash": last["hash"]}}
    return answer


def test_a_push_answer_without_one_result_per_item_is_refused(session: Session,
                                                              home: Path) -> None:
    record_inspections(session, 2)
    hq = FakeHq({"/v1/head": lambda *a: (200, _genesis_head(session)),
                 "/v1/push": _echo(results=[])})
    with context(session, hq, home) as ctx, pytest.raises(ProtocolError, match="one result"):
        push.push(ctx)
    assert _acked(session) == 0


def test_a_head_that_is_not_ours_is_refused_and_nothing_acknowledged(session: Session,
                                                                    home: Path) -> None:
    record_inspections(session, 2)
    hq = FakeHq({"/v1/head": lambda *a: (200, _genesis_head(session)),
                 "/v1/push": _echo(head={"seq": 3, "hash": "f" * 64})})
    with context(session, hq, home) as ctx, pytest.raises(ProtocolError, match="not one of"):
        push.push(ctx)
    assert _acked(session) == 0


def test_an_unknown_result_is_refused(session: Session, home: Path) -> None:
    record_inspections(session, 1)

    def answer(method: str, path: str, body: bytes, query: Any) -> tuple[int, Any]:
        from checkpoint.sync.protocol import wire

        items = wire.decode(body)["items"]
        return 200, {"results": [{"seq": i["seq"], "status": "maybe"} for i in items],
                     "head": {"seq": items[-1]["seq"], "hash": items[-1]["hash"]}}

    hq = FakeHq({"/v1/head": lambda *a: (200, _genesis_head(session)), "/v1/push": answer})
    with context(session, hq, home) as ctx, pytest.raises(ProtocolError, match="unknown result"):
        push.push(ctx)
    assert _acked(session) == 0


def test_a_malformed_head_answer_is_refused(session: Session, home: Path) -> None:
    hq = FakeHq({"/v1/head": lambda *a: (200, {"seq": "one"})})
    with context(session, hq, home) as ctx, pytest.raises(ProtocolError, match="malformed"):
        push.push(ctx)


def test_a_rejected_item_is_quarantined_and_the_rest_acknowledged(session: Session,
                                                                   home: Path) -> None:
    ids = record_inspections(session, 2)

    def answer(method: str, path: str, body: bytes, query: Any) -> tuple[int, Any]:
        from checkpoint.sync.protocol import wire

        items = wire.decode(body)["items"]
        results = [{"seq": i["seq"], "status": "rejected", "reason": "no thanks"}
                   if i.get("record", {}).get("id") == ids[0] else
                   {"seq": i["seq"], "status": "applied"} for i in items]
        return 200, {"results": results, "head": {"seq": items[-1]["seq"],
                                                  "hash": items[-1]["hash"]}}

    hq = FakeHq({"/v1/head": lambda *a: (200, _genesis_head(session)), "/v1/push": answer})
    with context(session, hq, home) as ctx:
        report = push.push(ctx)
    assert report.rejected == 1 and report.batches >= 2  # batch_count=3
    assert _acked(session) == session.journal.head()[0]
    quarantined = tables.quarantined(session.database.conn)
    assert [q.subject for q in quarantined] == [f"inspection:{ids[0]}"]
    assert quarantined[0].reason == "no thanks"
    assert sync.unsent_count(session) == 0


def test_a_malformed_page_changes_nothing(session: Session, home: Path) -> None:
    page = {"items": [{"version": 1, "collection": "Bad Name", "key": "k", "op": "put",
                       "data": {}}], "cursor": "c1", "more": False}
    hq = FakeHq({"/v1/pull": lambda *a: (200, page)})
    with context(session, hq, home) as ctx, pytest.raises(ProtocolError):
        pull.pull(ctx)
    assert tables.load_progress(session.database.conn).cursor is None


def test_a_page_is_applied_with_its_cursor_and_journaled(session: Session, home: Path) -> None:
    page = {"items": [{"version": 4, "collection": "agencies", "key": "police",
                       "op": "put", "data": {"name": "Police"}}], "cursor": "c4", "more": False}
    hq = FakeHq({"/v1/pull": lambda *a: (200, page)})
    before = session.journal.head()[0]
    with context(session, hq, home) as ctx:
        report = pull.pull(ctx)
    assert (report.pages, report.applied) == (1, 1)
    assert tables.load_progress(session.database.conn).cursor == "c4"
    assert session.journal.head()[0] == before + 1


def test_a_410_for_the_very_first_page_is_refused(session: Session, home: Path) -> None:
    hq = FakeHq({"/v1/pull": lambda *a: (410, {"error": "cursor_unknown"})})
    with context(session, hq, home) as ctx, pytest.raises(ProtocolError, match="beginning"):
        pull.pull(ctx)
