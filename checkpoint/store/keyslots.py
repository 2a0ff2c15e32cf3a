"""LUKS-style key slots: many operators, one random data key.

The slot file sits beside the database (``keyslots.json``, with a backup copy
``keyslots.json.bak``) and holds no personal data in the clear: a slot is found by
a salted hash of the user name.

Each operator slot has its own X25519 key pair. The private half is wrapped with
AES-256-GCM under a key-encryption key derived from the operator's password with
Argon2id; the data key is sealed (X25519 + HKDF-SHA256 + AES-256-GCM) to the
public half. The slot's metadata (kind, user hash, role, KDF parameters, public
key) is the GCM associated data of both, so editing any of it breaks the slot.
Sealing to public keys is what lets ``rekey`` rotate the data key and re-seal it
to every slot without knowing anyone's password. The recovery slot seals the data
key to HQ's X25519 public key the same way.

The whole file carries an HMAC keyed from the data key: once a slot unlocks, a
slot added, removed or restored behind the program's back is detected.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import unicodedata
import uuid
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from checkpoint.crypto import seal as sealing
from checkpoint.crypto.seal import raw_private, raw_public
from checkpoint.domain import chain
from checkpoint.errors import KeyslotError, WrongPasswordError
from checkpoint.store import kdf

FORMAT = "checkpoint-keyslots"
VERSION = 1
SEAL_INFO = b"checkpoint keyslot seal v1"
MAC_INFO = b"checkpoint keyslot file mac v1"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as e:
        raise KeyslotError("The key slot file has a malformed field.") from e


def canonical(obj: Any) -> bytes:
    """Deterministic JSON used for associated data and MACs (ASCII only)."""
    return chain.canonical(obj, ascii_only=True).encode()


def normalize_name(name: str) -> str:
    return unicodedata.normalize("NFC", name).strip().casefold()


def seal(secret: bytes, recipient: X25519PublicKey, ad: bytes) -> dict[str, str]:
    """Encrypt ``secret`` so only the holder of ``recipient``'s private key can open it."""
    return sealing.seal(secret, recipient, ad, label=SEAL_INFO).to_fields()


def unseal(sealed: dict[str, str], private: X25519PrivateKey, ad: bytes) -> bytes:
    """Open what :func:`seal` made. Raises InvalidTag when the key or the data is wrong."""
    try:
        parsed = sealing.Sealed.from_fields(sealed)
        X25519PublicKey.from_public_bytes(parsed.ephemeral)
    except (KeyError, TypeError, ValueError) as e:
        raise KeyslotError("A key slot is malformed.") from e
    return sealing.unseal(parsed, private, ad, label=SEAL_INFO)


@dataclass
class Slot:
    meta: dict[str, Any]
    sealed: dict[str, str]
    wrapped_private: dict[str, str] | None = None

    @property
    def kind(self) -> str:
        return str(self.meta.get("kind"))

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"meta": self.meta, "sealed": self.sealed}
        if self.wrapped_private is not None:
            d["wrapped_private"] = self.wrapped_private
        return d

    @classmethod
    def from_dict(cls, d: Any) -> Slot:
        if not isinstance(d, dict) or not isinstance(d.get("meta"), dict):
            raise KeyslotError("The key slot file has a malformed slot.")
        sealed = d.get("sealed")
        wrapped = d.get("wrapped_private")
        if not isinstance(sealed, dict) or (wrapped is not None and not isinstance(wrapped, dict)):
            raise KeyslotError("The key slot file has a malformed slot.")
        return cls(d["meta"], sealed, wrapped)


