"""``checkpoint watchlist import``: HQ's lists from a signed offline file, at a post with
no link (a supervisor's action, journaled).

The file (:mod:`checkpoint.sync.protocol.watchlist_file`, written by ``checkpoint-hq
export-watchlist``) is read into memory, checked against the HQ key pinned at
enrollment (or the next key HQ announced) before anything in it is used, and applied
in one transaction of the encrypted store with the functions that apply pulled lists
(:func:`checkpoint.services.screening.index_replace` for the alerts,
:func:`.watchlist_items.apply_header` for the version and maximum age). Nothing of it is
written anywhere else. It is refused, and nothing applied, when it is not a watchlist
file (or truncated, damaged), is signed by another HQ, its signature fails, or it holds
a list at a version the post already has or has passed.

The pull cursor is not moved: the file holds only watchlists, and HQ's feed beyond the
cursor holds other collections too. Each list imported is marked with the HQ feed
version the file is current to; the next pull skips that list's items at or below the
mark (nothing is applied twice) and applies what is newer (nothing goes backwards).

The lists are stamped with the current sync generation, like pulled ones. A file
imported while a full resync is under way (cut short, the link gone) starts that
resync again under a new generation, keeping the file's marks: the resync already
passed part of HQ's feed, and only a resync that sees the whole feed after the file
can tell which of the file's alerts HQ has removed since (their tombstones may be
compacted away); the file's items under its mark are only stamped, not re-applied.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any

from checkpoint.domain.alert import Alert
from checkpoint.domain.ids import utc_now
from checkpoint.errors import (
    CheckpointError,
    Code,
    ConflictError,
    EnrollmentError,
    FormatError,
    UsageError,
    ValidationError,
)
from checkpoint.services import screening
from checkpoint.services.session import Session
from checkpoint.services.sync.status import NOT_ENROLLED
from checkpoint.services.sync.watchlist_items import apply_header
from checkpoint.store import sync_tables as tables
from checkpoint.store.connection import translate_errors
from checkpoint.sync.protocol import watchlist_file

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Imported:
    """One list applied from a file."""

    list_code: str
    version: int
    entries: int
    max_age_hours: int
    previous_version: int  # 0: the post did not hold the list


def _alerts(stream: Iterator[tuple[str, dict[str, Any]]], lst: watchlist_file.ListHeader
            ) -> Iterator[Alert]:
    for list_code, doc in islice(stream, lst.entries):
        try:
            alert = Alert.from_document(doc)
        except ValidationError as e:
            raise FormatError(f"The watchlist file holds an invalid alert of {list_code}: {e}",
                              code=Code.WATCHLIST_FILE_FORM) from e
        yield alert


def check(session: Session, data: bytes) -> watchlist_file.WatchlistFile:
    """Read and verify a file, and check it is newer than every list it holds here.

    Raises PermissionDeniedError (not a supervisor), FormatError (WATCHLIST_FILE_FORM),
    EnrollmentError (not enrolled: no HQ key to check it with), ProtocolError
    (WATCHLIST_FILE_OTHER_HQ, WATCHLIST_FILE_SIGNATURE), ConflictError
    (WATCHLIST_FILE_OLDER: params list, version, held).
    """
    session.require("supervisor")
    found = watchlist_file.read(data)
    conn = session.database.conn
    with translate_errors():
        enrollment = tables.load_enrollment(conn)
        held = {s.list_code: s.version for s in screening.snapshots(conn)}
    if enrollment is None:
        raise EnrollmentError(NOT_ENROLLED, code=Code.NOT_ENROLLED)
    keys = [enrollment.hq_signing_key]
    if enrollment.next_hq_signing_key is not None:
        keys.append(enrollment.next_hq_signing_key)
    watchlist_file.verify(found, enrollment.hq_id, keys)
    for lst in found.lists:
        if held.get(lst.list_code, 0) >= lst.version:
            raise ConflictError(
                f"The file holds list {lst.list_code} at version {lst.version}; this "
                f"workstation has version {held[lst.list_code]}: nothing was imported.",
                code=Code.WATCHLIST_FILE_OLDER,
                params={"list": lst.list_code, "version": lst.version,
                        "held": held[lst.list_code]})
    return found


def import_file(session: Session, data: bytes) -> list[Imported]:
    """Apply a signed watchlist file (see :func:`check` for what it raises); all lists of
    the file or none. Journaled ``watchlist.imported`` per list, by the supervisor; a
    refused file is journaled ``watchlist.import_refused`` with its code."""
    try:
        return _apply(session, check(session, data))
    except CheckpointError as e:
        session.audit("watchlist.import_refused", "watchlist:file",
                      {"code": e.code, "bytes": len(data)})
        log.warning("a watchlist file was refused: %s", e.code)
        raise


def _apply(session: Session, found: watchlist_file.WatchlistFile) -> list[Imported]:
    now = utc_now()
    done: list[Imported] = []
    with session.write() as conn:
        held = {s.list_code: s.version for s in screening.snapshots(conn)}
        progress = tables.load_progress(conn)
        stream = watchlist_file.alerts(found)
        for lst in found.lists:
            try:
                n = screening.index_replace(conn, lst.list_code, lst.version, now,
                                            _alerts(stream, lst), progress.generation)
            except (UsageError, ValidationError) as e:
                raise FormatError(f"The watchlist file is not consistent: {e}",
                                  code=Code.WATCHLIST_FILE_FORM) from e
            if n != lst.entries:
                raise FormatError(f"The watchlist file holds {n} alerts of {lst.list_code}, "
                                  f"not {lst.entries}.", code=Code.WATCHLIST_FILE_FORM)
            apply_header(conn, lst.list_code, {"version": lst.version,
                                               "max_age_hours": lst.max_age_hours}, now, 0,
                         progress.generation)
            screening.mark_file(conn, lst.list_code, found.feed_version)
            previous = held.get(lst.list_code, 0)
            session.journal.append(session.username, "watchlist.imported",
                                   f"watchlist:{lst.list_code}", {
                                       "version": lst.version, "previous_version": previous,
                                       "entries": n, "hq": found.hq_id,
                                       "exported_at": found.created_at,
                                       "feed_version": found.feed_version,
                                       "resync_restarted": progress.resyncing})
            done.append(Imported(lst.list_code, lst.version, n, lst.max_age_hours, previous))
        if next(stream, None) is not None:
            raise FormatError("The watchlist file holds more alerts than its header says.",
                              code=Code.WATCHLIST_FILE_FORM)
        if progress.resyncing:  # see the module's docstring
            tables.update_progress(conn, cursor=None, generation=progress.generation + 1)
            log.info("a full resync was under way: it starts again after the import")
    log.info("watchlist file imported: %d list(s)", len(done))
    return done
