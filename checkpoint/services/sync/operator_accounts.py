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
from checkpoint.services.sync.context import SyncContext
from checkpoint.store import operators
from checkpoint.store import sync_tables as tables
from checkpoint.sync.protocol import box, wire
from checkpoint.sync.protocol.items import DELETE, PulledItem

log = logging.getLogger(__name__)

COLLECTION = "operators"
ACTOR = "hq"


def apply(ctx: SyncContext, conn: Any, item: PulledItem) -> bool:
    """Apply one account change; return whether anything changed.

    Raises ProtocolError for an account that cannot be opened or is malformed.
    """
    if item.op == DELETE:
        return revoke(ctx, conn, item.key, item.version)
    data = item.data
    try:
        username = policy.check_username(str(data["username"]))
        role = policy.check_role(str(data["role"]))
        sealed = wire.unb64(data["password"], "the sealed password")
    except (KeyError, CheckpointError) as e:
        raise ProtocolError(f"An operator account from HQ is malformed: {e}") from e
    if username.casefold() != item.key:
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
        operators.reactivate(conn, existing.username, role)
        operators.set_must_change(conn, existing.username, True)
    ctx.journal.append(ACTOR, "operator.add", f"operator:{username}",
                       {"role": role, "source": "hq", "version": item.version})
    log.info("operator account from HQ applied (role %s)", role)
    return True


def revoke(ctx: SyncContext, conn: Any, key: str, version: int) -> bool:
    """Deactivate the account named ``key`` (case-folded) and remove its key slot."""
    found = operators.get(conn, key)
    if found is None or not found.active:
        return False
    username = found.username
    ctx.slots.update(lambda slots: slots.remove(username))
    operators.deactivate(conn, username, utc_now())
    ctx.journal.append(ACTOR, "operator.revoke", f"operator:{username}",
                       {"source": "hq", "version": version})
    log.info("operator account revoked by HQ")
    return True


def sweep(ctx: SyncContext, conn: Any, generation: int) -> int:
    """After a full resync: revoke accounts from HQ that HQ no longer lists."""
    stale = tables.stale_keys(conn, COLLECTION, generation)
    return sum(revoke(ctx, conn, key, 0) for key in stale)
