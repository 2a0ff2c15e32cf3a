"""Pull: HQ-owned data arrives verified, page by page, and never overwrites local work."""

from __future__ import annotations

from pathlib import Path

import pytest

from checkpoint.errors import WrongPasswordError
from checkpoint.services import accounts
from checkpoint.services.session import login
from checkpoint.services.sync import SyncEngine
from checkpoint.store import sync_tables as sync_state
from hq import feed
from tests.conftest import INSPECTOR, SUPERVISOR, SUPERVISOR_PASSWORD
from tests.e2e.conftest import Hq
from tests.e2e.helpers import device_id


def _items(s: object, collection: str) -> dict[str, str]:
    rows = s.database.query(  # type: ignore[attr-defined]
        "SELECT key, data FROM hq_items WHERE collection = ? ORDER BY key", (collection,))
    return {r[0]: r[1] for r in rows}


def test_an_account_from_hq_becomes_a_key_slot_that_must_change_its_password(
        enrolled: Path, hq: Hq) -> None:
    password = hq.publish_operator(device_id(enrolled), "boris", "inspector")
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        report = SyncEngine.for_session(s).sync_now()
        assert report.accounts == 1
    with login(enrolled, "boris", password) as b:
        assert b.role == "inspector" and b.operator.must_change_password
        accounts.set_password(b, "boris own password 1")
    with login(enrolled, "boris", "boris own password 1") as b:
        assert not b.operator.must_change_password
    with hq.tx() as tx:
        stored = tx.one("SELECT data FROM changes WHERE collection = 'operators'")[0]
    assert password not in stored  # HQ keeps only the sealed password


def test_a_revoked_account_loses_its_key_slot(enrolled: Path, hq: Hq) -> None:
    device = device_id(enrolled)
    password = hq.publish_operator(device, "boris", "inspector")
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        SyncEngine.for_session(s).sync_now()
    hq.revoke_operator(device, "boris")
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        SyncEngine.for_session(s).sync_now()
        assert s.slots.find("boris") is None  # the session's copy follows the file
        actions = [r[0] for r in s.database.query(
            "SELECT action FROM journal WHERE subject = 'operator:boris' ORDER BY seq")]
        assert actions == ["operator.add", "operator.revoke"]
    with pytest.raises(WrongPasswordError):
        login(enrolled, "boris", password)


def test_reference_data_is_pulled_in_pages_and_deletions_follow(enrolled: Path,
                                                                hq: Hq) -> None:
    hq.publish_reference("hs_tariff", [{"key": f"{8500 + i:06d}", "rate": i} for i in range(250)])
    hq.publish_reference("agencies", [{"key": "POLICE", "name": "National Police"}])
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        engine = SyncEngine.for_session(s, page_limit=60)
        pages: list[int] = []
        report = engine.sync_now(
            progress=lambda p: pages.append(p.done) if p.phase == "pull" else None)
        assert report.pulled == 251 and report.pulled_applied == 251
        assert pages == [60, 120, 180, 240, 251]
        assert len(_items(s, "hs_tariff")) == 250
        hq.publish_reference("hs_tariff", [{"key": "008500", "deleted": True},
                                           {"key": "008501", "rate": 99}])
        report = engine.sync_now()
        assert report.pulled == 2
        tariff = _items(s, "hs_tariff")
        assert "008500" not in tariff and '"rate":99' in tariff["008501"]
        assert engine.sync_now().pulled == 0


def test_local_changes_go_up_before_hq_data_on_the_same_subject_is_applied(
        enrolled: Path, hq: Hq) -> None:
    from tests.conftest import INSPECTOR_PASSWORD

    device = device_id(enrolled)
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        SyncEngine.for_session(s).sync_now()
    # HQ resets the inspector's account while the post has an unsent local change to it
    password = hq.publish_operator(device, INSPECTOR, "inspector")
    accounts.change_password(enrolled, INSPECTOR, INSPECTOR_PASSWORD, "changed locally 12")
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        acked = sync_state.load_progress(s.database.conn).acked_seq
        assert f"operator:{INSPECTOR}" in sync_state.pending_subjects(s.database.conn, acked)
        report = SyncEngine.for_session(s).sync_now()
        assert report.parked == 0 and report.accounts == 1
    with hq.tx() as tx:
        assert tx.one("SELECT count(*) FROM entries WHERE action = 'operator.passwd'")[0] == 1
    with login(enrolled, INSPECTOR, password) as i:
        assert i.operator.must_change_password


def test_an_item_for_a_subject_with_unsent_changes_is_parked_then_applied(
        enrolled: Path, hq: Hq) -> None:
    device = device_id(enrolled)
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        SyncEngine.for_session(s).sync_now()
        password = hq.publish_operator(device, INSPECTOR, "inspector")
        # a local change to the same account that HQ has not acknowledged yet
        with s.write():
            s.journal.append(SUPERVISOR, "operator.note", f"operator:{INSPECTOR}", {})
        engine = SyncEngine.for_session(s)
        from checkpoint.services.sync import pull as sync_pull

        ctx = engine._context(s.database, None, None)
        try:
            report = sync_pull.pull(ctx)
        finally:
            ctx.client.close()
        assert report.parked == 1 and report.accounts == 0
        assert s.database.query("SELECT count(*) FROM sync_parked")[0][0] == 1
        report2 = engine.sync_now()
        assert report2.accounts == 1
        assert s.database.query("SELECT count(*) FROM sync_parked")[0][0] == 0
    with login(enrolled, INSPECTOR, password) as i:
        assert i.operator.must_change_password


def test_a_cursor_hq_no_longer_knows_means_a_full_resync_with_the_outbox_kept(
        enrolled: Path, hq: Hq) -> None:
    hq.publish_reference("checkpoints", [{"key": k} for k in ("A", "B", "C")])
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        engine = SyncEngine.for_session(s)
        engine.sync_now()
        hq.publish_reference("checkpoints", [{"key": "B", "deleted": True}])
        with hq.tx() as tx:
            feed.compact(tx, 10**9)  # tombstones gone: old cursors are unknown now
        with s.write():
            s.journal.append(SUPERVISOR, "test.local", "test:x", {})  # unsent local work
        before = s.journal.head()
        report = engine.sync_now()
        assert report.resync and report.pushed >= 1
        assert sorted(_items(s, "checkpoints")) == ["A", "C"]
        state = sync_state.load_progress(s.database.conn)
        assert state.cursor and not state.resyncing and state.generation == 1
        assert state.acked_seq >= before[0]
