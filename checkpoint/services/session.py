"""Logging in: unlocking the store with an operator's password, and the open session.

A :class:`Session` is one operator's unlocked view of the workstation: the keyed
database connection, the journal, the key slots. Every service takes a session and
checks its role; every write goes through :meth:`Session.write`, which opens one
transaction in which the change and its journal entry are committed together.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from checkpoint.crypto.wipe import wipe
from checkpoint.domain.ids import utc_now
from checkpoint.errors import (
    Code,
    DamagedStoreError,
    KeyslotError,
    NotInitializedError,
    PermissionDeniedError,
    StoreError,
    ThrottledError,
    WrongPasswordError,
)
from checkpoint.journal import Entry, Journal
from checkpoint.store import identity, login_hint, migrations, operators, slotfile, throttle
from checkpoint.store.connection import Database, connect, translate_errors
from checkpoint.store.keyslots import KeySlots
from checkpoint.store.layout import Layout

log = logging.getLogger(__name__)


def layout_for(home: Path) -> Layout:
    layout = Layout(home)
    if not layout.is_initialized():
        raise NotInitializedError(
            f"There is no workstation in {home} yet.", params={"home": str(home)}
        )
    return layout


def open_database(layout: Layout, data_key: bytes, *, create: bool = False) -> Database:
    """Connect with the data key and bring the schema up to date."""
    database = Database(connect(layout.database, data_key, must_exist=not create))
    try:
        migrations.upgrade(database)
    except BaseException:
        database.close()
        raise
    return database


class Session:
    """One operator's unlocked workstation. Close it to sign the journal head."""

    def __init__(self, layout: Layout, database: Database, slots: KeySlots,
                 data_key: bytes, operator: operators.Operator) -> None:
        self.layout = layout
        self.database = database
        self.slots = slots
        self.data_key = bytearray(data_key)
        self.operator = operator
        self.closed = False
        #: failed attempts on this operator's name since their previous login (shown once)
        self.failed_attempts = 0
        with translate_errors():
            self.identity = identity.load(database.conn)
        self.journal = Journal(database.conn, self.identity.device_id, self.identity.signing_key)

    # -- who ------------------------------------------------------------------------------

    @property
    def username(self) -> str:
        return self.operator.username

    @property
    def role(self) -> str:
        return self.operator.role

    @property
    def device_id(self) -> str:
        return self.identity.device_id

    def require(self, role: str) -> None:
        """Raise PermissionDeniedError unless the operator has ``role``."""
        if self.operator.role != role:
            raise PermissionDeniedError(
                f"Only a {role} may do this; {self.username} is an {self.operator.role}.",
                code=Code.ROLE_REQUIRED,
                params={"role": role, "username": self.username, "actual": self.operator.role},
            )

    # -- writing ---------------------------------------------------------------------------

    @contextlib.contextmanager
    def write(self) -> Iterator[Any]:
        """A transaction for one change and its journal entry; yields the connection."""
        with self.database.transaction() as db:
            yield db.conn

    def audit(self, action: str, subject: str, payload: dict[str, Any] | None = None) -> Entry:
        """Journal an action that changes nothing else (a view, an export, a login)."""
        with self.write():
            return self.journal.append(self.username, action, subject, payload)

    def update_slots(self, change: Callable[[KeySlots], object]) -> None:
        """Change the key slot file as it is on disk now (another program may have changed
        it since login) and keep this session's copy in step."""
        self.slots, _ = slotfile.update(self.layout, bytes(self.data_key), change)

    # -- ending ----------------------------------------------------------------------------

    def close(self) -> None:
        """Sign a checkpoint of the journal head and close the database; drop the key."""
        if self.closed:
            return
        self.closed = True
        try:
            with self.write():
                self.journal.sign_head()
        except StoreError:
            log.warning("could not sign the journal head at shutdown", exc_info=True)
        finally:
            self.database.close()
            wipe(self.data_key)

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _journal_pending(session: Session, state: throttle.AuthState) -> None:
    """Write the attempts made while the store was locked into the journal."""
    if not state.pending:
        return
    names = {session.slots.user_hash(op.username): op.username
             for op in operators.active(session.database.conn)}
    for item in state.pending:
        actor = names.get(str(item.get("user_hash")), "unknown")
        action = "auth.login_failed" if item.get("outcome") != "restored" else "store.restored"
        session.journal.append(actor, action, f"operator:{actor}",
                               {"attempted_at": item.get("time"), "outcome": item.get("outcome")})
    if state.dropped:
        session.journal.append("unknown", "auth.login_failed", "operators",
                               {"outcome": "not_kept", "count": state.dropped})


