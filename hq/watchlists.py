"""Watchlists HQ publishes to every workstation through the signed, paged pull.

A list travels as two collections of the change log (``hq/feed.py``):

- ``watchlist_alert``: one item per alert, key ``LIST/ALERT_ID``, data the ``alert.v1``
  document (``checkpoint.domain.alert``); a removed alert is a tombstone;
- ``watchlist``: one item per list, key ``LIST``, data ``{"list", "version",
  "authority", "published_at", "entries", "max_age_hours"}``, published after the list's
  alerts (a
  higher version), so a workstation that has the list's header has all of its alerts
  up to that version; a withdrawn list is a tombstone.

Republishing publishes only what changed: an alert whose document is the same as the
one published is not sent again. With ``replace`` the file is the whole list and alerts
missing from it are removed; without, the file adds and changes alerts only. A file
with a malformed line publishes nothing (the caller gets every problem with its line).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from checkpoint.domain.alert import ACTION_PRIORITY
from checkpoint.domain.ids import utc_now
from checkpoint.formats import ftm
from checkpoint.sync.protocol import wire
from hq import feed
from hq.db import Tx
from hq.errors import HqRefusal

_LIST_CODE = re.compile(r"[A-Za-z0-9_.-]{1,64}")
#: A list's maximum age at the post unless the publisher sets one (hours; at most a year).
DEFAULT_MAX_AGE_HOURS = 48
MAX_MAX_AGE_HOURS = 8784
ALERTS = "watchlist_alert"
LISTS = "watchlist"


@dataclass(frozen=True)
class Published:
    list_code: str
    version: int
    added: int
    changed: int
    removed: int
    entries: int


def current_alerts(tx: Tx, list_code: str) -> dict[str, str]:
    """The alert documents (canonical JSON) published for a list, by alert id."""
    return _current(tx, list_code)


def header(tx: Tx, list_code: str) -> dict[str, Any] | None:
    """The list's header as published (None: HQ has no such list, or it was withdrawn)."""
    return _header(tx, list_code)


def list_codes(tx: Tx) -> list[str]:
    """The codes of every list HQ publishes now."""
    rows = tx.all("SELECT key FROM changes WHERE collection = ? AND audience = '*' AND "
                  "op = 'put' ORDER BY key", (LISTS,))
    return [str(r[0]) for r in rows]


def _current(tx: Tx, list_code: str) -> dict[str, str]:
    """The alert documents (canonical JSON) published for a list, by alert id."""
    rows = tx.all("SELECT key, data FROM changes WHERE collection = ? AND audience = '*' "
                  "AND op = 'put' AND key LIKE ?", (ALERTS, f"{list_code}/%"))
    return {str(k).split("/", 1)[1]: str(d) for k, d in rows if str(k).startswith(f"{list_code}/")}


def _header(tx: Tx, list_code: str) -> dict[str, Any] | None:
    row = tx.one("SELECT data FROM changes WHERE collection = ? AND key = ? AND audience = '*' "
                 "AND op = 'put'", (LISTS, list_code))
    if row is None:
        return None
    data = json.loads(row[0])
    return data if isinstance(data, dict) else None


def publish_watchlist(tx: Tx, lines: Iterable[str], list_code: str, *, authority: str = "",
                      action: str = "information", replace: bool = False,
                      max_age_hours: int | None = None) -> Published:
    """Read a FollowTheMoney file and publish what changed. Raises HqRefusal (400) with
    every line problem when the file is malformed; then nothing is published.

    ``max_age_hours``: how old the list may grow at a post before its status bar warns
    (None: keep the list's, or 48 h for a new list); a change alone publishes a new
    version of the header.
    """
    if not _LIST_CODE.fullmatch(list_code):
        raise HqRefusal(400, "bad_list", f"{list_code!r} is not a list code (letters, digits, "
                        "'_', '.', '-'; at most 64).")
    if action not in ACTION_PRIORITY:
        raise HqRefusal(400, "bad_action", f"Unknown action {action!r}: one of "
                        f"{', '.join(ACTION_PRIORITY)}.")
    if max_age_hours is not None and not 1 <= max_age_hours <= MAX_MAX_AGE_HOURS:
        raise HqRefusal(400, "bad_max_age", f"The maximum age is 1 to {MAX_MAX_AGE_HOURS} "
                        "hours.")
    parsed = ftm.parse_lines(lines, list_code, default_action=action, authority=authority)
    if parsed.errors:
        raise HqRefusal(400, "bad_watchlist", "Nothing was published: " +
                        "; ".join(str(p) for p in parsed.errors[:20]) +
                        (f" (and {len(parsed.errors) - 20} more)" if len(parsed.errors) > 20
                         else ""))
    current = _current(tx, list_code)
    items: list[tuple[str, str, dict[str, Any] | None]] = []
    added = changed = 0
    seen: set[str] = set()
    for alert in parsed.alerts:
        doc = alert.to_document()
        seen.add(alert.alert_id)
        old = current.get(alert.alert_id)
        if old is not None and old == wire.dumps(doc):
            continue
        items.append((f"{list_code}/{alert.alert_id}", "put", doc))
        if old is None:
            added += 1
        else:
            changed += 1
    gone = sorted(set(current) - seen) if replace else []
    items += [(f"{list_code}/{alert_id}", "delete", None) for alert_id in gone]
    header = _header(tx, list_code)
    entries = len(current) + added - len(gone)
    held_age = int(header.get("max_age_hours") or DEFAULT_MAX_AGE_HOURS) if header \
        else DEFAULT_MAX_AGE_HOURS
    max_age = held_age if max_age_hours is None else max_age_hours
    if not items and header is not None and max_age == held_age:
        return Published(list_code, int(header.get("version", 0)), 0, 0, 0, entries)
    version = int(header.get("version", 0)) + 1 if header else 1
    if items:
        feed.publish(tx, ALERTS, items)
    feed.publish(tx, LISTS, [(list_code, "put", {
        "list": list_code, "version": version, "authority": authority,
        "published_at": utc_now(), "entries": entries, "max_age_hours": max_age})])
    return Published(list_code, version, added, changed, len(gone), entries)


def withdraw_watchlist(tx: Tx, list_code: str) -> int:
    """Remove a list everywhere: a tombstone for each alert and for the list. Returns how
    many alerts were withdrawn. Raises HqRefusal 404 for a list HQ has not published."""
    if _header(tx, list_code) is None:
        raise HqRefusal(404, "no_list", f"HQ has not published a list {list_code!r}.")
    current = _current(tx, list_code)
    feed.publish(tx, ALERTS, [(f"{list_code}/{a}", "delete", None) for a in sorted(current)])
    feed.publish(tx, LISTS, [(list_code, "delete", None)])
    return len(current)
