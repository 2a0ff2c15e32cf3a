"""ISO 4217 currency codes."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checkpoint.documents import currency_name, validate_currency
from checkpoint.errors import ValidationError


@pytest.mark.parametrize(("code", "canonical"), [("EUR", "EUR"), ("uah", "UAH"), (" usd ", "USD")])
def test_iso_4217_code_is_accepted(code: str, canonical: str) -> None:
    assert validate_currency(code) == canonical


def test_currency_name() -> None:
    assert currency_name("eur") == "Euro"


@pytest.mark.parametrize(
    ("code", "message"),
    [("", "No currency"), ("EU", "3 letters"), ("E1R", "3 letters"), ("XYZ", "not an ISO 4217")],
)
def test_unknown_currency_is_refused(code: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        validate_currency(code)
    with pytest.raises(ValidationError):
        currency_name(code)


@given(st.text(max_size=5))
def test_currency_functions_raise_nothing_but_validation_error(code: str) -> None:
    with contextlib.suppress(ValidationError):
        validate_currency(code)
    with contextlib.suppress(ValidationError):
        currency_name(code)
