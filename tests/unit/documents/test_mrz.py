"""ICAO Doc 9303 MRZ parsing: specimens, check digits, bad input, properties."""

from __future__ import annotations

import datetime as dt
import string

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from checkpoint.documents import CheckDigit, MrzError, MrzResult, check_digit, parse_mrz
from checkpoint.errors import Code, Problem, ValidationError

from ._mrz_samples import FIELD_SPANS, SPECIMENS, TD1, TD2, TD3, TODAY, Fields, build

MRZ_CHARS = string.ascii_uppercase + string.digits + "<"
VALUE = {c: i for i, c in enumerate(string.digits + string.ascii_uppercase)} | {"<": 0}


def parse(lines: tuple[str, ...] | list[str]) -> MrzResult:
    return parse_mrz("\n".join(lines), today=TODAY)


def with_char(lines: tuple[str, ...], line: int, pos: int, ch: str) -> list[str]:
    out = list(lines)
    out[line] = out[line][:pos] + ch + out[line][pos + 1 :]
    return out


def with_td3_line2(fields: str) -> list[str]:
    """The TD3 specimen with line 2 rebuilt from its first 28 characters' pieces."""
    l2 = fields
    optional = "ZE184226B<<<<<"
    l2 = l2 + optional + check_digit(optional)
    l2 += check_digit(l2[0:10] + l2[13:20] + l2[21:43])
    return [TD3[0], l2]


def td3_dates(birth: str, expiry: str) -> list[str]:
    return with_td3_line2(
        "L898902C36UTO" + birth + check_digit(birth) + "F" + expiry + check_digit(expiry)
    )


# --- specimens ----------------------------------------------------------------------


