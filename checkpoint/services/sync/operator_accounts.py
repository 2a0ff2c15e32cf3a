"""Operator accounts from HQ: a key slot made from the one-time initial password.

An account arrives with its initial password sealed to this workstation's box key.
Applying it (re)creates the operator's key slot with that password (while the
workstation is unlocked: the sync engine holds the data key) and marks the account
*must change password*, so the officer chooses their own at first login. A revoked
account is deactivated and its key slot removed. The slot file is written before
the database commits: a crash in between leaves a slot no one can log in with (the
account row decides) and the page is applied again at the next pull.

HQ's accounts never take over the post's own (issue 9, item 3). An account from HQ
whose name is, compared case-insensitively, that of an account made at this
workstation (by ``init`` or a supervisor: ``created_by`` is not ``hq``) is refused:
the local account keeps its role and password, and HQ's item is set aside (the pull
quarantine) and journaled as ``operator.conflict``; HQ's revocation of such a name is
refused the same way. Refusing, rather than keeping both, is deliberate: two accounts
that differ only in case would be one at the login prompt. For the same reason a new
account from HQ that *looks* the same as any account here (``АРЕ`` in Cyrillic beside
``APE`` in Latin: :func:`checkpoint.domain.names.look_alike_key`) is refused
(``operator.hq_lookalike``), as a supervisor adding it at the post would be. And the
workstation always keeps an active supervisor: a change from HQ that would revoke or
demote the last one is refused (``operator.last_supervisor``) until HQ sends another
supervisor first. (``hq`` is a reserved name, so no account made here passes for HQ's.)
Each refusal raises :class:`~checkpoint.errors.ConflictError` (or ``UsageError`` for a
name or role this workstation does not accept, ``ProtocolError`` for an item it cannot
read) before anything is written; the pull sets the item aside and goes on.
"""

from __future__ import annotations

import logging
from typing import Any

from checkpoint.domain.ids import new_id, utc_now
from checkpoint.errors import CheckpointError, Code, ConflictError, ProtocolError
from checkpoint.services import policy
from checkpoint.services.sync.context import SyncContext
from checkpoint.store import operators
from checkpoint.store import sync_tables as tables
from checkpoint.sync.protocol import box, wire
from checkpoint.sync.protocol.items import DELETE, PulledItem

log = logging.getLogger(__name__)

COLLECTION = "operators"
ACTOR = "hq"


def _refuse_local(existing: operators.Operator | None) -> None:
    """Raise ConflictError when ``existing`` is an account made at this workstation."""
    if existing is not None and existing.created_by != ACTOR:
        raise ConflictError(f"HQ's account {existing.username!r} has the name of an account "
                            "of this workstation; the local account is kept.",
                            code=Code.ACCOUNT_LOCAL, params={"username": existing.username})


def _refuse_lookalike(conn: Any, username: str) -> None:
    """Raise ConflictError when a new account ``username`` looks like one held here."""
    look = policy.look_alike_key(username)
    for other in operators.every(conn):
        if policy.look_alike_key(other.username) == look:
            raise ConflictError(
                f"HQ's account {username!r} looks the same as the account "
                f"{other.username!r} of this workstation; it was not applied.",
                code=Code.ACCOUNT_LOOKALIKE,
                params={"username": username, "existing": other.username})


def _refuse_last_supervisor(conn: Any, existing: operators.Operator) -> None:
    """Raise ConflictError when ``existing`` is the workstation's last active supervisor."""
    supervisors = [o for o in operators.active(conn) if o.role == "supervisor"]
    if existing.active and existing.role == "supervisor" and len(supervisors) <= 1:
        raise ConflictError("HQ's change would leave the workstation without a supervisor.",
                            code=Code.LAST_SUPERVISOR, params={"username": existing.username})


def apply(ctx: SyncContext, conn: Any, item: PulledItem) -> bool:
    """Apply one account change; return whether anything changed.

    Raises, before anything is written: UsageError for a name or role this workstation
    refuses, ProtocolError for an account that cannot be read or opened, ConflictError
    for one that would take over a local account or remove the last supervisor.
    """
    if item.op == DELETE:
        return revoke(ctx, conn, item.key, item.version)
    data = item.data
    try:
        raw_name, raw_role = data["username"], data["role"]
        sealed = wire.unb64(data["password"], "the sealed password")
    except KeyError as e:
        raise ProtocolError(f"An operator account from HQ lacks {e.args[0]!r}.") from e
    username = policy.check_username(str(raw_name))
    role = policy.check_role(str(raw_role))
    if username.casefold() != item.key:
        raise ProtocolError("An operator account from HQ does not match its key.")
    existing = operators.get(conn, username)
    _refuse_local(existing)
    if existing is None:
        _refuse_lookalike(conn, username)
    if existing is not None and role != "supervisor":
        _refuse_last_supervisor(conn, existing)
    try:
        password = box.unseal(sealed, ctx.enrollment.box_private,
                              box.operator_password_ad(ctx.device_id, username, role)).decode()
    except (CheckpointError, UnicodeDecodeError) as e:
        raise ProtocolError("An operator account from HQ cannot be opened.") from e
    key = ctx.slots.data_key
    ctx.slots.update(lambda slots: slots.put_operator(username, role, password, key))
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
    """Deactivate the account named ``key`` (case-folded) and remove its key slot.

    Raises ConflictError (nothing written) for a local account or the last supervisor.
    """
    found = operators.get(conn, key)
    if found is None or not found.active:
        return False
    _refuse_local(found)
    _refuse_last_supervisor(conn, found)
    username = found.username
    ctx.slots.update(lambda slots: slots.remove(username))
    operators.deactivate(conn, username, utc_now())
    ctx.journal.append(ACTOR, "operator.revoke", f"operator:{username}",
                       {"source": "hq", "version": version})
    log.info("operator account revoked by HQ")
    return True


def sweep(ctx: SyncContext, conn: Any, generation: int) -> int:
    """After a full resync: revoke accounts from HQ that HQ no longer lists (except the
    last supervisor, which stays until HQ sends another)."""
    done = 0
    for key in tables.stale_keys(conn, COLLECTION, generation):
        try:
            done += revoke(ctx, conn, key, 0)
        except ConflictError:
            log.warning("an account HQ no longer lists is kept: it is the last supervisor")
    return done
