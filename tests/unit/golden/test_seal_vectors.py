"""Golden vectors of the seal (ephemeral X25519, HKDF-SHA256, AES-256-GCM) in its two
uses: a key slot (the data key sealed to a slot's key; base64 fields in keyslots.json)
and the sync box (an operator's initial password from HQ, an offline bundle; bytes
``ephemeral | nonce | ciphertext``).

Key slot files on disk and HQ's sealed passwords depend on these bytes. The values
were made by the code of commit 405f971 with the fixed keys and nonce below; never
edit them.
"""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from checkpoint.store import keyslots
from checkpoint.sync.protocol import box

RECIPIENT = X25519PrivateKey.from_private_bytes(bytes(range(32)))
EPHEMERAL = X25519PrivateKey.from_private_bytes(bytes(range(100, 132)))
NONCE = bytes(range(200, 212))
BOX_AD = box.operator_password_ad("dev-1", "anna", "inspector")
BOX = bytes.fromhex(
    "7d9c24316539825c1896e57f28197746793ce60cbee3ad47da9d07b85fa55e2a"  # ephemeral public
    "c8c9cacbcccdcecfd0d1d2d3"  # nonce
    "caec9386f3472927cc925532c187836a32f978c931b31adda1b40a0185d30aa5")  # ciphertext + tag
SLOT = {"ephemeral": "fZwkMWU5glwYluV/KBl3Rnk85gy+461H2p0HuF+lXio=",
        "nonce": "yMnKy8zNzs/Q0dLT",
        "ct": "ldDG4HZAZAZm3lZTqen7dyas2XL8h1ieJ6YOTnQO90q1iyEGS7/Il/LW+9CHcomQ"}


def test_box_ad_is_fixed() -> None:
    assert BOX_AD == b"checkpoint operator password v1|dev-1|anna|inspector"


def test_a_sealed_password_from_hq_opens() -> None:
    assert box.unseal(BOX, RECIPIENT, BOX_AD) == b"initial password"


def test_a_key_slot_seal_opens() -> None:
    assert keyslots.unseal(SLOT, RECIPIENT, b"slot-ad") == b"k" * 32


def test_the_one_seal_makes_both_encodings_byte_for_byte() -> None:
    from checkpoint.crypto import seal as sealing

    made = sealing.seal(b"initial password", RECIPIENT.public_key(), BOX_AD, label=box.INFO,
                        ephemeral=EPHEMERAL, nonce=NONCE)
    assert made.to_bytes() == BOX
    slot = sealing.seal(b"k" * 32, RECIPIENT.public_key(), b"slot-ad",
                        label=keyslots.SEAL_INFO, ephemeral=EPHEMERAL, nonce=NONCE)
    assert slot.to_fields() == SLOT
    assert sealing.Sealed.from_fields(SLOT) == slot
    assert sealing.Sealed.from_bytes(BOX) == made
