"""The hash-chained journal: every tampering is detected and the first bad entry named."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from checkpoint.errors import JournalError
from checkpoint.journal import CHECKPOINT_EVERY, Journal
from checkpoint.services import audit
from checkpoint.services.session import Session, login
from tests.conftest import SUPERVISOR, SUPERVISOR_PASSWORD


@pytest.fixture
def journaled(workstation: Path) -> Iterator[Session]:
    """A session whose journal holds more than two signed checkpoints' worth of entries."""
    s = login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD)
    for i in range(2 * CHECKPOINT_EVERY + 10):
        s.audit("test.event", f"thing:{i}", {"i": i})
    yield s
    s.close()


def _tamper(s: Session, sql: str, params: tuple[object, ...] = ()) -> None:
    with s.write() as conn:
        conn.execute(sql, params)


def test_an_untouched_journal_verifies(journaled: Session) -> None:
    count = audit.verify_journal(journaled)
    assert count >= 2 * CHECKPOINT_EVERY + 10


def test_every_write_is_journaled_in_its_own_transaction(journaled: Session) -> None:
    seqs = [e.seq for e in journaled.journal.entries()]
    assert seqs == list(range(1, len(seqs) + 1))


def test_checkpoints_are_signed_every_fifty_entries(journaled: Session) -> None:
    rows = journaled.database.query("SELECT seq FROM journal_checkpoints ORDER BY seq")
    seqs = [r[0] for r in rows]
    assert CHECKPOINT_EVERY in seqs and 2 * CHECKPOINT_EVERY in seqs


def test_an_edited_entry_is_named(journaled: Session) -> None:
    _tamper(journaled, "UPDATE journal SET actor = 'mallory' WHERE seq = 17")
    with pytest.raises(JournalError) as e:
        journaled.journal.verify(journaled.identity.verify_key)
    assert e.value.seq == 17 and "altered" in str(e.value)


def test_an_edited_payload_is_named(journaled: Session) -> None:
    _tamper(journaled, """UPDATE journal SET payload = '{"i":999}' WHERE seq = 23""")
    with pytest.raises(JournalError) as e:
        journaled.journal.verify(journaled.identity.verify_key)
    assert e.value.seq == 23


def test_a_deleted_entry_is_named(journaled: Session) -> None:
    _tamper(journaled, "DELETE FROM journal WHERE seq = 30")
    with pytest.raises(JournalError) as e:
        journaled.journal.verify(journaled.identity.verify_key)
    assert e.value.seq == 30 and "missing" in str(e.value)


def test_reordered_entries_are_named(journaled: Session) -> None:
    cols = "time, actor, action, subject, payload_digest, payload, prev_hash, hash"
    a = journaled.database.query(f"SELECT {cols} FROM journal WHERE seq = 40")[0]
    b = journaled.database.query(f"SELECT {cols} FROM journal WHERE seq = 41")[0]
    sets = ", ".join(f"{c.strip()} = ?" for c in cols.split(","))
    _tamper(journaled, f"UPDATE journal SET {sets} WHERE seq = 40", tuple(b))
    _tamper(journaled, f"UPDATE journal SET {sets} WHERE seq = 41", tuple(a))
    with pytest.raises(JournalError) as e:
        journaled.journal.verify(journaled.identity.verify_key)
    assert e.value.seq == 40


def test_an_inserted_entry_is_named(journaled: Session) -> None:
    """Insert a well-formed entry after 60 and renumber the rest, as a forger would."""
    with journaled.write() as conn:
        conn.execute("UPDATE journal SET seq = -seq WHERE seq > 60")
        conn.execute("UPDATE journal SET seq = -seq + 1 WHERE seq < 0")
        prev = conn.execute("SELECT hash FROM journal WHERE seq = 60").fetchone()[0]
        from checkpoint.domain.chain import canonical, digest, entry_hash

        pd = digest(canonical({}))
        h = entry_hash(61, "2026-01-01T00:00:00.000Z", "mallory", "forged", "x", pd, prev)
        conn.execute(
            "INSERT INTO journal (seq, time, actor, action, subject, payload_digest, payload, "
            "prev_hash, hash) VALUES (61, '2026-01-01T00:00:00.000Z', 'mallory', 'forged', 'x', "
            "?, '{}', ?, ?)", (pd, prev, h))
    with pytest.raises(JournalError) as e:
        journaled.journal.verify(journaled.identity.verify_key)
    assert e.value.seq == 62


def test_a_truncated_journal_is_detected_by_its_signed_checkpoint(journaled: Session) -> None:
    _tamper(journaled, f"DELETE FROM journal WHERE seq > {CHECKPOINT_EVERY + 5}")
    with pytest.raises(JournalError) as e:
        journaled.journal.verify(journaled.identity.verify_key)
    assert e.value.seq == CHECKPOINT_EVERY + 6 and "truncated" in str(e.value)


def test_a_rewritten_chain_is_caught_by_the_signature(journaled: Session) -> None:
    """Recomputing every hash after an edit still fails: the checkpoints are signed."""
    from checkpoint.domain.chain import entry_hash, genesis_hash

    with journaled.write() as conn:
        conn.execute("UPDATE journal SET actor = 'mallory' WHERE seq = 5")
        prev = genesis_hash(journaled.device_id)
        for row in conn.execute(
            "SELECT seq, time, actor, action, subject, payload_digest FROM journal ORDER BY seq"
        ).fetchall():
            h = entry_hash(*row, prev)
            conn.execute("UPDATE journal SET prev_hash = ?, hash = ? WHERE seq = ?",
                         (prev, h, row[0]))
            prev = h
    with pytest.raises(JournalError) as e:
        journaled.journal.verify(journaled.identity.verify_key)
    assert e.value.seq == CHECKPOINT_EVERY


def test_a_journal_of_another_device_does_not_verify(journaled: Session) -> None:
    other = Journal(journaled.database.conn, "another-device", None)
    with pytest.raises(JournalError) as e:
        other.verify(journaled.identity.verify_key)
    assert e.value.seq == 1


def test_appending_outside_a_transaction_is_refused(journaled: Session) -> None:
    with pytest.raises(JournalError):
        journaled.journal.append("chief", "x", "y")
