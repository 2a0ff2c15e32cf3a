"""The end of a full resync: what HQ did not send again leaves the index, through the
index on the generation; a supervisor's local list stays; an unchanged alert re-sent
keeps its row; an offline file imported mid-resync starts the resync again.
(The pull over TLS: tests/e2e/test_watchlist_resync.py.)"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from checkpoint.domain.alert import Alert
from checkpoint.domain.ids import utc_now
from checkpoint.screening import IdentifierQuery, Query
from checkpoint.services import screening, sync
from checkpoint.services.session import Session, login
from checkpoint.store import sync_tables as tables
from tests.conftest import SUPERVISOR, SUPERVISOR_PASSWORD
from tests.unit.screening.conftest import LIST
from tests.unit.screening.test_watchlist_file import Maker, hq_key, make, post

__all__ = ["hq_key", "make", "post"]  # fixtures

PASSPORT = Query(identifiers=(IdentifierQuery("document", "FE123456", "UKR"),))


def _as(alerts: list[Alert], list_code: str) -> list[Alert]:
    return [replace(a, list_code=list_code) for a in alerts]


def _rows(s: Session, list_code: str) -> dict[str, int]:
    return dict(s.database.query("SELECT alert_id, id FROM watchlist_alerts WHERE list = ?",
                                 (list_code,)))


def test_the_sweep_removes_what_the_resync_did_not_stamp(workstation: Path,
                                                         sample_alerts: list[Alert]) -> None:
    now = utc_now()
    with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        with s.write() as conn:
            screening.index_replace(conn, LIST, 1, now, sample_alerts, 1)
            screening.index_replace(conn, "GONE", 1, now, _as(sample_alerts[:3], "GONE"), 1)
        screening.replace_list(s, "LOCAL", 1, _as(sample_alerts, "LOCAL"))  # not HQ's
        before = _rows(s, LIST)
        gone_id, kept, held = sample_alerts[0].alert_id, sample_alerts[1:], sample_alerts[-1]
        with s.write() as conn:  # the resync (generation 2) re-sends all but the first
            counts = screening.index_delta(conn, LIST, 2, now, kept[:-1], [], 2)
            assert counts == (0, 0, 0)  # the same alerts: only stamped
            screening.index_keep(conn, 2, LIST, [held.alert_id], header=True)  # e.g. parked
            plan = " ".join(str(r[-1]) for r in conn.execute(
                "EXPLAIN QUERY PLAN SELECT id, list, data FROM watchlist_alerts "
                "WHERE generation < ? ORDER BY generation, id LIMIT ?", (2, 2000)))
            assert "watchlist_alerts_generation" in plan, plan  # a range probe, no scan
            gone, removed = screening.index_sweep(conn, 2)
        assert (gone, removed) == (["GONE"], 3 + 1)
        after = _rows(s, LIST)
        assert gone_id not in after and after == {k: v for k, v in before.items()
                                                  if k != gone_id}  # rows kept, not rebuilt
        entries = {x.list_code: x.entries for x in screening.status(s)}
        assert entries == {LIST: len(kept), "LOCAL": len(sample_alerts)}
        hits = {c.snapshot.list_code for c in screening.screen(s, PASSPORT).candidates
                if c.hit}
        assert gone_id == "p-shevchenko" and hits == {"LOCAL"}  # FE123456 was his
        with s.write() as conn:  # a later resync that sends nothing of it empties HQ's part
            assert screening.index_sweep(conn, 3) == ([LIST], len(kept))
        assert [x.list_code for x in screening.status(s)] == ["LOCAL"]


def test_a_file_imported_mid_resync_starts_the_resync_again(post: Session,
                                                            make: Maker) -> None:
    with post.write() as conn:
        tables.update_progress(conn, cursor="v2.e.7.0.x", generation=3, resyncing=1)
    [done] = sync.import_watchlists(post, make(2, feed_version=17))
    state = tables.load_progress(post.database.conn)
    assert (state.cursor, state.generation, state.resyncing) == (None, 4, True)
    stamps = post.database.query("SELECT DISTINCT generation FROM watchlist_alerts")
    assert stamps == [(3,)]  # older than the restarted resync: it must see them again
    assert screening.file_marks(post.database.conn) == {LIST: 17}  # kept: only stamped
    payload = post.database.query("SELECT payload FROM journal WHERE action = "
                                  "'watchlist.imported'")[0][0]
    assert '"resync_restarted":true' in payload.replace(" ", "")
    assert done.entries > 0