@dataclass
class KeySlots:
    """The parsed slot file. Mutate, then :meth:`to_bytes` with the data key."""

    name_salt: bytes
    key_id: str
    kdf_defaults: kdf.KdfParams
    slots: list[Slot] = field(default_factory=list)
    mac: str = ""

    # -- construction and serialisation -------------------------------------------------

    @classmethod
    def new(cls, kdf_defaults: kdf.KdfParams) -> KeySlots:
        return cls(os.urandom(16), str(uuid.uuid4()), kdf_defaults)

    def _body(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "name_salt": _b64(self.name_salt),
            "key_id": self.key_id,
            "kdf_defaults": self.kdf_defaults.to_dict(),
            "slots": [s.to_dict() for s in self.slots],
        }

    def compute_mac(self, data_key: bytes) -> str:
        mac_key = HKDF(hashes.SHA256(), 32, salt=None, info=MAC_INFO).derive(data_key)
        return hmac.new(mac_key, canonical(self._body()), hashlib.sha256).hexdigest()

    def to_bytes(self, data_key: bytes) -> bytes:
        self.mac = self.compute_mac(data_key)
        return json.dumps({**self._body(), "mac": self.mac}, indent=1).encode() + b"\n"

    def mac_ok(self, data_key: bytes) -> bool:
        return hmac.compare_digest(self.mac, self.compute_mac(data_key))

    @classmethod
    def parse(cls, raw: bytes) -> KeySlots:
        """Parse a slot file. Raises KeyslotError when it is garbled or truncated."""
        try:
            d = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as e:
            raise KeyslotError("The key slot file is damaged (not readable).") from e
        if not isinstance(d, dict) or d.get("format") != FORMAT:
            raise KeyslotError("The key slot file is damaged (not a Checkpoint key slot file).")
        if d.get("version") != VERSION:
            raise KeyslotError(f"The key slot file has unsupported version {d.get('version')!r}.")
        try:
            slots = [Slot.from_dict(s) for s in d["slots"]]
            return cls(
                name_salt=_unb64(d["name_salt"]),
                key_id=str(d["key_id"]),
                kdf_defaults=kdf.KdfParams.from_dict(d["kdf_defaults"]),
                slots=slots,
                mac=str(d["mac"]),
            )
        except (KeyError, TypeError) as e:
            raise KeyslotError("The key slot file is damaged (a field is missing).") from e

    # -- operators -----------------------------------------------------------------------

    def user_hash(self, username: str) -> str:
        digest = hmac.new(self.name_salt, normalize_name(username).encode(), hashlib.sha256)
        return digest.hexdigest()

    def find(self, username: str) -> Slot | None:
        h = self.user_hash(username)
        for slot in self.slots:
            if slot.kind == "operator" and slot.meta.get("user_hash") == h:
                return slot
        return None

    def _seal_ad(self, meta: dict[str, Any]) -> bytes:
        return canonical({"meta": meta, "key_id": self.key_id})

    def put_operator(self, username: str, role: str, password: str, data_key: bytes,
                     params: kdf.KdfParams | None = None) -> None:
        """Add a slot for ``username``, replacing any slot it already has."""
        params = params or self.kdf_defaults
        params.check_floor()
        private = X25519PrivateKey.generate()
        salt = os.urandom(16)
        meta = {
            "kind": "operator",
            "slot_id": str(uuid.uuid4()),
            "user_hash": self.user_hash(username),
            "role": role,
            "kdf": {**params.to_dict(), "salt": _b64(salt)},
            "public_key": _b64(raw_public(private.public_key())),
        }
        kek = kdf.derive(password, salt, params)
        nonce = os.urandom(12)
        private_raw = raw_private(private)
        wrapped = {"nonce": _b64(nonce),
                   "ct": _b64(AESGCM(kek).encrypt(nonce, private_raw, canonical(meta)))}
        slot = Slot(meta, seal(data_key, private.public_key(), self._seal_ad(meta)), wrapped)
        self.remove(username)
        self.slots.append(slot)

    def remove(self, username: str) -> bool:
        h = self.user_hash(username)
        before = len(self.slots)
        self.slots = [s for s in self.slots
                      if not (s.kind == "operator" and s.meta.get("user_hash") == h)]
        return len(self.slots) != before

    def unlock(self, username: str, password: str) -> tuple[bytes, str]:
        """Return (data key, role in the slot). Raises WrongPasswordError for any failure
        of the password or of the slot's integrity (they cannot be told apart)."""
        slot = self.find(username)
        if slot is None or slot.wrapped_private is None:
            # spend the same work as a real attempt so timing does not reveal names
            kdf.derive(password, os.urandom(16), self.kdf_defaults)
            raise WrongPasswordError()
        meta = slot.meta
        try:
            params = kdf.KdfParams.from_dict(meta["kdf"])
            salt = _unb64(meta["kdf"]["salt"])
            kek = kdf.derive(password, salt, params)
            private_raw = AESGCM(kek).decrypt(
                _unb64(slot.wrapped_private["nonce"]), _unb64(slot.wrapped_private["ct"]),
                canonical(meta),
            )
            private = X25519PrivateKey.from_private_bytes(private_raw)
            data_key = unseal(slot.sealed, private, self._seal_ad(meta))
        except InvalidTag as e:
            raise WrongPasswordError() from e
        except (KeyError, TypeError, ValueError) as e:
            raise KeyslotError("This operator's key slot is damaged.") from e
        return data_key, str(meta.get("role"))

    # -- recovery and rotation -----------------------------------------------------------

    def set_recovery(self, public_key: X25519PublicKey, data_key: bytes) -> None:
        self.slots = [s for s in self.slots if s.kind != "recovery"]
        meta = {"kind": "recovery", "slot_id": str(uuid.uuid4()),
                "public_key": _b64(raw_public(public_key))}
        self.slots.append(Slot(meta, seal(data_key, public_key, self._seal_ad(meta))))

    def recover(self, private: X25519PrivateKey) -> bytes:
        """The data key, opened with HQ's recovery private key."""
        for slot in self.slots:
            if slot.kind == "recovery":
                try:
                    return unseal(slot.sealed, private, self._seal_ad(slot.meta))
                except InvalidTag as e:
                    raise KeyslotError(
                        "The recovery key does not open this workstation's recovery slot."
                    ) from e
        raise KeyslotError("This workstation has no recovery slot.")

    def rekey(self, new_data_key: bytes) -> None:
        """Re-seal ``new_data_key`` to every slot under a new key id."""
        self.key_id = str(uuid.uuid4())
        for slot in self.slots:
            try:
                public = X25519PublicKey.from_public_bytes(_unb64(slot.meta["public_key"]))
            except (KeyError, ValueError) as e:
                raise KeyslotError("A key slot is damaged; rekey refused.") from e
            slot.sealed = seal(new_data_key, public, self._seal_ad(slot.meta))
