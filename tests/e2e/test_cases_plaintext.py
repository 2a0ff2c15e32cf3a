"""Canary names in cases, referrals and their status from HQ appear nowhere in plaintext
on the workstation: not in the database files, slots, logs or temporary files."""

from __future__ import annotations

from pathlib import Path

import pytest

from checkpoint.services.cases import referrals
from checkpoint.services.logs import configure
from checkpoint.services.session import login
from checkpoint.store.layout import Layout
from tests.conftest import SUPERVISOR, SUPERVISOR_PASSWORD
from tests.e2e.cases_helpers import (
    CANARY_REASON,
    CANARY_SURNAME,
    add_agency,
    approved_referral,
    sync,
)
from tests.e2e.conftest import Hq

CANARY_MESSAGE = "ZQXCANARYMESSAGE"


def _needles() -> list[bytes]:
    return [s.encode(enc) for s in (CANARY_SURNAME, CANARY_REASON, CANARY_MESSAGE)
            for enc in ("utf-8", "utf-16-le")]


def test_case_and_referral_canaries_never_reach_the_disk_in_plaintext(
        enrolled: Path, hq: Hq, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setenv("SQLITE_TMPDIR", str(temp))
    configure(Layout(enrolled).logs)
    agency = add_agency(hq, tmp_path)
    sync(enrolled)
    _, ref_id = approved_referral(enrolled)
    sync(enrolled)
    agency.received(ref_id)
    agency.message(ref_id, f"{CANARY_MESSAGE}: we need the seal photos")
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        sync(enrolled)
        seen = referrals.status(s, ref_id)
        assert CANARY_MESSAGE in str(seen.events[-1]["note"])  # it did arrive
        assert CANARY_SURNAME in (seen.referral.persons[0].surname or "")
        files = {p: p.read_bytes() for p in enrolled.rglob("*") if p.is_file()}
        assert any(p.name.endswith("-wal") for p in files)  # checked while open, too
    files.update({p: p.read_bytes() for folder in (enrolled, temp) for p in folder.rglob("*")
                  if p.is_file()})
    leaks = [(str(p), n) for p, data in files.items() for n in _needles() if n in data]
    assert leaks == []
    with hq.tx() as tx:  # HQ got them (it is HQ's database, not the workstation's disk)
        text = tx.one("SELECT document FROM records WHERE id = ?", (ref_id,))[0]
    assert CANARY_REASON in text