@pytest.mark.parametrize("fmt", SPECIMENS)
def test_icao_specimen_parses_with_every_check_ok(fmt: str) -> None:
    result = parse(SPECIMENS[fmt])
    assert result.format == fmt
    assert result.valid
    assert result.failed_checks == ()
    assert result.problems == ()
    assert result.issuing_state == "UTO"
    assert (result.surname, result.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert result.raw == SPECIMENS[fmt]


def test_td3_passport_specimen_fields() -> None:
    r = parse(TD3)
    assert (r.document_code, r.document_number, r.nationality) == ("P", "L898902C3", "UTO")
    assert (r.birth_date, r.sex, r.expiry_date) == ("1974-08-12", "F", "2012-04-15")
    assert (r.optional_data, r.optional_data_2) == ("ZE184226B", "")
    assert [c.field for c in r.checks] == [
        "document_number",
        "birth_date",
        "expiry_date",
        "optional_data",
        "composite",
    ]
    assert r.checks[0] == CheckDigit("document_number", "L898902C3", "6", "6", True)


@pytest.mark.parametrize("fmt", ["TD1", "TD2"])
def test_id_card_specimens_fields(fmt: str) -> None:
    r = parse(SPECIMENS[fmt])
    assert (r.document_code, r.document_number, r.nationality) == ("I", "D23145890", "UTO")
    assert (r.birth_date, r.sex, r.expiry_date) == ("1974-08-12", "F", "2012-04-15")
    assert [c.field for c in r.checks] == [
        "document_number",
        "birth_date",
        "expiry_date",
        "composite",
    ]


@pytest.mark.parametrize("fmt", ["MRVA", "MRVB"])
def test_visa_specimens_fields_and_no_composite_digit(fmt: str) -> None:
    r = parse(SPECIMENS[fmt])
    assert (r.document_code, r.document_number, r.nationality) == ("V", "L8988901C", "XXX")
    assert (r.birth_date, r.sex, r.expiry_date) == ("1940-09-07", "F", "1996-12-10")
    assert [c.field for c in r.checks] == ["document_number", "birth_date", "expiry_date"]
    assert r.optional_data == ("6ZE184226B" if fmt == "MRVA" else "")


def test_specimen_parses_with_the_real_clock() -> None:
    assert parse_mrz("\n".join(TD3)).birth_date == "1974-08-12"


def test_td1_long_document_number_continues_in_optional_data() -> None:
    lines = ("I<UTOD23145890<7349<<<<<<<<<<<", TD1[1], TD1[2])
    composite = check_digit(lines[0][5:30] + lines[1][0:7] + lines[1][8:15] + lines[1][18:29])
    lines = (lines[0], lines[1][:29] + composite, lines[2])
    r = parse(lines)
    assert r.document_number == "D23145890734"
    assert r.optional_data == ""
    assert r.checks[0] == CheckDigit("document_number", "D23145890734", "9", "9", True)
    assert r.valid


def test_td1_filler_in_check_digit_place_without_continuation_fails_the_check() -> None:
    lines = with_char(TD1, 0, 14, "<")
    r = parse(lines)
    assert not r.valid
    assert r.failed_checks[0].field == "document_number"
    assert r.failed_checks[0].found == "<"


def test_td2_long_document_number_continues_in_optional_data() -> None:
    number = "D23145890734"
    l2 = "D23145890<UTO7408122F1204159" + "734" + check_digit(number) + "<<<"
    l2 += check_digit(l2[0:10] + l2[13:20] + l2[21:35])
    r = parse((TD2[0], l2))
    assert (r.document_number, r.optional_data) == (number, "")
    assert r.valid


def test_short_document_number_loses_its_filler() -> None:
    l2 = "AB123<<<<" + check_digit("AB123<<<<") + TD3[1][10:28]
    assert parse(with_td3_line2(l2)).document_number == "AB123"


def test_filler_inside_document_number_is_a_problem() -> None:
    l2 = "AB<123<<<" + check_digit("AB<123<<<") + TD3[1][10:28]
    r = parse(with_td3_line2(l2))
    assert not r.valid
    assert r.problems == (Problem("document_number", Code.MRZ_NUMBER_FILLER,
                                  {"value": "AB<123<<<"}),)


# --- dates, sex, optional data -------------------------------------------------------


@pytest.mark.parametrize(
    ("birth", "expected"),
    [
        ("740812", "1974-08-12"),
        ("7408<<", "1974-08"),
        ("74<<<<", "1974"),
        ("740800", "1974-08"),
        ("740000", "1974"),
        ("<<<<<<", ""),
    ],
)
def test_partial_birth_dates_shorten_the_iso_date(birth: str, expected: str) -> None:
    r = parse(td3_dates(birth, "300101"))
    assert r.birth_date == expected
    assert r.valid


@pytest.mark.parametrize(
    ("birth", "reason"),
    [("741312", Code.MRZ_MONTH), ("740230", Code.MRZ_DAY), ("74081<", Code.MRZ_DATE),
     ("7A0812", Code.MRZ_DATE)],
)
def test_impossible_date_is_a_problem_even_with_a_right_check_digit(
    birth: str, reason: str
) -> None:
    r = parse(td3_dates(birth, "300101"))
    assert r.birth_date == ""
    assert r.failed_checks == ()
    assert not r.valid
    assert r.problems[0].code == reason
    assert r.problems[0].path == "birth_date"
    assert r.problems[0].params["value"] == birth


@pytest.mark.parametrize(("yy", "year"), [("26", 2026), ("27", 1927), ("00", 2000), ("99", 1999)])
def test_birth_year_after_the_current_two_digit_year_is_last_century(yy: str, year: int) -> None:
    assert parse(td3_dates(yy + "0101", "300101")).birth_date == f"{year}-01-01"


@pytest.mark.parametrize(
    ("yy", "year"), [("76", 2076), ("77", 1977), ("12", 2012), ("96", 1996), ("00", 2000)]
)
def test_expiry_year_is_this_century_unless_more_than_50_years_ahead(yy: str, year: int) -> None:
    assert parse(td3_dates("740812", yy + "0101")).expiry_date == f"{year}-01-01"


@pytest.mark.parametrize(("char", "sex"), [("M", "M"), ("F", "F"), ("<", "X"), ("X", "X")])
def test_sex_unspecified_filler_reads_as_x(char: str, sex: str) -> None:
    l2 = TD3[1][:20] + char + TD3[1][21:28]
    r = parse(with_td3_line2(l2))
    assert r.sex == sex
    assert r.valid


def test_unknown_sex_letter_is_a_problem() -> None:
    r = parse(with_td3_line2(TD3[1][:20] + "Q" + TD3[1][21:28]))
    assert r.sex == "X"
    assert not r.valid


@pytest.mark.parametrize("digit", ["<", "0"])
def test_empty_td3_optional_data_may_have_filler_or_zero_check_digit(digit: str) -> None:
    l2 = TD3[1][:28] + "<" * 14 + digit
    l2 += check_digit(l2[0:10] + l2[13:20] + l2[21:43])
    r = parse((TD3[0], l2))
    assert r.optional_data == ""
    assert r.valid


def test_wrong_check_digit_is_reported_not_raised() -> None:
    r = parse(with_char(TD3, 1, 9, "5"))
    assert not r.valid
    assert [c.field for c in r.failed_checks] == ["document_number", "composite"]
    assert r.failed_checks[0].expected == "6"
    assert r.failed_checks[0].found == "5"


def test_digit_in_country_code_is_a_problem() -> None:
    r = parse(with_char(TD3, 0, 3, "1"))
    assert r.issuing_state == "U1O"
    assert not r.valid


def test_names_with_several_components() -> None:
    l1 = "P<UTOVAN<DER<BERG<<JAN<PIETER<<<<<<<<<<<<<<<"
    r = parse((l1, TD3[1]))
    assert (r.surname, r.given_names) == ("VAN DER BERG", "JAN PIETER")


# --- what a reader types --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "\r\n".join(TD3),
        "  " + TD3[0] + "   \n\t" + TD3[1] + "  \n",
        "\n".join(TD3).lower(),
        "\r".join(TD3),
        TD3[0] + "\n\n" + TD3[1],
        "\x02" + "\n".join(TD3) + "\x03\r\n",
    ],
)
def test_reader_noise_is_ignored(text: str) -> None:
    assert parse_mrz(text, today=TODAY) == parse(TD3)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Nothing was read"),
        ("   \n \r\n", "Nothing was read"),
        ("hello", "Only one line was read"),
        ("a\nb\nc\nd", "4 lines were read"),
        ("hello\nworld", "Line 1 is 5 characters"),
        (TD3[0] + "\n" + TD3[1][:-1], "Line 2 is 43 characters; a passport (TD3) line has 44."),
        (TD2[0] + "\n" + TD2[1] + "<", "Line 2 is 37 characters; a TD2 document line has 36."),
        (TD1[0] + "\n" + TD1[1] + "\n" + TD1[2][:-2], "an ID card (TD1) line has 30"),
        ("V" + TD3[0][1:] + "\n" + TD3[1][:40], "a visa (MRV-A) line has 44"),
        (TD1[0] + "\n" + TD3[1], "different documents"),
        (TD1[0] + "\n" + TD1[1], "Only 2 lines were read"),
        (TD3[0] + "\n" + TD3[1] + "\n" + TD3[1], "3 lines were read"),
        (TD3[0] + "\n" + TD3[1][:20] + "É" + TD3[1][21:], "Line 2, position 21 holds 'É'"),
        (TD3[0] + "\n" + TD3[1][:20] + " " + TD3[1][21:], "position 21 holds a space"),
        ("З<UTOERIKSSON\nL898902C36", "keyboard layout is not English"),
    ],
)
def test_unreadable_input_gets_a_message_the_officer_can_act_on(text: str, message: str) -> None:
    with pytest.raises(MrzError) as caught:
        parse_mrz(text, today=TODAY)
    assert message in str(caught.value)
    assert caught.value.problems
    assert isinstance(caught.value, ValidationError)


