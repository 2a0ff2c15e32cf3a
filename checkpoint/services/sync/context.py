"""What one sync run works with: its own database connection, the workstation's
identity and journal, the enrollment, the HQ client, progress and cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from checkpoint.journal import Journal
from checkpoint.services.sync.status import Progress, ProgressCallback
from checkpoint.store import slotfile
from checkpoint.store.connection import Database
from checkpoint.store.identity import Identity
from checkpoint.store.keyslots import KeySlots
from checkpoint.store.layout import Layout
from checkpoint.store.sync_tables import Enrollment
from checkpoint.sync.client import HqClient


class Slots:
    """The key slot file as the sync engine changes it: re-read before every change, and
    the logged-in session's copy (if any) updated after, so neither overwrites the other."""

    def __init__(self, layout: Layout, data_key: bytes, shared: KeySlots | None) -> None:
        self.layout, self.data_key, self.shared = layout, data_key, shared

    def update(self, change: Callable[[KeySlots], object]) -> None:
        """Apply ``change`` to the slot file on disk (locked read-modify-write).

        Raises KeyslotError when no copy of the file passes its check.
        """
        slots, _ = slotfile.update(self.layout, self.data_key, change)
        if self.shared is not None:
            self.shared.slots = list(slots.slots)
            self.shared.mac = slots.mac


@dataclass
class SyncContext:
    layout: Layout
    database: Database
    identity: Identity
    journal: Journal
    enrollment: Enrollment
    client: HqClient
    slots: Slots
    progress: ProgressCallback | None = None
    cancel: threading.Event | None = None
    batch_count: int = 500
    batch_bytes: int = 2 * 1024 * 1024
    page_limit: int = 2000
    notes: list[str] = field(default_factory=list)

    @property
    def device_id(self) -> str:
        return self.identity.device_id

    def cancelled(self) -> bool:
        return self.cancel is not None and self.cancel.is_set()

    def report(self, phase: str, done: int, total: int | None) -> None:
        if self.progress is not None:
            self.progress(Progress(phase, done, total))
