"""ISO 6346 container numbers."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checkpoint.documents import validate_container
from checkpoint.errors import ValidationError


@pytest.mark.parametrize("number", ["CSQU3054383", "csqu 305438 3", "CSQU-305438-3", "TASU1170000"])
def test_valid_container_number_passes_in_compact_form(number: str) -> None:
    assert validate_container(number) == number.upper().replace(" ", "").replace("-", "")


def test_wrong_check_digit_is_refused_naming_the_expected_digit() -> None:
    with pytest.raises(ValidationError, match="has check digit 4; it should be 3"):
        validate_container("CSQU3054384")


@pytest.mark.parametrize(
    ("number", "message"),
    [
        ("", "No container number"),
        ("CSQU305438", "has 10 characters"),
        ("CSQU30543833", "has 12 characters"),
        ("C5QU3054383", "3-letter owner code"),
        ("ÄSQU3054383", "3-letter owner code"),
        ("CSQX3054383", "category letter"),
        ("CSQU30A4383", "6-digit serial"),
        ("CSQU305438X", "check digit X"),
    ],
)
def test_malformed_container_number_is_refused_with_the_reason(number: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        validate_container(number)


@given(st.text(max_size=15))
def test_validate_container_raises_nothing_but_validation_error(number: str) -> None:
    with contextlib.suppress(ValidationError):
        assert len(validate_container(number)) == 11
