"""Importing an offline transfer bundle: verified, opened, applied like a push."""

from __future__ import annotations

from checkpoint.errors import NotFoundError, ProtocolError, RemoteRejectedError
from checkpoint.sync.protocol import bundle as bundle_format
from hq import devices, intake, limits
from hq.config import HqConfig
from hq.db import Database
from hq.errors import HqRefusal


def import_bundle(config: HqConfig, db: Database, data: bytes) -> intake.Outcome:
    """Apply a bundle's items with the same checks and idempotency as a push.

    Raises FormatError (not a bundle), NotFoundError (unknown workstation),
    ProtocolError (bad signature, sealed to another HQ), RemoteRejectedError (the
    journal does not extend HQ's: rollback, fork or gap; an alert is raised).
    """
    found = bundle_format.read(data)
    try:
        with db.transaction() as tx:
            device = devices.load(tx, found.device, lock=True)
            if device is None:
                raise NotFoundError(f"Workstation {found.device} is not enrolled here.")
            body = limits.decode(bundle_format.open_items(found, device.verify_key,
                                                          config.box_key()), limits.PUSH)
            items = body.get("items") if isinstance(body, dict) else None
            if not isinstance(items, list):
                raise ProtocolError("The bundle holds no items.")
            return intake.apply(tx, device, items,
                                validate_documents=config.validate_documents, source="bundle")
    except HqRefusal as e:
        if e.alert is not None:
            with db.transaction() as tx:
                devices.raise_alert(tx, *e.alert)
        raise RemoteRejectedError(e.message) from e
