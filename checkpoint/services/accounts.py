"""Operator accounts: a supervisor manages who may use the workstation."""

from __future__ import annotations

from pathlib import Path

from checkpoint.domain.ids import new_id, utc_now
from checkpoint.errors import Code, ConflictError, NotFoundError
from checkpoint.services import policy
from checkpoint.services.session import Session, login
from checkpoint.store import operators

Operator = operators.Operator


def add_operator(session: Session, username: str, role: str, password: str,
                 *, must_change_password: bool = False) -> Operator:
    """Create an account with its key slot. Supervisors only.

    Raises PermissionDeniedError, UsageError, PasswordPolicyError, ConflictError.
    """
    session.require("supervisor")
    policy.check_username(username)
    policy.check_role(role)
    policy.check_password(password, username)
    conn = session.database.conn
    existing = operators.get(conn, username)
    if existing is not None and existing.active:
        raise ConflictError(f"An operator named {existing.username} already exists.",
                            code=Code.OPERATOR_EXISTS, params={"username": existing.username})
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
    found = operators.get(conn, username)
    assert found is not None
    return found


def change_password(home: Path, username: str, old_password: str, new_password: str) -> None:
    """Rewrap the operator's own slot under a new password.

    Raises WrongPasswordError / ThrottledError for the old password, PasswordPolicyError.
    """
    policy.check_password(new_password, username)
    with login(home, username, old_password) as session:
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
    """Remove an account and its key slot. Supervisors only; never the last supervisor."""
    session.require("supervisor")
    conn = session.database.conn
    op = operators.get(conn, username)
    if op is None or not op.active:
        raise NotFoundError(f"There is no operator named {username}.")
    if op.username.casefold() == session.username.casefold():
        raise ConflictError("You cannot remove your own account; ask another supervisor.",
                            code=Code.REMOVE_SELF)
    if op.role == "supervisor" and sum(
        o.role == "supervisor" for o in operators.active(conn)
    ) <= 1:
        raise ConflictError("The last supervisor cannot be removed.", code=Code.LAST_SUPERVISOR)
    with session.write() as c:
        operators.deactivate(c, op.username, utc_now())
        session.journal.append(session.username, "operator.remove", f"operator:{op.username}", {})
    session.update_slots(lambda slots: slots.remove(op.username))


def list_operators(session: Session) -> list[Operator]:
    ops = operators.active(session.database.conn)
    session.audit("operator.list", "operators", {"count": len(ops)})
    return ops
