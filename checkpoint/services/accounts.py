"""Operator accounts: a supervisor manages who may use the workstation; everyone
changes their own password.

A password a supervisor sets (a new account, a reset, a role change) is temporary:
the operator must choose their own at the next login. The role is part of the
operator's key slot (its metadata is authenticated), so a role change needs a new
slot and therefore a temporary password too. Every change is journaled.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from checkpoint.domain.ids import new_id, utc_now
from checkpoint.errors import Code, ConflictError, NotFoundError, ThrottledError, WrongPasswordError
from checkpoint.services import policy
from checkpoint.services.session import Session, login, throttle_key
from checkpoint.store import login_hint, operators, throttle

Operator = operators.Operator


@dataclass(frozen=True)
class Account:
    """One line of the accounts list: the operator and their current login delay."""

    username: str
    role: str
    active: bool
    must_change_password: bool
    created_at: str
    created_by: str
    login_delay: float
    failed_attempts: int


def _find(session: Session, username: str, *, active: bool = True) -> Operator:
    op = operators.get(session.database.conn, username)
    if op is None or (active and not op.active):
        raise NotFoundError(f"There is no operator named {username}.",
                            code=Code.OPERATOR_UNKNOWN, params={"username": username})
    return op


def _supervisors(session: Session) -> int:
    return sum(o.role == "supervisor" for o in operators.active(session.database.conn))


def add_operator(session: Session, username: str, role: str, password: str,
                 *, must_change_password: bool = False) -> Operator:
    """Create an account with its key slot (or enable a disabled one). Supervisors only.

    Raises PermissionDeniedError, UsageError (the name or role), PasswordPolicyError,
    ConflictError (the name exists or looks the same as an existing one).
    """
    session.require("supervisor")
    username = policy.check_username(username)
    policy.check_role(role)
    policy.check_password(password, username)
    conn = session.database.conn
    existing = operators.get(conn, username)
    if existing is not None and existing.active:
        raise ConflictError(f"An operator named {existing.username} already exists.",
                            code=Code.OPERATOR_EXISTS, params={"username": existing.username})
    if existing is None:
        look = policy.look_alike_key(username)
        for other in operators.every(conn):
            if policy.look_alike_key(other.username) == look:
                raise ConflictError(
                    f"{username!r} looks the same as the existing operator {other.username!r}"
                    " (Latin and Cyrillic letters can look identical): choose another name.",
                    code=Code.OPERATOR_LOOKALIKE,
                    params={"username": username, "existing": other.username})
    else:
        username = existing.username
    # the slot first: a crash before the database commit leaves a slot that cannot log in
    key = bytes(session.data_key)
    session.update_slots(lambda slots: slots.put_operator(username, role, password, key))
    with session.write() as c:
        if existing is None:
            op = Operator(new_id(), username, role, utc_now(), session.username, True,
                          must_change_password)
            operators.insert(c, op)
        else:
            operators.reactivate(c, username, role)
            operators.set_must_change(c, username, must_change_password)
        session.journal.append(session.username, "operator.add", f"operator:{username}",
                               {"role": role})
    return _find(session, username)


def reset_password(session: Session, username: str, temporary: str,
                   role: str | None = None) -> None:
    """Give another operator a temporary password (and a new role, when given); they
    must choose their own at the next login, and their login delay ends. Supervisors only.

    Raises PermissionDeniedError, NotFoundError, UsageError, PasswordPolicyError,
    ConflictError (your own account: change your password instead; the last supervisor
    cannot become an inspector).
    """
    session.require("supervisor")
    op = _find(session, username)
    new_role = policy.check_role(role) if role is not None else op.role
    if op.username.casefold() == session.username.casefold():
        raise ConflictError("Change your own password with Change my password; another "
                            "supervisor resets your account or changes your role.",
                            code=Code.RESET_SELF)
    if op.role == "supervisor" and new_role != "supervisor" and _supervisors(session) <= 1:
        raise ConflictError("The last supervisor cannot become an inspector.",
                            code=Code.LAST_SUPERVISOR_DEMOTE)
    policy.check_password(temporary, op.username)
    key = bytes(session.data_key)
    session.update_slots(
        lambda slots: slots.put_operator(op.username, new_role, temporary, key))
    with session.write() as c:
        operators.set_role(c, op.username, new_role)
        operators.set_must_change(c, op.username, True)
        session.journal.append(session.username, "operator.reset", f"operator:{op.username}",
                               {"role": new_role, "role_changed": new_role != op.role})
    state = throttle.load(session.layout)
    state.clear_delay(throttle_key(session.slots, op.username))
    throttle.save(session.layout, state)


def change_password(home: Path, username: str, old_password: str, new_password: str) -> None:
    """Rewrap the operator's own slot under a new password.

    Raises WrongPasswordError / ThrottledError for the old password, PasswordPolicyError.
    """
    policy.check_password(new_password, username)
    with login(home, username, old_password) as session:
        set_password(session, new_password)


def change_own_password(session: Session, current: str, new_password: str) -> None:
    """The logged-in operator changes their password, proving they know the current one
    (an unlocked workstation left alone must not let a passer-by change it).

    Raises WrongPasswordError (counted like a failed login), ThrottledError,
    PasswordPolicyError.
    """
    policy.check_password(new_password, session.username)
    state = throttle.load(session.layout)
    key = throttle_key(session.slots, session.username)
    wait = state.retry_after(key)
    if wait > 0:
        raise ThrottledError(wait)
    try:
        session.slots.unlock(session.username, current)
    except WrongPasswordError:
        state.failed(key, "wrong_password", utc_now())
        throttle.save(session.layout, state)
        raise
    set_password(session, new_password)


def set_password(session: Session, new_password: str) -> None:
    """Rewrap the logged-in operator's slot (also ends a must-change-password state)."""
    policy.check_password(new_password, session.username)
    key = bytes(session.data_key)
    session.update_slots(
        lambda slots: slots.put_operator(session.username, session.role, new_password, key))
    with session.write() as c:
        operators.set_must_change(c, session.username, False)
        session.journal.append(session.username, "operator.passwd",
                               f"operator:{session.username}", {})


