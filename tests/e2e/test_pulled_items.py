"""Issue 9, items 3 and 11 at the workstation: what it does with items from HQ it must
not or cannot apply. The real HQ over TLS; SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from checkpoint.errors import Code, ConflictError, WrongPasswordError
from checkpoint.services import accounts
from checkpoint.services.session import login
from checkpoint.services.sync import SyncEngine
from hq import feed
from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD, SUPERVISOR, SUPERVISOR_PASSWORD
from tests.e2e.conftest import Hq
from tests.e2e.helpers import device_id, sync


def _quarantine(home: Path) -> list[tuple[str | None, str, int | None, str | None]]:
    with login(home, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        return [(q.collection, q.subject, q.version, q.code)
                for q in SyncEngine.for_session(s).quarantined() if q.pulled]


def _actions(home: Path, action: str) -> list[str]:
    with login(home, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        return [e.subject for e in s.journal.entries() if e.action == action]


def _role(home: Path, username: str) -> tuple[str, bool]:
    with login(home, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        found = {o.username.casefold(): o for o in accounts.list_operators(s)}
    op = found[username.casefold()]
    return op.role, op.active


def test_an_hq_account_never_replaces_or_demotes_a_local_one(enrolled: Path, hq: Hq) -> None:
    """The issue's case: `publish-operator CHIEF --role inspector` turned the post's local
    supervisor `chief` into an inspector with a new password. HQ has not seen the post's
    journal yet, so HQ's own check cannot catch it: the workstation must."""
    device = device_id(enrolled)
    hq_password = hq.publish_operator(device, SUPERVISOR.upper(), "inspector")
    hq.publish_operator(device, INSPECTOR.capitalize(), "supervisor")
    password = hq.publish_operator(device, "hq.officer", "inspector")
    report = sync(enrolled)
    assert report.pull_refused == 2 and report.accounts == 1
    assert _role(enrolled, SUPERVISOR) == ("supervisor", True)
    assert _role(enrolled, INSPECTOR) == ("inspector", True)
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD):  # the local passwords still open
        pass
    with login(enrolled, INSPECTOR, INSPECTOR_PASSWORD):
        pass
    with pytest.raises(WrongPasswordError):  # HQ's password for that name opens nothing
        login(enrolled, SUPERVISOR.upper(), hq_password)
    assert _role(enrolled, "hq.officer") == ("inspector", True)  # the rest was applied
    accounts.change_password(enrolled, "hq.officer", password, "a password of mine")
    assert sorted(_quarantine(enrolled)) == [
        ("operators", f"operators:{INSPECTOR}", 2, Code.ACCOUNT_LOCAL),
        ("operators", f"operators:{SUPERVISOR}", 1, Code.ACCOUNT_LOCAL)]
    assert sorted(_actions(enrolled, "operator.conflict")) == [f"operator:{INSPECTOR}",
                                                               f"operator:{SUPERVISOR}"]
    # journaled at the post, so HQ learns of it at the next push
    sync(enrolled)
    with hq.tx() as tx:
        at_hq = [r[0] for r in tx.all("SELECT subject FROM entries WHERE device_id = ? AND "
                                      "action = 'operator.conflict'", (device,))]
    assert sorted(at_hq) == [f"operator:{INSPECTOR}", f"operator:{SUPERVISOR}"]
    # a revocation of the local name is refused the same way
    with hq.tx() as tx:
        feed.publish(tx, "operators", [(SUPERVISOR, "delete", None)], f"device:{device}")
    assert sync(enrolled).pull_refused == 1
    assert _role(enrolled, SUPERVISOR) == ("supervisor", True)


def test_an_hq_account_that_looks_like_a_local_one_is_refused(enrolled: Path, hq: Hq) -> None:
    """``ЕКНО`` in Cyrillic is ``ekho`` on screen: a second account the login prompt cannot
    tell apart. HQ has not seen the post's journal yet, so the workstation refuses it."""
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        accounts.add_operator(s, "ekho", "inspector", "inspector pass 1")
    device = device_id(enrolled)
    hq.publish_operator(device, "ЕКНО", "supervisor")
    report = sync(enrolled)
    assert (report.pull_refused, report.accounts) == (1, 0)
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        held = {o.username: o.role for o in accounts.list_operators(s)}
    assert held["ekho"] == "inspector" and "ЕКНО" not in held
    assert _quarantine(enrolled) == [("operators", "operators:екно", 1, Code.ACCOUNT_LOOKALIKE)]


def _hq_supervisor_alone(home: Path, hq: Hq, device: str) -> None:
    """HQ's supervisor ``boss`` arrives; ``boss`` removes the local supervisor."""
    first = hq.publish_operator(device, "boss", "supervisor")
    sync(home)
    accounts.change_password(home, "boss", first, "boss password 12")
    with login(home, "boss", "boss password 12") as s:
        accounts.remove_operator(s, SUPERVISOR)


