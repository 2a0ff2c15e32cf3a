"""HQ's pieces that need no server: codes, cursors, the chain check, certificates."""

from __future__ import annotations

import hashlib
import hmac

import pytest
from cryptography import x509

from checkpoint.domain.chain import canonical, digest, entry_hash, genesis_hash
from hq import devices, feed, intake, pki
from hq.errors import HqRefusal


def test_codes_are_typed_forgivingly_and_stored_as_hashes() -> None:
    code = devices.new_code()
    assert len(code) == 23 and code.count("-") == 3
    assert devices.code_hash(code.lower().replace("-", " ")) == devices.code_hash(code)
    assert devices.normalize_code("o1l-I") == "0111"


def test_a_cursor_is_authenticated_and_bounded_by_epoch_and_horizon() -> None:
    secret = b"k" * 32
    cursor = feed.make_cursor(secret, "e1", 42)
    assert feed.read_cursor(secret, "e1", 0, cursor) == 42
    for bad in (cursor.replace(".42.", ".43."), "garbage", cursor[:-1] + "0"):
        with pytest.raises(HqRefusal) as err:
            feed.read_cursor(secret, "e1", 0, bad)
        assert err.value.status == 410
    with pytest.raises(HqRefusal):
        feed.read_cursor(secret, "e2", 0, cursor)  # HQ's database was replaced
    with pytest.raises(HqRefusal):
        feed.read_cursor(secret, "e1", 43, cursor)  # tombstones before it were compacted
    # a resync after the compaction pages below the horizon: its cursors are known
    after = feed.make_cursor(secret, "e1", 42, 43)
    assert feed.read_cursor(secret, "e1", 43, after) == 42
    with pytest.raises(HqRefusal):
        feed.read_cursor(secret, "e1", 44, after)  # compacted again since
    with pytest.raises(HqRefusal):
        feed.read_cursor(secret, "e1", 43, after.replace(".43.", ".44."))  # MAC covers it
    legacy = "v1.e1.42." + hmac.new(secret, b"v1.e1.42", hashlib.sha256).hexdigest()[:32]
    assert feed.read_cursor(secret, "e1", 42, legacy) == 42  # cursors of the previous HQ
    with pytest.raises(HqRefusal):
        feed.read_cursor(secret, "e1", 43, legacy)


def _entry(seq: int, prev: str, actor: str = "anna") -> dict[str, object]:
    t, payload = "2025-03-14T07:41:09.512Z", canonical({"n": seq})
    pd = digest(payload)
    return {"seq": seq, "time": t, "actor": actor, "action": "a", "subject": "s",
            "payload_digest": pd, "payload": payload, "prev_hash": prev,
            "hash": entry_hash(seq, t, actor, "a", "s", pd, prev)}


def test_the_chain_check_finds_altered_and_misplaced_entries() -> None:
    first = _entry(1, genesis_hash("dev"))
    second = _entry(2, str(first["hash"]))
    assert len(intake.check_chain([first, second])) == 2
    altered = {**second, "actor": "mallory"}
    with pytest.raises(HqRefusal, match="altered"):
        intake.check_chain([first, altered])
    with pytest.raises(HqRefusal, match="does not follow"):
        intake.check_chain([first, _entry(2, "0" * 64)])
    with pytest.raises(HqRefusal, match="lacks"):
        intake.check_chain([{"seq": 1}])


def test_the_server_certificate_names_its_hosts_and_is_signed_by_the_ca() -> None:
    ca_key, ca = pki.make_ca()
    _, cert = pki.make_server_cert(ca_key, ca, ["127.0.0.1", "hq.example"])
    sans = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert [str(a) for a in sans.get_values_for_type(x509.IPAddress)] == ["127.0.0.1"]
    assert sans.get_values_for_type(x509.DNSName) == ["hq.example"]
    cert.verify_directly_issued_by(ca)
    assert ca.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
