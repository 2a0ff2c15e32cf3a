"""Issue 10, items 1-2: HQ publishes a FollowTheMoney watchlist, the workstation pulls it
through the signed, paged pull over TLS into its screening index, with the list's version;
republishing sends only what changed; withdrawing removes it everywhere."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checkpoint.screening import IdentifierQuery, PersonQuery, Query
from checkpoint.services import screening
from checkpoint.services.session import login
from checkpoint.services.sync import SyncEngine
from hq import watchlists
from hq.errors import HqRefusal
from tests.conftest import SUPERVISOR, SUPERVISOR_PASSWORD
from tests.e2e.conftest import Hq

SAMPLE = Path(__file__).parents[1] / "unit" / "screening" / "sample.ftm.jsonl"
SHEVCHENKO = Query((PersonQuery("SHEVCHENKO", "TARAS", "1961-03-09", "UKR", "M"),))
PASSPORT = Query(identifiers=(IdentifierQuery("document", "FE123456", "UKR"),))


def _publish(hq: Hq, lines: list[str], **kw: object) -> watchlists.Published:
    with hq.tx() as tx:
        return watchlists.publish_watchlist(tx, lines, "UA-WANTED", **kw)  # type: ignore[arg-type]


def test_a_published_list_is_pulled_into_the_index_and_its_changes_follow(
        enrolled: Path, hq: Hq) -> None:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    first = _publish(hq, lines, authority="National Police")
    assert first.version == 1 and first.added == first.entries > 0
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        engine = SyncEngine.for_session(s, page_limit=3)
        engine.sync_now()
        [snap] = screening.status(s)
        assert (snap.list_code, snap.version, snap.entries) == ("UA-WANTED", 1, first.entries)
        hits = [c for c in screening.screen(s, SHEVCHENKO).candidates if c.hit]
        assert hits and hits[0].snapshot.version == 1
        assert any(c.hit for c in screening.screen(s, PASSPORT).candidates)
        # nothing changed: republishing sends nothing and keeps the version
        again = _publish(hq, lines, authority="National Police")
        assert (again.version, again.added, again.changed) == (1, 0, 0)
        assert engine.sync_now().pulled == 0
        # the Shevchenko person and his passport leave the list (--replace): 2 alerts go
        kept = [line for line in lines if "shevchenko" not in json.loads(line)["id"]]
        third = _publish(hq, kept, authority="National Police", replace=True)
        assert third.version == 2 and third.removed >= 1 and third.added == 0
        report = engine.sync_now()
        assert 0 < report.pulled <= third.removed + 1  # only the tombstones and the header
        [snap] = screening.status(s)
        assert (snap.version, snap.entries) == (2, third.entries)
        assert not screening.screen(s, SHEVCHENKO).candidates
        with hq.tx() as tx:
            watchlists.withdraw_watchlist(tx, "UA-WANTED")
        engine.sync_now()
        assert screening.status(s) == []
        assert s.database.query("SELECT count(*) FROM watchlist_alerts")[0][0] == 0


def test_a_malformed_line_publishes_nothing_and_names_its_line(hq: Hq) -> None:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    lines.insert(3, '{"id": "broken", "schema": "Person", "properties": ')
    with pytest.raises(HqRefusal, match="line 4"):
        _publish(hq, lines)
    assert hq.scalar("SELECT count(*) FROM changes WHERE collection IN (?, ?)",
                     (watchlists.ALERTS, watchlists.LISTS)) == 0


def test_the_hq_command_publishes_and_withdraws_a_list(enrolled: Path, hq: Hq,
                                                      tmp_path: Path) -> None:
    from tests.e2e.test_cases_hq_cli import hq_cli

    bad = tmp_path / "bad.jsonl"
    bad.write_text(SAMPLE.read_text(encoding="utf-8") + "not json\n", encoding="utf-8")
    code, _, err = hq_cli(hq, "publish-watchlist", str(bad), "--list", "UA-WANTED")
    assert code == 1 and "line 12" in err and "Nothing was published" in err
    code, out, err = hq_cli(hq, "publish-watchlist", str(SAMPLE), "--list", "UA-WANTED",
                            "--authority", "National Police", "--action", "specific_check")
    assert code == 0 and "watchlist UA-WANTED version 1" in out, err
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        SyncEngine.for_session(s).sync_now()
        assert [(x.list_code, x.version) for x in screening.status(s)] == [("UA-WANTED", 1)]
    code, out, _ = hq_cli(hq, "withdraw-watchlist", "--list", "UA-WANTED")
    assert code == 0 and "withdrawn" in out
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        SyncEngine.for_session(s).sync_now()
        assert screening.status(s) == []


def test_a_malformed_alert_from_hq_is_set_aside_and_the_pull_goes_on(
        enrolled: Path, hq: Hq) -> None:
    """An HQ that skipped its checks (or an older one) sends watchlist alerts the post
    cannot read: each is set aside in the pull quarantine with why, journaled, and the
    rest of the page (the list's good alerts, its header) still applies."""
    from checkpoint.formats.ftm import parse_lines
    from hq import feed

    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    _publish(hq, lines)
    valid = parse_lines(lines, "UA-WANTED").alerts[0].to_document()
    with hq.tx() as tx:
        feed.publish(tx, watchlists.ALERTS, [
            ("UA-WANTED/bad-1", "put", {"schema": "alert.v1", "alert_id": "bad-1"}),
            ("no-slash", "put", valid),
            ("UA-WANTED/other", "put", valid),  # a valid alert under another alert's key
        ])
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        report = SyncEngine.for_session(s).sync_now()
        assert report.pull_refused == 3
        assert any(c.hit for c in screening.screen(s, PASSPORT).candidates)  # the good ones
        held = s.database.query("SELECT collection, key FROM sync_pulled_quarantine ORDER BY key")
        assert held == [("watchlist_alert", "UA-WANTED/bad-1"),
                        ("watchlist_alert", "UA-WANTED/other"),
                        ("watchlist_alert", "no-slash")]
        refused = s.database.query(
            "SELECT count(*) FROM journal WHERE action = 'sync.item_refused'")[0][0]
        assert refused == 3
        assert SyncEngine.for_session(s).sync_now().pull_refused == 0  # not again
