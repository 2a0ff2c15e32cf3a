"""The operators table: who may use this workstation, in which role."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

ROLES = ("inspector", "supervisor")


@dataclass(frozen=True)
class Operator:
    id: str
    username: str
    role: str
    created_at: str
    created_by: str
    active: bool
    must_change_password: bool


_COLUMNS = "id, username, role, created_at, created_by, active, must_change_password"


def _row(r: Any) -> Operator:
    return Operator(r[0], r[1], r[2], r[3], r[4], bool(r[5]), bool(r[6]))


def insert(conn: Any, op: Operator) -> None:
    conn.execute(
        f"INSERT INTO operators ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (op.id, op.username, op.role, op.created_at, op.created_by, int(op.active),
         int(op.must_change_password)),
    )


def get(conn: Any, username: str) -> Operator | None:
    """The operator of that name in any case (SQLite's NOCASE folds ASCII only, so a
    Cyrillic name is compared case-folded here)."""
    r = conn.execute(f"SELECT {_COLUMNS} FROM operators WHERE username = ?", (username,)).fetchone()
    if r:
        return _row(r)
    if username.isascii():
        return None
    wanted = unicodedata.normalize("NFC", username).strip().casefold()
    for op in every(conn):
        if unicodedata.normalize("NFC", op.username).casefold() == wanted:
            return op
    return None


def active(conn: Any) -> list[Operator]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM operators WHERE active = 1 ORDER BY username"
    ).fetchall()
    return [_row(r) for r in rows]


def every(conn: Any) -> list[Operator]:
    """Every account, disabled ones too."""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM operators ORDER BY username").fetchall()
    return [_row(r) for r in rows]


def set_role(conn: Any, username: str, role: str) -> None:
    conn.execute("UPDATE operators SET role = ? WHERE username = ?", (role, username))


def deactivate(conn: Any, username: str, when: str) -> None:
    conn.execute(
        "UPDATE operators SET active = 0, removed_at = ? WHERE username = ?", (when, username)
    )


def reactivate(conn: Any, username: str, role: str) -> None:
    conn.execute(
        "UPDATE operators SET active = 1, removed_at = NULL, role = ? WHERE username = ?",
        (role, username),
    )


def set_must_change(conn: Any, username: str, value: bool) -> None:
    conn.execute(
        "UPDATE operators SET must_change_password = ? WHERE username = ?", (int(value), username)
    )
