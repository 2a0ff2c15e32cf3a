"""Names: ICAO transliteration, MRZ name fields, search keys and their variants."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from checkpoint.documents import icao_transliterate, mrz_name_field, name_key, name_variants
from checkpoint.errors import ValidationError

KEY = re.compile(r"([A-Z]+( [A-Z]+)*)?")


def test_cyrillic_surname_follows_the_icao_table() -> None:
    assert icao_transliterate("Хабибуллин") == "KHABIBULLIN"


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Ж", "ZH"), ("Х", "KH"), ("Ц", "TS"), ("Ч", "CH"), ("Ш", "SH"), ("Щ", "SHCH"),
        ("Ю", "IU"), ("Я", "IA"), ("Ї", "I"), ("Є", "IE"), ("Ґ", "G"), ("Й", "I"),
        ("Ъ", "IE"), ("Ы", "Y"), ("Ь", ""), ("Ё", "E"), ("Э", "E"), ("Ў", "U"), ("І", "I"),
        ("Ђ", "D"), ("Ћ", "C"), ("Џ", "DZ"), ("Љ", "LJ"), ("Њ", "NJ"), ("Ѕ", "DZ"),
    ],
)  # fmt: skip
def test_icao_cyrillic_table(cyrillic: str, latin: str) -> None:
    assert icao_transliterate("A" + cyrillic + "A") == "A" + latin + "A"
    assert icao_transliterate("A" + cyrillic.lower() + "A") == "A" + latin + "A"


@pytest.mark.parametrize(
    ("name", "latin"),
    [
        ("Ä", "AE"), ("Ö", "OE"), ("Ü", "UE"), ("ß", "SS"), ("Å", "AA"), ("Æ", "AE"),
        ("Ø", "OE"), ("Þ", "TH"), ("é", "E"), ("Ñ", "N"), ("Ł", "L"), ("Ç", "C"),
        ("Œ", "OE"), ("Đ", "D"), ("Ş", "S"), ("Ő", "O"),
    ],
)  # fmt: skip
def test_icao_latin_table_and_stripped_accents(name: str, latin: str) -> None:
    assert icao_transliterate(name) == latin


def test_decomposed_accents_read_like_composed_ones() -> None:
    assert icao_transliterate("Mu\u0308ller") == icao_transliterate("Müller") == "MUELLER"


def test_spaces_hyphens_apostrophes_kept_other_non_letters_dropped() -> None:
    assert icao_transliterate("  d'Artagnan-Dupont  3rd,  Jr. ") == "D'ARTAGNAN-DUPONT RD JR"


def test_script_without_a_table_gives_nothing() -> None:
    assert icao_transliterate("محمد") == ""
    assert name_key("محمد") == ""
    assert name_variants("محمد") == set()


def test_greek_uses_elot_743() -> None:
    assert icao_transliterate("Αθηνά Παπαδοπούλου") == "ATHINA PAPADOPOULOU"


def test_mrz_name_field_of_the_specimen() -> None:
    assert mrz_name_field("Eriksson", "Anna Maria", 39) == "ERIKSSON<<ANNA<MARIA" + "<" * 19


def test_mrz_name_field_turns_hyphens_and_spaces_into_fillers_and_drops_apostrophes() -> None:
    assert mrz_name_field("O'Neil-Smith", "Mary  Ann", 30) == "ONEIL<SMITH<<MARY<ANN" + "<" * 9


def test_mrz_name_field_is_truncated_to_its_width() -> None:
    assert mrz_name_field("Хабибуллин", "Ренат Ильдарович", 20) == "KHABIBULLIN<<RENAT<I"


def test_mrz_name_field_without_given_names() -> None:
    assert mrz_name_field("Eriksson", "", 10) == "ERIKSSON<<"


@pytest.mark.parametrize("width", [0, -3])
def test_mrz_name_field_refuses_a_width_below_one(width: int) -> None:
    with pytest.raises(ValidationError, match="width"):
        mrz_name_field("A", "B", width)


@pytest.mark.parametrize("name", ["Хабибуллин", "KHABIBULLIN", "khabibullin", " Khabibullin "])
def test_name_key_is_the_same_for_every_form_of_a_name(name: str) -> None:
    assert name_key(name) == "KHABIBULLIN"


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Anna-Maria   Eriksson", "ANNA MARIA ERIKSSON"),
        ("ERIKSSON<<ANNA<MARIA<<<<", "ERIKSSON ANNA MARIA"),
        ("O'Brien", "OBRIEN"),
        ("O’Brien", "OBRIEN"),
        ("Søren Ærø", "SOEREN AEROE"),
        ("José, Núñez 2", "JOSE NUNEZ"),
        ("", ""),
    ],
)
def test_name_key_normalizes(name: str, key: str) -> None:
    assert name_key(name) == key


def test_name_variants_hold_both_kh_and_h_for_cyrillic_kha() -> None:
    variants = name_variants("Хабибуллин")
    assert {"KHABIBULLIN", "HABIBULLIN"} <= variants
    assert name_key("Хабибуллин") in variants


@pytest.mark.parametrize(
    ("name", "spelling"),
    [
        ("Олександр Григоренко", "OLEKSANDR HRYHORENKO"),  # Ukraine 2010
        ("Юлія Згурська", "YULIIA ZGHURSKA"),  # Ukraine 2010, initial Ю and ЗГ
        ("Юрий", "YURIY"),  # Russia 1997
        ("Цветков", "TCVETKOV"),  # Russia 2010
        ("Фёдор", "FYODOR"),  # English
        ("Елена Соловьёва", "YELENA SOLOVYEVA"),  # BGN/PCGN
        ("Хрущёв", "CHRUSCHTSCHOW"),  # German
        ("Шукшин", "CHOUKCHIN"),  # French (without its final-e rule)
        ("Müller", "MULLER"),  # accents stripped without expansion
        ("O'Brien", "O BRIEN"),  # apostrophe as a word break
    ],
)
def test_name_variants_include_other_national_schemes(name: str, spelling: str) -> None:
    assert spelling in name_variants(name)


def test_ascii_name_variants_are_its_key() -> None:
    assert name_variants("Eriksson") == {"ERIKSSON"}


@given(st.text())
@example("ß\u0308<<ǅ-ʼ'")
@example("ǰ\u0301 \u2028x")
def test_name_key_is_idempotent_and_only_capitals_and_single_spaces(name: str) -> None:
    key = name_key(name)
    assert KEY.fullmatch(key)
    assert name_key(key) == key
    assert icao_transliterate(key) == key


@given(st.text())
def test_icao_transliterate_yields_only_mrz_letters_spaces_hyphens_apostrophes(name: str) -> None:
    assert set(icao_transliterate(name)) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ -'")


@given(st.text())
def test_name_variants_contain_the_key(name: str) -> None:
    variants = name_variants(name)
    assert all(KEY.fullmatch(v) and v for v in variants)
    if name_key(name):
        assert name_key(name) in variants


@given(st.text(), st.text(), st.integers(1, 60))
def test_mrz_name_field_always_fits_and_uses_only_mrz_characters(
    surname: str, given_names: str, width: int
) -> None:
    field = mrz_name_field(surname, given_names, width)
    assert len(field) == width
    assert set(field) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ<")
