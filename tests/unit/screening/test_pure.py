"""Identifier keys, skeletons and name keys: the pure rules, with property tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from checkpoint.domain.alert import Alert, AlertName
from checkpoint.screening import PersonQuery, Query, alert_keys, plan
from checkpoint.screening.identifiers import identifier_key
from checkpoint.screening.names import keys_of_name, name_keys, name_tokens, skeleton
from checkpoint.screening.score import score_person


def test_plates_fold_cyrillic_lookalikes_and_separators() -> None:
    latin = identifier_key("plate", "AA 1234-BC", "ukr")
    cyrillic = identifier_key("plate", "аа1234вс", "UKR")
    assert latin == cyrillic and latin is not None and latin.key == "AA1234BC"
    assert latin.country == "UKR"


def test_vin_container_imo_and_document_keys() -> None:
    def key(kind: str, value: str) -> str | None:
        k = identifier_key(kind, value)
        return k.key if k else None

    assert key("vin", "wauzzz4gocn123456") == "WAUZZZ4G0CN123456"
    assert key("container", "csqu 305438-3") == "CSQU3054383"
    assert key("imo", "IMO 9074729") == "9074729"
    assert key("imo", "IMO ABC") is None
    assert key("document", "FE<123 456") == "FE123456"
    assert key("document", "<<") is None
    assert identifier_key("document", "X1", "D") == identifier_key("document", "x1", "DEU")


def test_the_skeleton_is_one_across_transcriptions() -> None:
    forms = ["SHEVCHENKO", "SCHEWTSCHENKO", "SZEWCZENKO", "ŠEVČENKO", "CHEVTCHENKO"]
    assert {skeleton(f) for f in forms} == {"XVXNK"}
    assert skeleton("KHABIBULLIN") == skeleton("HABIBULLIN") == skeleton("CHABIBULLIN")
    assert skeleton("SHCHERBAK") != skeleton("SHCHERBAKOV")
    assert skeleton("CARLOS") == "KRLS" and skeleton("CEZAR") == "SR"


def test_name_keys_ignore_order_and_scripts() -> None:
    assert keys_of_name("Тарас Шевченко") & keys_of_name("SHEVCHENKO TARAS")
    assert name_keys(name_tokens("SHEVCHENKO TARAS")) == name_keys(name_tokens("TARAS SHEVCHENKO"))
    assert keys_of_name("") == set() and keys_of_name("1234 <<<") == set()


def test_a_patronymic_left_out_still_meets_the_listed_name() -> None:
    assert keys_of_name("SHEVCHENKO TARAS") & keys_of_name("Шевченко Тарас Григорович")


def test_a_shared_birth_date_alone_never_makes_a_hit() -> None:
    alert = Alert("a", "L", "person", names=(AlertName("Шевченко Тарас"),),
                  birth_dates=("1961-03-09",), nationalities=("UKR",), sex="M")
    match = score_person(PersonQuery("SHEVCHENKO", "PETRO", "1961-03-09", "UKR", "M"), alert)
    assert match is not None and match.score < 0.8
    assert all(a.effect <= 0 for a in match.adjustments)


def test_other_birth_year_and_other_sex_cost() -> None:
    alert = Alert("a", "L", "person", names=(AlertName("Жукова Юлия"),),
                  birth_dates=("1985-07-21",), sex="F")
    same = score_person(PersonQuery("ZHUKOVA", "IULIIA", "1985-07-21", "", "F"), alert)
    other = score_person(PersonQuery("ZHUKOVA", "IULIIA", "1990-01-01", "", "M"), alert)
    assert same is not None and other is not None
    assert {a.factor: a.effect for a in other.adjustments} == {"birth_date": -0.40, "sex": -0.15}
    assert other.score < 0.8 <= same.score


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80), st.text(max_size=80), st.text(max_size=12))
def test_any_text_plans_and_scores_without_error(surname: str, given_: str, birth: str) -> None:
    person = PersonQuery(surname, given_, birth, surname[:3], given_[:1])
    plan(Query(persons=(person,)))
    alert = Alert("a", "L", "person", names=(AlertName(given_ + " " + surname or "x"),),
                  birth_dates=(birth,))
    score_person(person, alert)
    alert_keys(alert)


def test_a_birth_date_typo_costs_less_than_another_date() -> None:
    alert = Alert("a", "L", "person", names=(AlertName("Жукова Юлия"),),
                  birth_dates=("1985-07-21", "1979"))

    def effect(birth: str) -> float:
        match = score_person(PersonQuery("ZHUKOVA", "IULIIA", birth), alert)
        assert match is not None
        return {a.factor: a.effect for a in match.adjustments}["birth_date"]

    assert effect("1985-07-12") == -0.25  # one part differs
    assert effect("1986-07-21") == -0.25  # the year by one
    assert effect("1990-02-03") == -0.40
    assert effect("1979-02-03") == 0.0  # the listed year-only date agrees
    assert effect("1985-07-21") == 0.05


def test_the_shortlist_keeps_pair_key_evidence_first() -> None:
    from checkpoint.screening.match import shortlist

    found = {i: {f"TX|{i}"} for i in range(100)}
    found[500] = {"PA|B"}
    found[501] = {"PA|B", "TA|B"}
    kept = shortlist(found, limit=10)
    assert len(kept) == 10 and list(kept)[:2] == [501, 500]
    assert shortlist({1: {"PA|B"}}, limit=10) == {1: {"PA|B"}}


def test_a_common_name_needs_an_equal_full_birth_date_to_be_a_hit() -> None:
    from checkpoint.screening.score import COMMON_NAME, common_name

    alert = Alert("a", "L", "person", names=(AlertName("Kaya Mehmet"),), birth_dates=("1970",))
    person = PersonQuery("KAYA", "MEHMET", "1970-05-01")
    match = score_person(person, alert)
    assert match is not None and match.score >= 0.8
    assert common_name(match, person, alert, COMMON_NAME - 1, 0.8) == match
    capped = common_name(match, person, alert, COMMON_NAME, 0.8)
    assert capped.score < 0.8 and capped.adjustments[-1].factor == "common_name"
    exact = Alert("a", "L", "person", names=(AlertName("Kaya Mehmet"),),
                  birth_dates=("1970-05-01",))
    full = score_person(person, exact)
    assert full is not None
    assert common_name(full, person, exact, 500, 0.8).score >= 0.8


def test_a_shared_skeleton_is_a_transcription_only_with_the_same_vowels() -> None:
    from checkpoint.screening.names import token_forms
    from checkpoint.screening.score import token_similarity, vowels

    assert vowels("JULIJA") == vowels("IULIIA") == vowels("IOULIA") == "UA"
    assert vowels("EVGENII") == vowels("IEVGEN")
    assert token_similarity(token_forms("SZCZERBAK"), token_forms("SHCHERBAK"))[3] == \
        "transcription"
    for a, b in (("SHEVCHUK", "SHEVCHIAK"), ("SAVCHUK", "ZIAVYKHCHUK"), ("OLEG", "OLGA")):
        sim, _, _, how = token_similarity(token_forms(a), token_forms(b))
        assert how != "transcription" and sim < 0.8, (a, b)
    assert token_similarity(token_forms("ДМИТРО"), token_forms("ДМИТРОВИЧ"))[:1] == (0.5,)