def throttle_key(slots: KeySlots, username: str) -> str:
    """The throttle key of a name: its slot's hash, or a shared bucket for a name that
    matches no slot (it may be a password typed into the name field: never keep its hash)."""
    user_hash = slots.user_hash(username)
    return user_hash if slots.find(username) is not None else throttle.unknown_key(user_hash)


def _open_unlocked(layout: Layout, unlocked: slotfile.Unlocked, username: str,
                   password: str) -> tuple[Database, slotfile.Unlocked]:
    """Open the database; finish or discard an interrupted rekey on the way."""
    pending = layout.keyslots_rekey
    try:
        database = open_database(layout, unlocked.data_key)
    except DamagedStoreError:
        if not pending.exists():
            raise
        resealed = KeySlots.parse(pending.read_bytes())
        key, role = resealed.unlock(username, password)
        if not resealed.mac_ok(key):
            raise
        database = open_database(layout, key)
        slotfile.save(layout, resealed, key)
        pending.unlink()
        log.warning("finished an interrupted rekey")
        return database, slotfile.Unlocked(resealed, key, role, True)
    if pending.exists():
        pending.unlink()  # the rekey never reached the database
    return database, unlocked


def _remember(layout: Layout, slots: KeySlots, username: str) -> None:
    """Keep the name for the next start's login window, if the settings allow it."""
    from checkpoint.services import settings

    try:
        if settings.load(layout.home).remember_last_operator:
            login_hint.remember(layout, slots, username)
        else:
            login_hint.clear(layout)
    except OSError:
        log.warning("could not keep the login hint", exc_info=True)


def login_wait(home: Path, username: str) -> float:
    """Seconds ``username`` must wait before the next login attempt counts (0: none)."""
    layout = layout_for(home)
    key = throttle_key(slotfile.candidates(layout)[0], username)
    return throttle.load(layout).retry_after(key)


def last_operator(home: Path) -> str | None:
    """The name to offer in the login window (None: offer none)."""
    from checkpoint.services import settings

    layout = Layout(home)
    if not layout.is_initialized() or not settings.load(home).remember_last_operator:
        return None
    return login_hint.recall(layout)


def forget_last_operator(home: Path) -> None:
    """Delete the remembered name at once (the setting was turned off)."""
    login_hint.clear(Layout(home))


def login(home: Path, username: str, password: str) -> Session:
    """Unlock the workstation as ``username``.

    Raises WrongPasswordError (unknown name, wrong password, removed operator; its
    ``retry_after`` is the wait the failure started), ThrottledError (too many
    failures: wait; the attempt was not counted), KeyslotError / DamagedStoreError
    (the files are damaged or tampered with), NotInitializedError.
    """
    layout = layout_for(home)
    copies = slotfile.candidates(layout)
    user_hash = throttle_key(copies[0], username)
    state = throttle.load(layout)
    wait = state.retry_after(user_hash)
    if wait > 0:  # refused without counting: pressing Enter again never makes it longer
        state.refused(user_hash, utc_now())
        throttle.save(layout, state)
        raise ThrottledError(wait)
    try:
        unlocked = slotfile.unlock(layout, username, password)
    except WrongPasswordError:
        state.failed(user_hash, "wrong_password", utc_now())
        throttle.save(layout, state)
        raise WrongPasswordError(retry_after=state.retry_after(user_hash)) from None
    database, unlocked = _open_unlocked(layout, unlocked, username, password)
    try:
        with translate_errors():
            op = operators.get(database.conn, username)
        if op is None or not op.active:
            state.failed(user_hash, "removed_operator", utc_now())
            throttle.save(layout, state)
            raise WrongPasswordError(retry_after=state.retry_after(user_hash))
        if op.role != unlocked.role:
            raise KeyslotError(
                "This operator's key slot does not match the account (its role was edited); "
                "a supervisor must reset the account."
            )
        session = Session(layout, database, unlocked.slots, unlocked.data_key, op)
    except BaseException:
        database.close()
        raise
    session.failed_attempts = state.succeeded(user_hash)
    with session.write():
        _journal_pending(session, state)
        if unlocked.repaired:
            session.journal.append(username, "keyslots.repaired", "keyslots", {})
        session.journal.append(username, "auth.login", f"operator:{username}", {})
    state.pending, state.dropped = [], 0
    throttle.save(layout, state)
    _remember(layout, unlocked.slots, op.username)
    log.info("operator logged in (role %s)", op.role)
    return session

