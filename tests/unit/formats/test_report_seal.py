"""The seal of a shift report PDF: any change after signing fails, with the reason."""

from __future__ import annotations

import re

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from checkpoint.formats import report_seal

CONTENT = {"schema": "shift_report.v1", "id": "r1", "counts": {"kind.inspection": 3},
           "journal": {"head_at_close": {"seq": 9, "hash": "a" * 64}}}

# A small two-page PDF as Qt writes them (the Kids array one reference a line, startxref
# followed by a space).
PDF = (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
       b"2 0 obj\n<<\n/Type /Pages\n/Kids \n[\n3 0 R\n4 0 R\n]\n/Count 2\n>>\nendobj\n"
       b"3 0 obj\n<< /Type /Page /Parent 2 0 R /Contents (Shift report page one) >>\nendobj\n"
       b"4 0 obj\n<< /Type /Page /Parent 2 0 R /Contents (Journal and signature) >>\nendobj\n"
       b"xref\n0 5\ntrailer\n<< /Root 1 0 R /Size 5 >>\nstartxref\n312 \n%%EOF\n")


@pytest.fixture
def key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def sealed(key: Ed25519PrivateKey, pdf: bytes = PDF) -> bytes:
    signature = report_seal.sign_content(key, CONTENT)
    return report_seal.seal(pdf, key, report_id="r1", device_id="dev-1", content=CONTENT,
                            content_signature=signature)


def test_a_sealed_report_is_valid_and_still_ends_like_a_pdf(key: Ed25519PrivateKey) -> None:
    data = sealed(key)
    assert data.startswith(PDF) and data.endswith(b"\nstartxref\n312\n%%EOF\n")
    check = report_seal.verify(data, key.public_key())
    assert check.valid, check.message()
    assert "dev-1" in check.message()
    assert report_seal.verify(data).valid  # with the key the seal names


def test_one_byte_of_text_changed_fails(key: Ed25519PrivateKey) -> None:
    data = bytearray(sealed(key))
    data[data.index(b"page one") + 5] = ord("O")
    check = report_seal.verify(bytes(data), key.public_key())
    assert check.code == "pdf_changed"
    assert "changed after it was signed" in check.message()


def test_swapped_pages_fail(key: Ed25519PrivateKey) -> None:
    data = sealed(key)
    swapped = re.sub(rb"\[\n3 0 R\n4 0 R\n\]", b"[\n4 0 R\n3 0 R\n]", data)
    assert swapped != data and len(swapped) == len(data)
    assert report_seal.verify(swapped, key.public_key()).code == "pdf_changed"


def test_a_cut_off_seal_something_appended_or_a_damaged_seal_fail(
        key: Ed25519PrivateKey) -> None:
    data = sealed(key)
    assert report_seal.verify(PDF, key.public_key()).code == "no_seal"
    assert report_seal.verify(data + b"% more\n", key.public_key()).code == "appended"
    at = data.index(report_seal.MARK) + len(report_seal.MARK) + 10
    damaged = data[:at] + b"!" + data[at + 1:]
    assert report_seal.verify(damaged, key.public_key()).code in ("malformed_seal",
                                                                  "bad_signature")


def test_another_key_is_refused_and_a_forged_seal_does_not_verify(
        key: Ed25519PrivateKey) -> None:
    other = Ed25519PrivateKey.generate()
    check = report_seal.verify(sealed(other), key.public_key())
    assert check.code == "wrong_key"
    assert "not signed by the key of workstation dev-1" in check.message()
    # the seal's own key replaced by ours, the signature left: the signature fails
    import base64
    import json

    data = sealed(other)
    found = report_seal.read_seal(data)
    assert not isinstance(found, report_seal.SealCheck)
    pdf, seal = found
    seal["key"] = base64.b64encode(key.public_key().public_bytes_raw()).decode()
    forged = (pdf + report_seal.MARK + base64.b64encode(json.dumps(seal).encode()) +
              b"\nstartxref\n312\n%%EOF\n")
    assert report_seal.verify(forged, key.public_key()).code == "bad_signature"


def test_the_verification_code_is_four_groups_of_base32() -> None:
    key = Ed25519PrivateKey.generate()
    code = report_seal.verification_code(report_seal.sign_content(key, CONTENT))
    assert re.fullmatch(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){3}", code)
    sig = report_seal.sign_content(key, CONTENT)
    assert report_seal.check_content(key.public_key(), CONTENT, sig)
    assert not report_seal.check_content(key.public_key(), {**CONTENT, "id": "r2"}, sig)
