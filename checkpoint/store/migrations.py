"""Forward-only, named schema migrations recorded in the database.

Each migration runs in its own transaction and is recorded in ``_migrations``;
``upgrade`` applies the missing ones in order. Never edit a released migration:
add a new one. ``tests/fixtures/`` keeps a database made at each earlier version.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlcipher3

from checkpoint.domain.ids import utc_now
from checkpoint.errors import Code, MigrationError
from checkpoint.store.connection import Database

Migration = tuple[str, Callable[[Any], None]]


def run_script(conn: Any, script: str) -> None:
    """Run several statements inside the caller's transaction.

    (``executescript`` would COMMIT first, breaking the migration's atomicity.)
    """
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlcipher3.complete_statement(pending):
            conn.execute(pending)
            pending = ""
    if pending.strip():
        raise MigrationError("A migration script ends with an incomplete statement.")


def _0001_initial(conn: Any) -> None:
    run_script(
        conn,
        """
        CREATE TABLE workstation (
            id TEXT PRIMARY KEY,
            created_at TEXT NOT NULL,
            signing_key BLOB NOT NULL,
            verify_key BLOB NOT NULL
        );
        CREATE TABLE operators (
            id TEXT PRIMARY KEY,
            username TEXT NOT NULL UNIQUE COLLATE NOCASE,
            role TEXT NOT NULL CHECK (role IN ('inspector', 'supervisor')),
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            must_change_password INTEGER NOT NULL DEFAULT 0,
            removed_at TEXT
        );
        CREATE TABLE journal (
            seq INTEGER PRIMARY KEY,
            time TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            subject TEXT NOT NULL,
            payload_digest TEXT NOT NULL,
            payload TEXT,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE TABLE journal_checkpoints (
            seq INTEGER PRIMARY KEY,
            hash TEXT NOT NULL,
            time TEXT NOT NULL,
            signature BLOB NOT NULL
        );
        CREATE TABLE records (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            status TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            author TEXT NOT NULL,
            device_id TEXT NOT NULL,
            amends TEXT REFERENCES records(id),
            document TEXT NOT NULL
        );
        CREATE INDEX records_kind_created ON records(kind, created_at, id);
        CREATE INDEX records_amends ON records(amends) WHERE amends IS NOT NULL;
        CREATE INDEX records_drafts ON records(author, status) WHERE status = 'draft';
        CREATE TRIGGER records_frozen BEFORE UPDATE ON records
            WHEN OLD.status <> 'draft'
            BEGIN SELECT RAISE(ABORT, 'a finalized record is read-only'); END;
        CREATE TRIGGER records_no_delete BEFORE DELETE ON records
            WHEN OLD.status <> 'draft'
            BEGIN SELECT RAISE(ABORT, 'a finalized record cannot be deleted'); END;
        -- terms of finalized records only: they never change, so no index by record
        -- and no foreign key is needed (both would tax every commit)
        CREATE TABLE search_terms (
            kind TEXT NOT NULL,
            term TEXT NOT NULL,
            record_id TEXT NOT NULL,
            PRIMARY KEY (kind, term, record_id)
        ) WITHOUT ROWID;
        CREATE TABLE attachments (
            id TEXT PRIMARY KEY,
            record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
            media_type TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            size INTEGER NOT NULL,
            data BLOB NOT NULL
        );
        CREATE INDEX attachments_record ON attachments(record_id);
        """
    )


def _0002_sync(conn: Any) -> None:
    """Synchronisation with HQ: enrollment, progress, quarantine, pulled HQ-owned data."""
    run_script(
        conn,
        """
        CREATE TABLE sync_config (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            hq_url TEXT NOT NULL,
            ca_pem TEXT NOT NULL,
            hq_id TEXT NOT NULL,
            hq_signing_key BLOB NOT NULL,
            hq_box_key BLOB NOT NULL,
            box_private BLOB NOT NULL,
            post TEXT NOT NULL,
            plain_http INTEGER NOT NULL DEFAULT 0,
            enrolled_at TEXT NOT NULL
        );
        CREATE TABLE sync_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            acked_seq INTEGER NOT NULL DEFAULT 0,
            acked_hash TEXT,
            cursor TEXT,
            generation INTEGER NOT NULL DEFAULT 0,
            resyncing INTEGER NOT NULL DEFAULT 0,
            last_attempt TEXT,
            last_success TEXT,
            last_error TEXT,
            last_error_kind TEXT,
            clock_skew REAL
        );
        INSERT INTO sync_state (id) VALUES (1);
        CREATE TABLE sync_quarantine (
            seq INTEGER PRIMARY KEY,
            subject TEXT NOT NULL,
            reason TEXT NOT NULL,
            quarantined_at TEXT NOT NULL
        );
        CREATE TABLE hq_items (
            collection TEXT NOT NULL,
            key TEXT NOT NULL,
            version INTEGER NOT NULL,
            data TEXT NOT NULL,
            generation INTEGER NOT NULL,
            PRIMARY KEY (collection, key)
        ) WITHOUT ROWID;
        CREATE TABLE sync_parked (
            collection TEXT NOT NULL,
            key TEXT NOT NULL,
            version INTEGER NOT NULL,
            item TEXT NOT NULL,
            subject TEXT NOT NULL,
            parked_at TEXT NOT NULL,
            PRIMARY KEY (collection, key)
        ) WITHOUT ROWID;
        """
    )


# The journal entries that carry a finalized record version (what HQ must acknowledge),
# indexed so "how many are not acknowledged yet" is an index count, not a journal scan.
_0003 = """
CREATE INDEX journal_record_versions ON journal(seq)
    WHERE json_extract(payload, '$.digest') IS NOT NULL
    AND coalesce(json_extract(payload, '$.status'), 'draft') <> 'draft';
"""

# Identifier search terms with Cyrillic or Greek letters that look like Latin ones are
# refolded to Latin (domain/search_terms.py folds them at index and query time from this
# version on).
# The table is a frozen copy of checkpoint.documents.lookalike at the time: a released
# migration must not change when that module does.
_0004_LOOKALIKES = str.maketrans({
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
    "С": "C", "Т": "T", "У": "Y", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S", "Ԛ": "Q",
    "Ԝ": "W", "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K",
    "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
})


def _0004_fold_lookalike_identifiers(conn: Any) -> None:
    found = conn.execute(
        "SELECT kind, term, record_id FROM search_terms "
        "WHERE kind IN ('document', 'plate', 'vin', 'container') AND term GLOB '*[^ -~]*'"
    ).fetchall()
    for kind, term, record_id in found:
        folded = str(term).upper().translate(_0004_LOOKALIKES)
        if folded != term:
            conn.execute("INSERT OR IGNORE INTO search_terms (kind, term, record_id) "
                         "VALUES (?, ?, ?)", (kind, folded, record_id))
            conn.execute("DELETE FROM search_terms WHERE kind = ? AND term = ? "
                         "AND record_id = ?", (kind, term, record_id))


# The supervisor's charts: counts per UTC hour, metric and key, derived from the finalized
# record versions in the journal (``review_stats_mark`` is how far the journal is counted).
_0005 = """
CREATE TABLE review_stats (
    hour TEXT NOT NULL,
    metric TEXT NOT NULL,
    key TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (hour, metric, key)
) WITHOUT ROWID;
CREATE TABLE review_stats_mark (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL
);
INSERT INTO review_stats_mark (id, seq) VALUES (1, 0);
"""

# Items pulled from HQ that this workstation cannot apply (issue 9, items 3 and 11): one
# row per (collection, key), the newest version refused; a newer version that applies
# removes it. ``code``/``params`` say why (worded by the GUI and the CLI).
_0006 = """
CREATE TABLE sync_pulled_quarantine (
    collection TEXT NOT NULL,
    key TEXT NOT NULL,
    version INTEGER NOT NULL,
    code TEXT NOT NULL,
    params TEXT NOT NULL,
    reason TEXT NOT NULL,
    item TEXT NOT NULL,
    quarantined_at TEXT NOT NULL,
    PRIMARY KEY (collection, key)
) WITHOUT ROWID;
"""

# HQ's next signing key and CA, announced by its current key before a rotation (issue 9,
# item 6): trusted beside the pinned ones until HQ's answers are signed by the next key.
_0007 = """
ALTER TABLE sync_config ADD COLUMN next_hq_signing_key BLOB;
ALTER TABLE sync_config ADD COLUMN next_ca_pem TEXT;
"""

# The watchlist index (checkpoint/store/watchlist.py says what each table is for).
_0008_WATCHLIST = """
CREATE TABLE watchlist_lists (
    list TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    pulled_at TEXT NOT NULL,
    entries INTEGER NOT NULL DEFAULT 0,
    keys_version TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE watchlist_alerts (
    id INTEGER PRIMARY KEY,
    list TEXT NOT NULL,
    alert_id TEXT NOT NULL,
    data TEXT NOT NULL,
    UNIQUE (list, alert_id)
);
CREATE TABLE watchlist_ids (
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    alert INTEGER NOT NULL,
    country TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (kind, key, alert)
) WITHOUT ROWID;
CREATE TABLE watchlist_names (
    key TEXT NOT NULL,
    alert INTEGER NOT NULL,
    PRIMARY KEY (key, alert)
) WITHOUT ROWID;
"""

# Each list's maximum age (HQ sets it when publishing; the status bar warns past it) and
# the HQ feed version an offline watchlist file was current to: the pull skips the
# list's items at or below it (they are already in the file), see docs/screening.md.
_0009_WATCHLIST_AGE = """
ALTER TABLE watchlist_lists ADD COLUMN max_age_hours INTEGER NOT NULL DEFAULT 48;
ALTER TABLE watchlist_lists ADD COLUMN file_feed_version INTEGER NOT NULL DEFAULT 0;
"""

# The resync generation each list and alert was last confirmed current in by HQ (a pull
# or an offline file; NULL: loaded locally by a supervisor, never HQ's to sweep): a full
# resync removes at its end what HQ did not send again, through the index on it.
_0010_WATCHLIST_GENERATION = """
ALTER TABLE watchlist_lists ADD COLUMN generation INTEGER DEFAULT 0;
ALTER TABLE watchlist_alerts ADD COLUMN generation INTEGER DEFAULT 0;
CREATE INDEX watchlist_alerts_generation ON watchlist_alerts (generation);
"""

MIGRATIONS: list[Migration] = [
    ("0001_initial", _0001_initial),
    ("0002_sync", _0002_sync),
    ("0003_journal_record_versions", lambda conn: run_script(conn, _0003)),
    ("0004_fold_lookalike_identifiers", _0004_fold_lookalike_identifiers),
    ("0005_review_stats", lambda conn: run_script(conn, _0005)),
    ("0006_pulled_quarantine", lambda conn: run_script(conn, _0006)),
    ("0007_hq_next_keys", lambda conn: run_script(conn, _0007)),
    ("0008_watchlist", lambda conn: run_script(conn, _0008_WATCHLIST)),
    ("0009_watchlist_age", lambda conn: run_script(conn, _0009_WATCHLIST_AGE)),
    ("0010_watchlist_generation", lambda conn: run_script(conn, _0010_WATCHLIST_GENERATION)),
]


def applied(database: Database) -> list[str]:
    """The names of the migrations recorded in the database, in order (reads only)."""
    exists = database.query(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_migrations'")
    if not exists:
        return []
    return [r[0] for r in database.query("SELECT name FROM _migrations ORDER BY rowid")]


def check_known(database: Database, migrations: list[Migration] | None = None) -> None:
    """Raise MigrationError (``Code.SCHEMA_NEWER``) when the database records a migration
    this program does not know: a newer program wrote it. Reads only, so a refused
    downgrade leaves the files as they were."""
    known = {name for name, _ in (MIGRATIONS if migrations is None else migrations)}
    unknown = [n for n in applied(database) if n not in known]
    if unknown:
        raise MigrationError(
            "This workstation database was written by a newer version of Checkpoint "
            f"(schema {unknown[-1]}); this program has not changed it. Install that "
            "version or a newer one.",
            code=Code.SCHEMA_NEWER, params={"schema": unknown[-1]})


def upgrade(database: Database, migrations: list[Migration] | None = None) -> list[str]:
    """Apply every missing migration in order; return the names applied.

    Raises MigrationError when the database knows a migration this program does not
    (it was written by a newer version: ``Code.SCHEMA_NEWER``, and nothing is written)
    or a migration fails.
    """
    migrations = MIGRATIONS if migrations is None else migrations
    check_known(database, migrations)
    done = applied(database)
    if len(done) == len(migrations):
        return []
    database.execute(
        "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    ran = []
    for name, step in migrations:
        if name in done:
            continue
        try:
            with database.transaction() as db:
                step(db.conn)
                db.conn.execute(
                    "INSERT INTO _migrations (name, applied_at) VALUES (?, ?)", (name, utc_now())
                )
        except Exception as e:
            raise MigrationError(f"Updating the database schema failed at {name}: {e}") from e
        ran.append(name)
    return ran
