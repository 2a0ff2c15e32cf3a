"""Operator accounts from HQ: a key slot made from the one-time initial password.

An account arrives with its initial password sealed to this workstation's box key.
Applying it (re)creates the operator's key slot with that password (while the
workstation is unlocked: the sync engine holds the data key) and marks the account
*must change password*, so the officer chooses their own at first login. A revoked
account is deactivated and its key slot removed. The slot file is written before
the database commits: a crash in between leaves a slot no one can log in with (the
account row decides) and the page is applied again at the next pull.
"""

from __future__ import annotations

import logging
from typing import Any

from checkpoint.domain.ids import new_id, utc_now
from checkpoint.errors import CheckpointError, ProtocolError
from checkpoint.services import policy
from checkpoint.services.sync_context import SyncContext
from checkpoint.store import operators
from checkpoint.sync.protocol import box, wire

log = logging.getLogger(__name__)

COLLECTION = "operators"
ACTOR = "hq"


def subject(item: dict[str, Any]) -> str:
    data = item.get("data") or {}
    return f"operator:{data.get('username') or item['key']}"


def apply(ctx: SyncContext, conn: Any, item: dict[str, Any]) -> bool:
    """Apply one account change; return whether anything changed.

    Raises ProtocolError for an account that cannot be opened or is malformed.
    """
    if item["op"] == "delete":
        return revoke(ctx, conn, str(item["key"]), int(item["version"]))
    data = item["data"]
    try:
        username = policy.check_username(str(data["username"]))
        role = policy.check_role(str(data["role"]))
        sealed = wire.unb64(data["password"], "the sealed password")
    except (KeyError, CheckpointError) as e:
        raise ProtocolError(f"An operator account from HQ is malformed: {e}") from e
    if username.casefold() != str(item["key"]):
        raise ProtocolError("An operator account from HQ does not match its key.")
    password = box.unseal(sealed, ctx.enrollment.box_private,
                          box.operator_password_ad(ctx.device_id, username, role)).decode()
    key = ctx.slots.data_key
    ctx.slots.update(lambda slots: slots.put_operator(username, role, password, key))
    existing = operators.get(conn, username)
    if existing is None:
        operators.insert(conn, operators.Operator(new_id(), username, role, utc_now(), ACTOR,
                                                  True, True))
    else:
        conn.execute("UPDATE operators SET role = ?, active = 1, removed_at = NULL, "
                     "must_change_password = 1 WHERE username = ?", (role, existing.username))
    ctx.journal.append(ACTOR, "operator.add", f"operator:{username}",
                       {"role": role, "source": "hq", "version": int(item["version"])})
    log.info("operator account from HQ applied (role %s)", role)
    return True


def revoke(ctx: SyncContext, conn: Any, key: str, version: int) -> bool:
    """Deactivate the account named ``key`` (case-folded) and remove its key slot."""
    row = conn.execute("SELECT username FROM operators WHERE username = ? AND active = 1",
                       (key,)).fetchone()
    if row is None:
        return False
    username = str(row[0])
    ctx.slots.update(lambda slots: slots.remove(username))
    operators.deactivate(conn, username, utc_now())
    ctx.journal.append(ACTOR, "operator.revoke", f"operator:{username}",
                       {"source": "hq", "version": version})
    log.info("operator account revoked by HQ")
    return True


def sweep(ctx: SyncContext, conn: Any, generation: int) -> int:
    """After a full resync: revoke accounts from HQ that HQ no longer lists."""
    stale = [str(r[0]) for r in conn.execute(
        "SELECT key FROM hq_items WHERE collection = ? AND generation < ?",
        (COLLECTION, generation))]
    return sum(revoke(ctx, conn, key, 0) for key in stale)
