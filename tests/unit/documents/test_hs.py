"""Harmonized System codes."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checkpoint.documents import validate_hs
from checkpoint.errors import ValidationError


@pytest.mark.parametrize(
    ("code", "compact"),
    [("847130", "847130"), ("8471.30.00", "84713000"), ("0101 21 00 10", "0101210010")],
)
def test_valid_hs_code_is_returned_as_bare_digits(code: str, compact: str) -> None:
    assert validate_hs(code) == compact


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("", "No HS code"),
        ("8471", "4 digits"),
        ("8471301", "7 digits"),
        ("847130001234", "12 digits"),
        ("84713A", "only digits"),
        ("8471-30", "only digits"),
        ("000000", "chapter 00"),
        ("770000", "chapter 77"),
        ("980000", "chapter 98"),
    ],
)
def test_malformed_hs_code_is_refused(code: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        validate_hs(code)


@given(st.text(max_size=14))
def test_validate_hs_raises_nothing_but_validation_error(code: str) -> None:
    with contextlib.suppress(ValidationError):
        assert validate_hs(code).isdigit()
