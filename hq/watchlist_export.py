"""``checkpoint-hq export-watchlist``: HQ's current lists in a signed offline file.

The file holds, for each list, exactly what a fresh pull would give a workstation: the
list's published header and every alert published for it now
(:mod:`checkpoint.sync.protocol.watchlist_file` says the layout). It is signed with HQ's
signing key, the one that signs every answer and pulled page, so a workstation checks
it with the key it pinned at enrollment. It also carries HQ's change-log version at the
time of export (``feed_version``): a workstation that imports it skips, at its next
pull, the items of these lists it already has from the file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from checkpoint.domain.ids import utc_now
from checkpoint.sync.protocol import watchlist_file
from hq import watchlists
from hq.config import HqConfig
from hq.db import Tx
from hq.errors import HqRefusal


@dataclass(frozen=True)
class Export:
    data: bytes
    lists: tuple[watchlist_file.ListHeader, ...]
    feed_version: int


def export_watchlists(config: HqConfig, tx: Tx, codes: Sequence[str] = ()) -> Export:
    """The signed file of the lists ``codes`` (none: every list HQ publishes).

    Raises HqRefusal 404 when HQ publishes no such list (or none at all).
    """
    tx.lock_changes()  # a consistent view: nothing is published while this reads
    wanted = list(dict.fromkeys(codes)) or watchlists.list_codes(tx)
    if not wanted:
        raise HqRefusal(404, "no_list", "HQ publishes no watchlist to export.")
    heads: list[watchlist_file.ListHeader] = []
    alerts: list[dict[str, str]] = []
    for code in wanted:
        head = watchlists.header(tx, code)
        if head is None:
            raise HqRefusal(404, "no_list", f"HQ has not published a list {code!r}.")
        current = watchlists.current_alerts(tx, code)
        heads.append(watchlist_file.ListHeader(
            code, int(head["version"]), len(current),
            int(head.get("max_age_hours") or watchlists.DEFAULT_MAX_AGE_HOURS),
            str(head.get("authority") or ""), str(head.get("published_at") or "")))
        alerts.append(current)
    row = tx.one("SELECT max(version) FROM changes")
    feed_version = int(row[0] or 0)

    def docs() -> Iterator[dict[str, object]]:
        for current in alerts:
            for alert_id in sorted(current):
                yield json.loads(current[alert_id])

    data = watchlist_file.write(heads, docs(), hq_id=config.hq_id, created_at=utc_now(),
                                feed_version=feed_version, signing_key=config.signing_key())
    return Export(data, tuple(heads), feed_version)