def test_every_bad_character_is_listed_in_problems() -> None:
    text = TD3[0].replace("A", "a", 1) + "\n" + TD3[1].replace("<", "*")
    with pytest.raises(MrzError) as caught:
        parse_mrz(text, today=TODAY)
    assert len(caught.value.problems) == TD3[1].count("<")
    assert caught.value.code == Code.MRZ_CHARACTER
    first = TD3[1].index("<") + 1
    assert caught.value.problems[0].params == {"line": 2, "position": first, "character": "*"}


# --- check digits and corruption -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "digit"),
    [("L898902C3", "6"), ("740812", "2"), ("120415", "9"), ("D23145890734", "9"), ("", "0")],
)
def test_check_digit_7_3_1(text: str, digit: str) -> None:
    assert check_digit(text) == digit
    assert check_digit(text.lower()) == digit


def test_check_digit_refuses_characters_outside_the_mrz_alphabet() -> None:
    with pytest.raises(MrzError, match="cannot appear"):
        check_digit("AB-12")


def blind_spot(original: str, new: str, number: str, index: int) -> bool:
    """True when 7-3-1 cannot see the substitution ``original`` → ``new``.

    Every weight (7, 3, 1) is coprime to 10, so a field digit — and the composite
    digit, whose weights are 7, 3, 1 too — changes unless the two characters'
    values differ by a multiple of 10: 0↔A↔K↔U↔<, 1↔B↔L↔V, 2↔C↔M↔W, 3↔D↔N↔X,
    4↔E↔O↔Y, 5↔F↔P↔Z, 6↔G↔Q, 7↔H↔R, 8↔I↔S, 9↔J↔T. The parser still refuses
    a filler put inside a document number.
    """
    if (VALUE[original] - VALUE[new]) % 10:
        return False
    return not (new == "<" and number[index + 1 :].strip("<"))


