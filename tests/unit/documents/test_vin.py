"""ISO 3779 vehicle identification numbers."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checkpoint.documents import VinResult, validate_vin, vin_check_digit
from checkpoint.errors import ValidationError

VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def test_valid_north_american_vin_passes_without_warnings() -> None:
    assert validate_vin("1M8GDM9AXKP042788") == VinResult("1M8GDM9AXKP042788", ())


def test_vin_is_compacted_and_upper_cased() -> None:
    assert validate_vin(" 1m8-gdm9ax kp042788 ").vin == "1M8GDM9AXKP042788"


def test_wrong_check_digit_on_a_north_american_vin_is_an_error() -> None:
    with pytest.raises(ValidationError, match="check digit 5 at position 9; it should be X"):
        validate_vin("1M8GDM9A5KP042788")


def test_european_vin_with_a_non_matching_position_9_passes_with_a_warning() -> None:
    result = validate_vin("WVWZZZ1JZXW000001")
    assert result.vin == "WVWZZZ1JZXW000001"
    assert len(result.warnings) == 1
    assert "Position 9" in result.warnings[0]


def test_european_vin_with_a_matching_check_digit_has_no_warning() -> None:
    body = "WVWZZZ1J" + "0" + "XW000001"
    vin = body[:8] + vin_check_digit(body) + body[9:]
    assert validate_vin(vin).warnings == ()


@pytest.mark.parametrize(("letter", "position"), [("I", 1), ("O", 5), ("Q", 17)])
def test_letters_i_o_q_are_refused(letter: str, position: int) -> None:
    vin = "1M8GDM9AXKP042788"
    bad = vin[: position - 1] + letter + vin[position:]
    with pytest.raises(ValidationError, match=f"has {letter} at position {position}"):
        validate_vin(bad)


@pytest.mark.parametrize(
    ("vin", "message"),
    [
        ("", "No VIN"),
        ("1M8GDM9AXKP04278", "16 characters"),
        ("1M8GDM9AXKP0427888", "18 characters"),
        ("1M8GDM9AXKP04278*", "only A–Z and 0–9"),
        ("1M8GDM9AXKP04278É", "only A–Z and 0–9"),
    ],
)
def test_malformed_vin_is_refused(vin: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        validate_vin(vin)


def test_vin_check_digit_refuses_a_malformed_vin() -> None:
    with pytest.raises(ValidationError):
        vin_check_digit("SHORT")


@given(st.text(alphabet=VIN_CHARS, min_size=17, max_size=17))
def test_north_american_vin_passes_exactly_when_its_check_digit_is_right(body: str) -> None:
    vin = "1" + body[1:]
    ok = vin[8] == vin_check_digit(vin)
    try:
        result = validate_vin(vin)
    except ValidationError:
        assert not ok
    else:
        assert ok and result.warnings == ()


@given(st.text(max_size=20))
def test_validate_vin_raises_nothing_but_validation_error(vin: str) -> None:
    with contextlib.suppress(ValidationError):
        validate_vin(vin)