def remove_operator(session: Session, username: str) -> None:
    """Disable an account and delete its key slot. Supervisors only; never your own
    account, never the last supervisor. ``add_operator`` enables it again."""
    session.require("supervisor")
    op = _find(session, username)
    if op.username.casefold() == session.username.casefold():
        raise ConflictError("You cannot remove your own account; ask another supervisor.",
                            code=Code.REMOVE_SELF)
    if op.role == "supervisor" and _supervisors(session) <= 1:
        raise ConflictError("The last supervisor cannot be removed.", code=Code.LAST_SUPERVISOR)
    with session.write() as c:
        operators.deactivate(c, op.username, utc_now())
        session.journal.append(session.username, "operator.remove", f"operator:{op.username}", {})
    session.update_slots(lambda slots: slots.remove(op.username))
    login_hint.forget(session.layout, session.slots, op.username)


disable_operator = remove_operator


def list_operators(session: Session) -> list[Operator]:
    ops = operators.active(session.database.conn)
    session.audit("operator.list", "operators", {"count": len(ops)})
    return ops


def list_accounts(session: Session) -> list[Account]:
    """Every account, disabled ones too, with its login delay. Supervisors only."""
    session.require("supervisor")
    state = throttle.load(session.layout)
    out = []
    for op in operators.every(session.database.conn):
        key = throttle_key(session.slots, op.username)
        rec = state.failures.get(key) or {}
        out.append(Account(op.username, op.role, op.active, op.must_change_password,
                           op.created_at, op.created_by, state.retry_after(key),
                           int(rec.get("since_login", 0))))
    session.audit("operator.list", "operators", {"count": len(out)})
    return out


def login_delay(session: Session, username: str) -> float:
    """Seconds ``username`` must still wait before a login attempt counts (0: none)."""
    return throttle.load(session.layout).retry_after(throttle_key(session.slots, username))


def clear_login_delay(session: Session, username: str) -> None:
    """End an operator's failed-login delay at once (journaled). Supervisors only.

    The failed attempts stay reported to the operator at their next login.
    Raises PermissionDeniedError, NotFoundError.
    """
    session.require("supervisor")
    op = _find(session, username)
    state = throttle.load(session.layout)
    key = throttle_key(session.slots, op.username)
    waited = state.retry_after(key)
    state.clear_delay(key)
    throttle.save(session.layout, state)
    session.audit("auth.delay_cleared", f"operator:{op.username}",
                  {"remaining_seconds": round(waited, 1)})
