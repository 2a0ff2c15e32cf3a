"""Pure cryptographic building blocks shared by the store and the sync protocol.

- :mod:`.seal`: sealing a secret to an X25519 public key (ephemeral X25519,
  HKDF-SHA256, AES-256-GCM), used by key slots and by the sync box;
- :mod:`.wipe`: overwriting key material held in a ``bytearray``.

No I/O and no store or sync knowledge; ``tests/unit/golden/`` pins the seal's bytes.
"""
