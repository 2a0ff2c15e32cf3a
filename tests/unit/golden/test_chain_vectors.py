"""Golden vectors of the journal's hash chain: canonical JSON, digests, entry hash,
genesis and the signed checkpoint message.

These bytes are in every workstation's journal and in every HQ database: a change
here breaks old journals and old HQs. The values were computed by the code of
commit 405f971 (before the rules were gathered into one module); never edit them.
"""

from __future__ import annotations

from typing import Any

from checkpoint.domain import chain as journal

OBJ: dict[str, Any] = {"b": [1, 2.5, None, True], "a": "Шевчук \u00e9 \"q\"",
                       "c": {"z": 1, "y": "x"}}
CANONICAL = '{"a":"Шевчук é \\"q\\"","b":[1,2.5,null,true],"c":{"y":"x","z":1}}'
DIGEST = "a3dcabdfedbc880d2e91c906e8e76c1d1d26f76d37b9445ee7ef7a153b140b9c"
DEVICE = "0190a0b0-0000-7000-8000-000000000001"
GENESIS = "2e12d9703b050f2a737ea8e9fc8f1774abc24ea05375e485f249c7af95cfdad9"
TIME = "2026-01-02T03:04:05.678901Z"
ENTRY_HASH = "86f7a37c22167368f7b798e5751c0da51ca30599e6ad09f9d017f5e73238b089"
CHECKPOINT_MESSAGE = (b'{"device":"dev-1","hash":"' + b"f" * 64 +
                      b'","seq":50,"time":"2026-01-02T03:04:05.678901Z"}')


def test_canonical_form_and_digest() -> None:
    assert journal.canonical(OBJ) == CANONICAL
    assert journal.digest(CANONICAL) == DIGEST


def test_a_document_is_digested_in_the_canonical_form() -> None:
    assert journal.document_digest(OBJ) == DIGEST


def test_genesis_entry_hash_and_checkpoint_message() -> None:
    assert journal.genesis_hash(DEVICE) == GENESIS
    assert journal.entry_hash(7, TIME, "anna", "inspection.finalize", "inspection:abc",
                              "d" * 64, "e" * 64) == ENTRY_HASH
    assert journal.checkpoint_message("dev-1", 50, "f" * 64, TIME) == CHECKPOINT_MESSAGE
