"""Rotating HQ's own signing key, and its CA, without stranding a workstation (item 6).

Workstations pin HQ's Ed25519 signing key and its CA at enrollment. A rotation is done
in two steps, with the workstations' syncs in between:

1. ``checkpoint-hq rotate-keys prepare [--ca]`` makes the next signing key (and, with
   ``--ca``, a next CA and a server certificate from it for the same hosts) in
   ``next-keys/`` and publishes them to every workstation in the pulled collection
   ``hq_keys``, signed by the current key (:mod:`checkpoint.sync.protocol.hq_keys`).
   A workstation that pulls it keeps the next key and pins both CAs.
2. Once the workstations have pulled it (``checkpoint-hq workstations`` shows when each
   was last seen), ``checkpoint-hq rotate-keys activate`` moves the current files to
   ``retired-<time>/`` and the next ones into place; ``checkpoint-hq serve`` is
   restarted. The first answer a workstation gets signed by the next key makes it its
   pinned key (and the next CA its only pinned CA).

A workstation that missed the announcement cannot verify the new HQ: HQ re-admits it
(``checkpoint-hq readmit``) and its supervisor runs ``checkpoint enroll --readmit CODE
--ca ca.pem`` with the new CA, which pins the key HQ's answer announces, as at
enrollment. ``recovery-key.pem`` (the X25519 key of recovery slots and transfer
bundles) is not rotated here: slots sealed to it stay openable.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from checkpoint.errors import UsageError
from checkpoint.sync.protocol import hq_keys
from hq import feed, pki
from hq.config import HqConfig
from hq.db import Tx

NEXT_FOLDER = "next-keys"
SIGNING, CA_FILES = "signing-key.pem", ("ca.pem", "ca-key.pem", "server.pem", "server-key.pem")


def _write(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


def _load_signing(path: Path) -> Ed25519PrivateKey:
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise UsageError(f"{path.name} is not an Ed25519 private key.")
    return key


def prepare(config: HqConfig, tx: Tx, *, new_ca: bool) -> Path:
    """Make the next key (and CA) and announce them; return the folder they are in.
    Raises UsageError when a rotation is already prepared."""
    folder = config.folder / NEXT_FOLDER
    try:
        folder.mkdir(mode=0o700)
    except FileExistsError as e:
        raise UsageError(f"A rotation is already prepared in {folder}: activate it first "
                         "(or remove the folder to start again).") from e
    following = Ed25519PrivateKey.generate()
    _write(folder / SIGNING, following.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    ca_pem: str | None = None
    if new_ca:
        ca_key, ca_cert = pki.make_ca()
        srv_key, srv_cert = pki.make_server_cert(ca_key, ca_cert, config.hosts)
        ca_pem = pki.cert_pem(ca_cert).decode("ascii")
        _write(folder / "ca.pem", pki.cert_pem(ca_cert))
        _write(folder / "ca-key.pem", pki.private_pem(ca_key))
        _write(folder / "server.pem", pki.cert_pem(srv_cert))
        _write(folder / "server-key.pem", pki.private_pem(srv_key))
    data = hq_keys.announce(config.signing_key(), following.public_key(), ca_pem)
    feed.publish(tx, hq_keys.COLLECTION, [(hq_keys.NEXT, "put", data)])
    return folder


def activate(config: HqConfig, tx: Tx) -> Path:
    """Put the prepared key (and CA) in place; return where the old files went.
    Raises UsageError when no rotation is prepared. Restart ``serve`` afterwards."""
    folder = config.folder / NEXT_FOLDER
    if not (folder / SIGNING).exists():
        raise UsageError("No rotation is prepared: run `checkpoint-hq rotate-keys prepare` "
                         "and let the workstations sync first.")
    _load_signing(folder / SIGNING)  # a damaged file is refused before anything moves
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    retired = config.folder / f"retired-{stamp}"
    retired.mkdir(mode=0o700)
    for name in (SIGNING, *CA_FILES):
        if (folder / name).exists():
            shutil.move(config.folder / name, retired / name)
            shutil.move(folder / name, config.folder / name)
    folder.rmdir()
    # the announcement is spent; its deletion is the first page the new key signs
    feed.publish(tx, hq_keys.COLLECTION, [(hq_keys.NEXT, "delete", None)])
    return retired
