"""Issue 10, item 2: after a full resync the screening index holds exactly what HQ sent.

The post pulls two lists, then goes offline while HQ removes an alert, changes another,
withdraws the second list and compacts its feed (the tombstones are gone, the post's
cursor is unknown: 410). The next sync resyncs: the removed alert and the withdrawn list
no longer hit, the changed alert answers with its new data, the untouched ones still hit
(their rows only stamped, not rebuilt). A resync cut short (cancelled, or the client
killed) after its first page still screens against the old entries and completes on the
next sync.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from checkpoint.errors import ProtocolError
from checkpoint.screening import IdentifierQuery, PersonQuery, Query
from checkpoint.services import screening
from checkpoint.services.session import Session, login
from checkpoint.services.sync import SyncEngine
from checkpoint.services.sync.status import Progress
from checkpoint.store import sync_tables
from hq import feed, watchlists
from tests.conftest import SUPERVISOR, SUPERVISOR_PASSWORD
from tests.e2e.conftest import Hq
from tests.e2e.test_client_killed import _kill_when, _sync_process

SAMPLE = Path(__file__).parents[1] / "unit" / "screening" / "sample.ftm.jsonl"
SHEVCHENKO = Query((PersonQuery("SHEVCHENKO", "TARAS", "1961-03-09", "UKR", "M"),))
KHABIBULLIN = Query((PersonQuery("KHABIBULLIN", "RUSTAM", "1979", "RUS", "M"),))
FE_PASSPORT = Query(identifiers=(IdentifierQuery("document", "FE123456", "UKR"),))
OLD_STOLEN = Query(identifiers=(IdentifierQuery("document", "XP0012345", "POL"),))
NEW_STOLEN = Query(identifiers=(IdentifierQuery("document", "XP0099999", "POL"),))
VIN = Query(identifiers=(IdentifierQuery("vin", "WAUZZZ4G0CN123456"),))
CONTAINER = Query(identifiers=(IdentifierQuery("container", "CSQU3054383"),))
PL_PASSPORT = Query(identifiers=(IdentifierQuery("document", "PL7654321", "POL"),))
PL_LINES = ['{"id": "doc-pl", "schema": "Passport", "properties": {"number": ["PL7654321"], '
            '"country": ["pl"], "type": ["passport"]}}']


def _hits(s: Session, query: Query) -> list[tuple[str, str]]:
    return [(c.snapshot.list_code, c.alert.alert_id)
            for c in screening.screen(s, query).candidates if c.hit]


def _publish_both(hq: Hq) -> list[str]:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    with hq.tx() as tx:
        watchlists.publish_watchlist(tx, lines, "UA-WANTED", authority="National Police")
        watchlists.publish_watchlist(tx, PL_LINES, "PL-STOLEN", authority="Straż Graniczna")
    return lines


def _change_while_offline(hq: Hq, lines: list[str]) -> None:
    """Shevchenko (and his passport) removed, the stolen passport's number corrected, the
    PL list withdrawn; then the feed compacted: no tombstone of it is left."""
    kept = [line for line in lines if "shevchenko" not in json.loads(line)["id"]]
    changed = [line.replace("XP0012345", "XP0099999") for line in kept]
    with hq.tx() as tx:
        republished = watchlists.publish_watchlist(tx, changed, "UA-WANTED", replace=True,
                                                   authority="National Police")
        assert republished.removed >= 1 and republished.changed == 1
        watchlists.withdraw_watchlist(tx, "PL-STOLEN")
        feed.compact(tx, int(tx.one("SELECT max(version) FROM changes")[0]) + 1)
        assert tx.one("SELECT count(*) FROM changes WHERE op = 'delete'")[0] == 0


def _old_entries_screen(s: Session) -> None:
    assert _hits(s, SHEVCHENKO) and _hits(s, FE_PASSPORT)
    assert _hits(s, PL_PASSPORT) == [("PL-STOLEN", "doc-pl")]
    assert _hits(s, OLD_STOLEN) == [("UA-WANTED", "doc-stolen")]
    assert {x.list_code for x in screening.status(s)} == {"UA-WANTED", "PL-STOLEN"}


def _resynced(s: Session) -> None:
    """Exactly what HQ has: the removed and withdrawn are gone, the changed is new."""
    assert not _hits(s, SHEVCHENKO) and not _hits(s, FE_PASSPORT)
    assert not _hits(s, PL_PASSPORT)
    assert not _hits(s, OLD_STOLEN)
    assert _hits(s, NEW_STOLEN) == [("UA-WANTED", "doc-stolen")]
    for untouched in (KHABIBULLIN, VIN, CONTAINER):
        assert _hits(s, untouched), untouched
    [snap] = screening.status(s)
    assert (snap.list_code, snap.version) == ("UA-WANTED", 2)
    rows = s.database.query("SELECT count(*) FROM watchlist_alerts")[0][0]
    assert snap.entries == rows
    state = sync_tables.load_progress(s.database.conn)
    assert not state.resyncing
    [swept] = [json.loads(r[0]) for r in s.database.query(
        "SELECT payload FROM journal WHERE action = 'watchlist.swept'")]
    assert swept["lists"] == ["PL-STOLEN"] and swept["alerts"] == 2  # doc-pl, p-shevchenko
    assert swept["generation"] == state.generation


def test_a_full_resync_removes_what_hq_no_longer_has_and_keeps_the_rest(
        enrolled: Path, hq: Hq) -> None:
    lines = _publish_both(hq)
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        engine = SyncEngine.for_session(s, page_limit=4)
        engine.sync_now()
        _old_entries_screen(s)
        before = dict(s.database.query("SELECT alert_id, id FROM watchlist_alerts "
                                       "WHERE list = 'UA-WANTED'"))
        _change_while_offline(hq, lines)
        report = engine.sync_now()
        assert report.resync
        _resynced(s)
        after = dict(s.database.query("SELECT alert_id, id FROM watchlist_alerts"))
        # the alerts HQ re-sent unchanged keep their rows (stamped, not rebuilt)
        assert after["c-1"] == before["c-1"] and after["v-audi"] == before["v-audi"]
        assert after["doc-stolen"] != before["doc-stolen"]
        assert engine.sync_now().pulled == 0  # and the cursor is HQ's again
        _resynced(s)


def test_a_resync_cancelled_after_its_first_page_screens_the_old_entries_then_completes(
        enrolled: Path, hq: Hq) -> None:
    lines = _publish_both(hq)
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        engine = SyncEngine.for_session(s, page_limit=3)
        engine.sync_now()
        _change_while_offline(hq, lines)
        cancel = threading.Event()

        def after_a_page(p: Progress) -> None:
            if p.phase == "pull":
                cancel.set()

        report = engine.sync_now(after_a_page, cancel)
        assert report.resync and report.cancelled and report.pulled == 3
        state = sync_tables.load_progress(s.database.conn)
        assert state.resyncing and state.cursor is not None
        _old_entries_screen(s)  # never an empty index mid-resync
        assert not s.database.query("SELECT 1 FROM journal WHERE action = 'watchlist.swept'")
        report = engine.sync_now()
        assert not report.resync  # it resumed after its first page
        _resynced(s)


def test_hq_compacting_during_a_resync_restarts_it_and_never_loops(
        enrolled: Path, hq: Hq) -> None:
    lines = _publish_both(hq)
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        engine = SyncEngine.for_session(s, page_limit=3)
        engine.sync_now()
        _change_while_offline(hq, lines)
        compactions = 0

        def compact_after_a_page(p: Progress, every: bool) -> None:
            nonlocal compactions
            if p.phase == "pull" and (every or compactions == 0):  # HQ compacts meanwhile
                compactions += 1
                hq.publish_reference("checkpoints", [{"key": f"X{compactions}",
                                                      "deleted": True}])
                with hq.tx() as tx:
                    feed.compact(tx, 10**9)

        # HQ compacting after every page: the run gives up after its second resync
        with pytest.raises(ProtocolError, match="full resync"):
            engine.sync_now(lambda p: compact_after_a_page(p, True))
        state = sync_tables.load_progress(s.database.conn)
        assert state.resyncing and state.generation == 2 and compactions == 2
        _old_entries_screen(s)  # nothing swept by a resync that did not complete
        # once: the resync starts again within the run and completes
        compactions = 0
        report = engine.sync_now(lambda p: compact_after_a_page(p, False))
        assert report.resync and compactions == 1
        _resynced(s)
        assert sync_tables.load_progress(s.database.conn).generation == 4


@pytest.mark.slow
def test_a_resync_killed_after_its_first_page_screens_the_old_entries_then_completes(
        enrolled: Path, hq: Hq) -> None:
    page = int((SyncEngine.__init__.__kwdefaults__ or {})["page_limit"])  # the CLI's page
    lines = _publish_both(hq)
    hq.publish_reference("hs_tariff", [{"key": f"{i:06d}"} for i in range(page)])
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        SyncEngine.for_session(s).sync_now()
    _change_while_offline(hq, lines)
    # the 410 and the resync's first page pass; the client is killed while HQ holds the
    # second (the last, with the changed alert and the new header)
    hq.faults.add("/v1/pull", "delay_before", skip=2, seconds=2)
    _kill_when(_sync_process(enrolled), hq, "/v1/pull")
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        state = sync_tables.load_progress(s.database.conn)
        assert state.resyncing and state.cursor is not None and state.generation == 1
        _old_entries_screen(s)
        report = SyncEngine.for_session(s).sync_now()
        assert not report.resync and 0 < report.pulled < page
        _resynced(s)
