"""Migrations: forward-only, recorded, and earlier databases upgrade with their data."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from checkpoint.errors import MigrationError
from checkpoint.services.session import login
from checkpoint.store import migrations
from tests.conftest import SUPERVISOR, SUPERVISOR_PASSWORD

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def test_a_new_database_has_every_migration(supervisor_session: Any) -> None:
    names = migrations.applied(supervisor_session.database)
    assert names == [n for n, _ in migrations.MIGRATIONS]


@pytest.mark.parametrize("version", sorted(p.name for p in FIXTURES.glob("schema-*")))
def test_a_database_from_an_earlier_version_upgrades_with_its_data(
        tmp_path: Path, version: str) -> None:
    home = tmp_path / "ws"
    shutil.copytree(FIXTURES / version, home)
    expected = (FIXTURES / version / "EXPECTED").read_text().split()
    with login(home, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        assert migrations.applied(s.database) == [n for n, _ in migrations.MIGRATIONS]
        ids = {r[0] for r in s.database.query("SELECT id FROM records")}
        assert set(expected) <= ids
        assert s.journal.verify(s.identity.verify_key) > 0


def test_a_later_migration_is_applied_once_and_recorded(supervisor_session: Any) -> None:
    ran: list[int] = []

    def add_table(conn: Any) -> None:
        ran.append(1)
        conn.execute("CREATE TABLE extra (x INTEGER)")

    more = [*migrations.MIGRATIONS, ("9999_extra", add_table)]
    assert migrations.upgrade(supervisor_session.database, more) == ["9999_extra"]
    assert migrations.upgrade(supervisor_session.database, more) == []
    assert ran == [1]


def test_a_failing_migration_changes_nothing(supervisor_session: Any) -> None:
    def broken(conn: Any) -> None:
        conn.execute("CREATE TABLE half (x INTEGER)")
        conn.execute("THIS IS NOT SQL")

    more = [*migrations.MIGRATIONS, ("9999_broken", broken)]
    with pytest.raises(MigrationError, match="9999_broken"):
        migrations.upgrade(supervisor_session.database, more)
    tables = {r[0] for r in supervisor_session.database.query(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "half" not in tables
    assert "9999_broken" not in migrations.applied(supervisor_session.database)


def test_a_database_from_a_newer_version_is_refused(supervisor_session: Any) -> None:
    with supervisor_session.write() as conn:
        conn.execute("INSERT INTO _migrations VALUES ('9999_future', 'x')")
    with pytest.raises(MigrationError, match="newer version"):
        migrations.upgrade(supervisor_session.database)


def test_identifier_terms_typed_in_cyrillic_are_refolded(tmp_path: Path) -> None:
    """Issue 8, item 14: a database of schema 0003 holds a plate and a document number
    indexed with Cyrillic look-alike letters; after the upgrade a Latin query finds them."""
    from checkpoint.services import inspections
    from checkpoint.store import record_table, slotfile
    from checkpoint.store.connection import Database, connect
    from checkpoint.store.layout import Layout

    home = tmp_path / "ws"
    shutil.copytree(FIXTURES / "schema-0003_journal_record_versions", home)
    layout = Layout(home)
    unlocked = slotfile.unlock(layout, SUPERVISOR, SUPERVISOR_PASSWORD)
    database = Database(connect(layout.database, unlocked.data_key, must_exist=True))
    assert migrations.upgrade(database, migrations.MIGRATIONS[:3]) == []
    old = {"АА1234ВК": "plate", "ВТ123456": "document", "AB0001CD": "plate"}
    with database.transaction() as db:
        for n, (term, kind) in enumerate(old.items()):
            rec = record_table.StoredRecord(f"rec-{n}", "inspection", "finalized",
                                       f"2025-01-0{n + 1}T00:00:00.000Z", "x", SUPERVISOR,
                                       "dev", None, {"schema": "inspection.v1"})
            record_table.put(db.conn, rec, {kind: {term}}, is_new=True)
    database.close()  # the login below opens it again and upgrades it
    with login(home, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        assert "0004_fold_lookalike_identifiers" in migrations.applied(s.database)
        assert [h.id for h in inspections.search(s, "AA 1234 BK")] == ["rec-0"]
        assert [h.id for h in inspections.search(s, "АА 1234 ВК")] == ["rec-0"]
        assert [h.id for h in inspections.search(s, "BT123456")] == ["rec-1"]
        assert [h.id for h in inspections.search(s, "AB-0001-CD")] == ["rec-2"]
        terms = {r[0] for r in s.database.query("SELECT term FROM search_terms")}
        assert {"AA1234BK", "BT123456", "AB0001CD"} <= terms
        assert not any("А" in t or "В" in t for t in terms)