@pytest.mark.parametrize("fmt", SPECIMENS)
@pytest.mark.parametrize("field", ["birth_date", "expiry_date"])
def test_every_single_substitution_in_a_date_is_caught(fmt: str, field: str) -> None:
    line, start, end = FIELD_SPANS[fmt][field]
    for pos in range(start, end):
        for ch in MRZ_CHARS:
            if ch == SPECIMENS[fmt][line][pos]:
                continue
            result = parse(with_char(SPECIMENS[fmt], line, pos, ch))
            assert not result.valid, (fmt, field, pos, ch)


@pytest.mark.parametrize("fmt", SPECIMENS)
def test_document_number_substitutions_are_caught_except_7_3_1_blind_spots(fmt: str) -> None:
    line, start, end = FIELD_SPANS[fmt]["document_number"]
    number = SPECIMENS[fmt][line][start:end]
    caught = blind = 0
    for pos in range(start, end):
        for ch in MRZ_CHARS:
            original = SPECIMENS[fmt][line][pos]
            if ch == original:
                continue
            result = parse(with_char(SPECIMENS[fmt], line, pos, ch))
            if blind_spot(original, ch, number, pos - start):
                blind += 1
                assert result.valid, (fmt, pos, ch)  # documented: no check digit can see it
            else:
                caught += 1
                assert not result.valid, (fmt, pos, ch)
                assert result.failed_checks or result.problems
    assert caught > 10 * blind


@given(
    st.text(alphabet=MRZ_CHARS, min_size=1, max_size=40),
    st.data(),
)
def test_check_digit_changes_unless_values_differ_by_a_multiple_of_ten(
    text: str, data: st.DataObject
) -> None:
    pos = data.draw(st.integers(0, len(text) - 1))
    new = data.draw(st.sampled_from(MRZ_CHARS).filter(lambda c: c != text[pos]))
    corrupted = text[:pos] + new + text[pos + 1 :]
    same = (VALUE[text[pos]] - VALUE[new]) % 10 == 0
    assert (check_digit(corrupted) == check_digit(text)) == same


