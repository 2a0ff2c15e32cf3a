"""ISO 3166-1 alpha-3 and ICAO travel-document country codes."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checkpoint.documents import country_name, is_alpha2, validate_country
from checkpoint.errors import ValidationError


@pytest.mark.parametrize(
    ("code", "canonical"),
    [("DEU", "DEU"), ("ukr", "UKR"), (" fra ", "FRA"), ("D", "D"), ("D<<", "D"), ("XXA", "XXA")],
)
def test_alpha3_and_icao_codes_are_accepted(code: str, canonical: str) -> None:
    assert validate_country(code) == canonical


@pytest.mark.parametrize(
    "code",
    ["GBD", "GBN", "GBO", "GBP", "GBS", "RKS", "XOM", "XPO", "XCC", "XES", "XIM", "UNA", "UNK",
     "UNO", "EUE", "XXA", "XXB", "XXC", "XXX", "D"],
)  # fmt: skip
def test_every_icao_travel_document_code_is_accepted(code: str) -> None:
    assert validate_country(code) == code
    assert country_name(code)


def test_specimen_state_utopia_only_when_asked_for() -> None:
    with pytest.raises(ValidationError, match="specimen"):
        validate_country("UTO")
    assert validate_country("uto", allow_specimen=True) == "UTO"
    assert country_name("UTO").startswith("Utopia")


def test_two_letter_code_is_refused_naming_the_three_letter_one() -> None:
    with pytest.raises(ValidationError, match="use the three-letter code DEU"):
        validate_country("DE")


@pytest.mark.parametrize("code", ["", "ZZZ", "DEUT", "12", "ÄÖÜ"])
def test_unknown_code_is_refused(code: str) -> None:
    with pytest.raises(ValidationError):
        validate_country(code)


def test_country_names() -> None:
    assert country_name("DEU") == "Germany"
    assert country_name("D") == "Germany"
    assert country_name("XXA") == "Stateless person"
    with pytest.raises(ValidationError):
        country_name("ZZZ")


@pytest.mark.parametrize(
    ("code", "answer"),
    [("DE", True), ("gb", True), ("XI", False), ("ZZ", False), ("DEU", False), ("", False)],
)
def test_is_alpha2(code: str, answer: bool) -> None:
    assert is_alpha2(code) is answer


@given(st.text(max_size=5), st.booleans())
def test_country_functions_raise_nothing_but_validation_error(code: str, specimen: bool) -> None:
    assert isinstance(is_alpha2(code), bool)
    with contextlib.suppress(ValidationError):
        validate_country(code, allow_specimen=specimen)
    with contextlib.suppress(ValidationError):
        country_name(code)