def test_a_workstation_always_keeps_an_active_supervisor(enrolled: Path, hq: Hq) -> None:
    device = device_id(enrolled)
    _hq_supervisor_alone(enrolled, hq, device)
    hq.publish_operator(device, "boss", "inspector")  # a demotion of the last supervisor
    with login(enrolled, "boss", "boss password 12") as s:
        report = SyncEngine.for_session(s).sync_now()
        assert report.pull_refused == 1
        quarantined = [(q.subject, q.code) for q in SyncEngine.for_session(s).quarantined()]
        assert quarantined == [("operators:boss", Code.LAST_SUPERVISOR)]
        roles = {o.username: (o.role, o.active) for o in accounts.list_operators(s)}
        assert roles["boss"] == ("supervisor", True)
        conflicts = [e.subject for e in s.journal.entries() if e.action == "operator.conflict"]
        assert conflicts == ["operator:boss"]
    hq.revoke_operator(device, "boss")  # the same for a revocation
    with login(enrolled, "boss", "boss password 12") as s:
        SyncEngine.for_session(s).sync_now()
        assert {o.username for o in accounts.list_operators(s) if o.active} == {"boss",
                                                                               INSPECTOR}
    # once HQ sends another supervisor first, the newer change of boss applies
    deputy = hq.publish_operator(device, "deputy", "supervisor")
    hq.revoke_operator(device, "boss")
    with login(enrolled, "boss", "boss password 12") as s:
        SyncEngine.for_session(s).sync_now()
    accounts.change_password(enrolled, "deputy", deputy, "deputy password 1")
    with login(enrolled, "deputy", "deputy password 1") as s:
        active = {o.username: o.role for o in accounts.list_operators(s) if o.active}
        assert active == {"deputy": "supervisor", INSPECTOR: "inspector"}
        assert [q for q in SyncEngine.for_session(s).quarantined() if q.pulled] == []


def test_the_last_supervisor_cannot_be_removed_locally_either(enrolled: Path) -> None:
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s, pytest.raises(ConflictError):
        accounts.remove_operator(s, SUPERVISOR)


def test_an_item_the_workstation_cannot_apply_is_set_aside_and_the_pull_goes_on(
        enrolled: Path, hq: Hq) -> None:
    """The issue's case: one bad account name from HQ (an older HQ, or one that skipped
    its checks) failed every sync until revoked."""
    device = device_id(enrolled)
    audience = f"device:{device}"
    with hq.tx() as tx:
        feed.publish(tx, "operators", [("../evil", "put", {
            "username": "../evil", "role": "inspector", "password": "AAAA"})], audience)
        feed.publish(tx, "operators", [("x" * 300, "put", {
            "username": "x" * 300, "role": "inspector", "password": "AAAA"})], audience)
        feed.publish(tx, "operators", [("sealed.wrong", "put", {
            "username": "sealed.wrong", "role": "inspector", "password": "AAAA"})], audience)
        feed.publish(tx, "operators", [("no.role", "put", {
            "username": "no.role", "role": "admiral", "password": "AAAA"})], audience)
        # an item with data that is not an object (the page's other items still apply)
        tx.execute("INSERT INTO changes (collection, key, audience, op, data, created_at) "
                   "VALUES ('tariff', 'broken', '*', 'put', '\"text\"', 'x')")
    hq.publish_reference("tariff", [{"key": "0101", "rate": 5}])
    report = sync(enrolled)
    assert report.pull_refused == 5
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        assert s.database.query("SELECT key FROM hq_items WHERE collection = 'tariff'") == [
            ("0101",)]
    got = {(c, subject[:20], code) for c, subject, _, code in _quarantine(enrolled)}
    assert got == {("operators", "operators:../evil", Code.USERNAME_FORM),
                   ("operators", "operators:" + "x" * 10, Code.USERNAME_FORM),
                   ("operators", "operators:sealed.wro", Code.PULLED_UNREADABLE),
                   ("operators", "operators:no.role", Code.ROLE_UNKNOWN),
                   ("tariff", "tariff:broken", Code.PULLED_UNREADABLE)}
    assert len(_actions(enrolled, "sync.item_refused")) == 5
    assert sync(enrolled).pull_refused == 0  # the next pull is clean, nothing again
    # a newer version of the same key replaces what was set aside
    password = hq.publish_operator(device, "sealed.wrong", "inspector")
    hq.publish_reference("tariff", [{"key": "broken", "rate": 1}])
    assert sync(enrolled).pull_refused == 0
    keys = {subject for _, subject, _, _ in _quarantine(enrolled)}
    assert "operators:sealed.wrong" not in keys and "tariff:broken" not in keys
    accounts.change_password(enrolled, "sealed.wrong", password, "it opens now 12")
