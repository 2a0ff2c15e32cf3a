"""An HQ folder: its settings (``hq.json``), certificates and keys.

``checkpoint-hq init DIR`` writes, all owner-only:

- ``ca.pem`` / ``ca-key.pem``: the CA workstations pin at enrollment;
- ``server.pem`` / ``server-key.pem``: the HTTPS certificate for the given hosts;
- ``signing-key.pem``: HQ's Ed25519 key, which signs every answer and pulled page;
- ``recovery-key.pem`` / ``recovery-public.pem``: HQ's X25519 key pair, which opens
  workstations' recovery slots and offline transfer bundles;
- ``hq.json``: database URL (SQLite file in the folder by default), hosts, port,
  HQ's id and the secret that authenticates pull cursors.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from checkpoint.errors import AlreadyInitializedError, NotInitializedError, UsageError
from hq import pki

CONFIG_NAME = "hq.json"
DEFAULT_PORT = 8443
DIR_ENV = "CHECKPOINT_HQ_DIR"


def default_folder() -> Path:
    return Path(os.environ.get(DIR_ENV, "hq-data")).expanduser()


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` readable and writable by its owner only (0600): keys,
    certificates and the configuration HQ issues (its own, and agencies')."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)  # a file that existed keeps its mode otherwise
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


def _pkcs8(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


@dataclass(frozen=True)
class HqConfig:
    folder: Path
    hq_id: str
    database_url: str
    hosts: list[str]
    port: int = DEFAULT_PORT
    validate_documents: bool = False
    cursor_secret: bytes = field(default=b"", repr=False)

    @property
    def ca_cert(self) -> Path:
        return self.folder / "ca.pem"

    @property
    def ca_key(self) -> Path:
        return self.folder / "ca-key.pem"

    @property
    def server_cert(self) -> Path:
        return self.folder / "server.pem"

    @property
    def server_key(self) -> Path:
        return self.folder / "server-key.pem"

    @property
    def recovery_public(self) -> Path:
        return self.folder / "recovery-public.pem"

    def signing_key(self) -> Ed25519PrivateKey:
        key = serialization.load_pem_private_key((self.folder / "signing-key.pem").read_bytes(),
                                                 password=None)
        if not isinstance(key, Ed25519PrivateKey):
            raise UsageError("signing-key.pem is not an Ed25519 private key.")
        return key

    def box_key(self) -> X25519PrivateKey:
        key = serialization.load_pem_private_key((self.folder / "recovery-key.pem").read_bytes(),
                                                 password=None)
        if not isinstance(key, X25519PrivateKey):
            raise UsageError("recovery-key.pem is not an X25519 private key.")
        return key

    def verify_key(self) -> Ed25519PublicKey:
        return self.signing_key().public_key()

    def box_public(self) -> X25519PublicKey:
        return self.box_key().public_key()

    def to_dict(self) -> dict[str, Any]:
        return {"hq_id": self.hq_id, "database_url": self.database_url, "hosts": self.hosts,
                "port": self.port, "validate_documents": self.validate_documents,
                "cursor_secret": self.cursor_secret.hex()}


def init_hq(folder: Path, hosts: list[str], database_url: str | None = None,
            port: int = DEFAULT_PORT, validate_documents: bool = False) -> HqConfig:
    """Create an HQ folder with a new CA, certificate and keys.

    Raises AlreadyInitializedError when ``folder`` already holds an HQ.
    """
    if (folder / CONFIG_NAME).exists():
        raise AlreadyInitializedError(f"An HQ already exists in {folder}.")
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    ca_key, ca_cert = pki.make_ca()
    srv_key, srv_cert = pki.make_server_cert(ca_key, ca_cert, hosts)
    write_private(folder / "ca.pem", pki.cert_pem(ca_cert))
    write_private(folder / "ca-key.pem", pki.private_pem(ca_key))
    write_private(folder / "server.pem", pki.cert_pem(srv_cert))
    write_private(folder / "server-key.pem", pki.private_pem(srv_key))
    write_private(folder / "signing-key.pem", _pkcs8(Ed25519PrivateKey.generate()))
    box = X25519PrivateKey.generate()
    write_private(folder / "recovery-key.pem", _pkcs8(box))
    write_private(folder / "recovery-public.pem", box.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    url = database_url or f"sqlite:///{(folder / 'hq.db').resolve()}"
    config = HqConfig(folder, str(uuid.uuid4()), url, list(hosts), port, validate_documents,
                      os.urandom(32))
    write_private(folder / CONFIG_NAME, json.dumps(config.to_dict(), indent=1).encode() + b"\n")
    return config


def load(folder: Path) -> HqConfig:
    """Read an HQ folder's settings. Raises NotInitializedError / UsageError."""
    path = folder / CONFIG_NAME
    if not path.exists():
        raise NotInitializedError(f"There is no HQ in {folder}: create one with "
                                  "`checkpoint-hq init`.")
    try:
        d = json.loads(path.read_text(encoding="utf-8"))
        return HqConfig(folder, str(d["hq_id"]), str(d["database_url"]), list(d["hosts"]),
                        int(d.get("port", DEFAULT_PORT)), bool(d.get("validate_documents")),
                        bytes.fromhex(d["cursor_secret"]))
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise UsageError(f"{path} is damaged: {e}") from e
