"""A stand-in for :class:`checkpoint.sync.client.HqClient` that answers from a script,
so the push and pull branches for bad or hostile answers can be driven without a
server. (The real HQ is exercised end to end in ``tests/e2e``.)"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from checkpoint.journal import Journal
from checkpoint.services.session import Session
from checkpoint.services.sync.context import Slots, SyncContext
from checkpoint.store import sync_tables as tables
from checkpoint.sync.client import Reply
from checkpoint.sync.protocol import wire

Answer = Callable[[str, str, bytes, Mapping[str, str] | None], tuple[int, Any]]


@dataclass
class FakeHq:
    """Answers ``call`` with ``answers[path](method, path, body, query)`` → (status, body)."""

    answers: dict[str, Answer]
    calls: list[tuple[str, str, Any]] = field(default_factory=list)

    def call(self, method: str, path: str, *, seq: int, body: bytes = b"",
             query: Mapping[str, str] | None = None, accept: Collection[int] = (200,),
             hq_key: object = None) -> Reply:
        self.calls.append((method, path, wire.decode(body) if body else None))
        status, answer = self.answers[path](method, path, body, query)
        if status not in accept:
            raise AssertionError(f"the fake HQ answered {status} where {accept} are accepted")
        return Reply(status, answer, 0.0)

    def close(self) -> None:
        pass


@contextlib.contextmanager
def context(session: Session, hq: FakeHq, home: Path,
            cancel: threading.Event | None = None) -> Iterator[SyncContext]:
    """A sync context over the session's own database connection and the fake HQ.

    The workstation is marked enrolled (``sync_config``) with throwaway HQ keys."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from checkpoint.crypto.seal import raw_private
    from checkpoint.domain.ids import utc_now

    box = X25519PrivateKey.generate()
    enrollment = tables.Enrollment("https://hq.invalid", "", "hq-test",
                                   Ed25519PrivateKey.generate().public_key(),
                                   X25519PrivateKey.generate().public_key(), box, "UA-TEST",
                                   False, utc_now())
    with session.write() as conn:
        tables.save_enrollment(conn, enrollment, raw_private(box))
    ident = session.identity
    yield SyncContext(session.layout, session.database, ident,
                      Journal(session.database.conn, ident.device_id, ident.signing_key),
                      enrollment, hq, Slots(session.layout, bytes(session.data_key), None),  # type: ignore[arg-type]
                      None, cancel, batch_count=3)
