"""EORI numbers."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checkpoint.documents import validate_eori
from checkpoint.errors import ValidationError


@pytest.mark.parametrize(
    ("number", "canonical"),
    [
        ("DE1234567890123", "DE1234567890123"),
        ("gb 123 456 789 000", "GB123456789000"),
        ("XI123456789000", "XI123456789000"),
        ("FR1", "FR1"),
        ("PL" + "A" * 15, "PL" + "A" * 15),
    ],
)
def test_valid_eori_is_returned_compact(number: str, canonical: str) -> None:
    assert validate_eori(number) == canonical


@pytest.mark.parametrize(
    ("number", "message"),
    [
        ("", "No EORI"),
        ("ZZ123", "two-letter country code"),
        ("123456", "two-letter country code"),
        ("DE", "nothing after"),
        ("DE" + "1" * 16, "16 characters"),
        ("DE12-34", "only letters"),
        ("DE12É4", "only letters"),
    ],
)
def test_malformed_eori_is_refused(number: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        validate_eori(number)


@given(st.text(max_size=20))
def test_validate_eori_raises_nothing_but_validation_error(number: str) -> None:
    with contextlib.suppress(ValidationError):
        validate_eori(number)