# --- properties ----------------------------------------------------------------------


def noisy_mrz() -> st.SearchStrategy[str]:
    """Specimens with random edits: reaches the field parsers, not just the gatekeeping."""
    edit_chars = st.sampled_from(MRZ_CHARS + " \t\r\n<<<<0123456789aé;З\x00")

    @st.composite
    def mutate(draw: st.DrawFn) -> str:
        text = "\n".join(draw(st.sampled_from(list(SPECIMENS.values()))))
        for _ in range(draw(st.integers(0, 6))):
            pos = draw(st.integers(0, len(text)))
            kind = draw(st.sampled_from(["replace", "insert", "delete"]))
            ch = draw(edit_chars)
            if kind == "replace":
                text = text[:pos] + ch + text[pos + 1 :]
            elif kind == "insert":
                text = text[:pos] + ch + text[pos:]
            else:
                text = text[:pos] + text[pos + 1 :]
        return text

    return mutate()


@given(st.one_of(st.text(), noisy_mrz()))
@example("<" * 44 + "\n" + "<" * 44)
@example("0" * 30 + "\n" + "0" * 30 + "\n" + "0" * 30)
@example("V" * 36 + "\n" + "9" * 36)
def test_parse_mrz_raises_nothing_but_mrz_error(text: str) -> None:
    try:
        result = parse_mrz(text, today=TODAY)
    except MrzError as e:
        assert str(e)
        return
    assert result.valid == (not result.failed_checks and not result.problems)


def _words(min_size: int) -> st.SearchStrategy[tuple[str, ...]]:
    word = st.text(alphabet=string.ascii_uppercase, min_size=1, max_size=6)
    return st.lists(word, min_size=min_size, max_size=2).map(tuple)


@st.composite
def generated_fields(draw: st.DrawFn) -> Fields:
    fmt = draw(st.sampled_from(list(SPECIMENS)))
    optional_width = {"TD1": 15, "TD2": 7, "TD3": 14, "MRVA": 16, "MRVB": 8}[fmt]
    alnum = string.ascii_uppercase + string.digits
    number = draw(st.text(alphabet=alnum, min_size=1, max_size=9))
    optional = draw(st.text(alphabet=alnum, max_size=optional_width))
    return Fields(
        fmt=fmt,
        code=draw(st.sampled_from(["V"] if fmt.startswith("MRV") else ["P", "I", "ID", "AC"])),
        state=draw(st.text(alphabet=string.ascii_uppercase, min_size=1, max_size=3)),
        surname=draw(_words(1)),
        given=draw(_words(0)),
        number=number,
        nationality=draw(st.text(alphabet=string.ascii_uppercase, min_size=1, max_size=3)),
        birth=draw(st.dates(dt.date(TODAY.year - 99, 1, 1), TODAY)),
        sex=draw(st.sampled_from("MF<")),
        expiry=draw(st.dates(dt.date(TODAY.year - 49, 1, 1), dt.date(TODAY.year + 49, 12, 31))),
        optional=optional,
    )


@given(generated_fields())
def test_generated_valid_mrz_round_trips_its_fields(f: Fields) -> None:
    r = parse(build(f))
    assert r.valid, r.failed_checks
    assert r.format == f.fmt
    assert (r.document_code, r.issuing_state, r.nationality) == (f.code, f.state, f.nationality)
    assert (r.surname, r.given_names) == (" ".join(f.surname), " ".join(f.given))
    assert r.document_number == f.number
    assert r.birth_date == f.birth.isoformat()
    assert r.expiry_date == f.expiry.isoformat()
    assert r.sex == ("X" if f.sex == "<" else f.sex)
    assert r.optional_data == f.optional
