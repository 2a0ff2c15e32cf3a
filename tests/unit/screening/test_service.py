"""The screening service on a real encrypted workstation: index, screen, delta, snapshot."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from checkpoint.domain.alert import Alert, AlertIdentifier, AlertName
from checkpoint.errors import PermissionDeniedError, ValidationError
from checkpoint.screening import IdentifierQuery, PersonQuery, Query, alert_keys
from checkpoint.services import screening
from checkpoint.services.session import Session, login
from tests.conftest import SUPERVISOR, SUPERVISOR_PASSWORD
from tests.unit.screening.conftest import LIST


def _ids(result: screening.Result) -> list[tuple[str, str, bool]]:
    return [(c.alert.alert_id, c.match, c.hit) for c in result.candidates]


def test_a_listed_passport_plate_vin_container_and_vessel_are_hits(officer: Session) -> None:
    q = Query(identifiers=(
        IdentifierQuery("document", "fe-123456", "UKR"),
        IdentifierQuery("plate", "AA 1234 BC", "UKR"),  # Latin letters; listed in Cyrillic
        IdentifierQuery("vin", "WAUZZZ4GOCN123456"),  # O typed for 0
        IdentifierQuery("container", "csqu3054383"),
        IdentifierQuery("imo", "9074729"),
        IdentifierQuery("document", "XP0012345", "POL"),
    ))
    result = screening.screen(officer, q)
    assert result.hit
    assert {c.alert.alert_id for c in result.candidates} == {
        "p-shevchenko", "v-audi", "c-1", "ves-1", "doc-stolen"}
    audi = next(c for c in result.candidates if c.alert.alert_id == "v-audi")
    assert {i.kind for i in audi.identifiers} == {"plate", "vin"}
    assert all(c.snapshot.version == 1 and c.snapshot.list_code == LIST
               for c in result.candidates)


def test_a_document_of_another_issuing_state_is_not_a_hit(officer: Session) -> None:
    result = screening.screen(officer, Query(identifiers=(
        IdentifierQuery("document", "FE123456", "POL"),)))
    assert result.candidates == () and not result.hit
    unknown_state = screening.screen(officer, Query(identifiers=(
        IdentifierQuery("document", "FE123456"),)))
    assert unknown_state.hit
    assert not unknown_state.candidates[0].identifiers[0].country_compared


def test_identifier_hits_rank_above_name_hits(officer: Session) -> None:
    q = Query(persons=(PersonQuery("KHABIBULLIN", "RUSTAM", "1979"),),
              identifiers=(IdentifierQuery("document", "FE123456", "UKR"),))
    result = screening.screen(officer, q)
    assert _ids(result)[:2] == [("p-shevchenko", "identifier", True),
                                ("p-khabibullin", "name", True)]


def test_a_name_hit_explains_itself(officer: Session) -> None:
    result = screening.screen(officer, Query(persons=(
        PersonQuery("SZEWCZENKO", "TARAS", "1961-03-09", "UKR", "M"),)))
    [c] = result.candidates
    assert c.hit and c.match == "name" and c.alert.action == "arrest"
    assert c.name is not None
    pairs = {(p.query, p.listed) for p in c.name.pairs}
    assert pairs == {("SZEWCZENKO", "ШЕВЧЕНКО"), ("TARAS", "ТАРАС")}
    assert [a.factor for a in c.name.adjustments] == ["birth_date", "nationality"]
    assert c.keys and all(k.startswith(("P", "T")) for k in c.keys)
    text = c.explain()
    assert "SZEWCZENKO ~ ШЕВЧЕНКО" in text and "birth_date +0.05" in text


def test_covert_alerts_and_their_fields_come_from_the_linked_risk(officer: Session) -> None:
    [c] = screening.screen(officer, Query(persons=(PersonQuery("Хабибуллин", "Рустам"),))
                           ).candidates
    assert c.alert.covert and c.alert.action == "discreet_check"
    assert c.alert.authority == "SIRENE PL"
    assert c.to_json()["covert"] is True


def test_a_delta_removes_changes_and_adds(loaded: Path, sample_alerts: list[Alert]) -> None:
    q = Query(persons=(PersonQuery("SHEVCHENKO", "TARAS"),))
    by_id = {a.alert_id: a for a in sample_alerts}
    with login(loaded, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        assert screening.screen(s, q).hit
        renamed = replace(by_id["p-khabibullin"], names=(AlertName("Іваненко Марія"),))
        new = Alert("p-new", LIST, "person", "p-new", names=(AlertName("Petrenko Ivan"),))
        counts = screening.apply_delta(s, LIST, 2, [renamed, new], ["p-shevchenko"])
        assert counts == (1, 1, 1)
        after = screening.screen(s, q)
        assert not after.hit and after.candidates == ()
        assert [sn.version for sn in after.snapshots] == [2]
        assert not screening.screen(s, Query(persons=(PersonQuery("KHABIBULLIN", "RUSTAM"),))
                                    ).candidates
        assert screening.screen(s, Query(persons=(PersonQuery("IVANENKO", "MARIIA"),))).hit
        assert screening.screen(s, Query(persons=(PersonQuery("PETRENKO", "IVAN"),))).hit
        # the removed alert's keys are gone too: nothing points at a missing row
        orphans = s.database.query(
            "SELECT count(*) FROM watchlist_names n LEFT JOIN watchlist_alerts a "
            "ON a.id = n.alert WHERE a.id IS NULL")
        assert orphans == [(0,)]
        [status] = screening.status(s)
        assert (status.version, status.entries) == (2, 6)


def test_replacing_a_list_is_all_or_nothing(loaded: Path, sample_alerts: list[Alert]) -> None:
    bad = Alert("x", LIST, "person", names=(AlertName("Some One"),), action="shoot")
    with login(loaded, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        with pytest.raises(ValidationError):
            screening.replace_list(s, LIST, 2, [*sample_alerts[:2], bad])
        [status] = screening.status(s)
        assert (status.version, status.entries) == (1, 6)
        assert screening.screen(s, Query(persons=(PersonQuery("SHEVCHENKO", "TARAS"),))).hit


def test_an_inspector_screens_but_cannot_change_a_list(officer: Session,
                                                       sample_alerts: list[Alert]) -> None:
    with pytest.raises(PermissionDeniedError):
        screening.replace_list(officer, LIST, 2, sample_alerts)
    with pytest.raises(PermissionDeniedError):
        screening.apply_delta(officer, LIST, 2, [], ["p-shevchenko"])


def test_replacing_and_deltas_are_journaled(loaded: Path) -> None:
    with login(loaded, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        screening.apply_delta(s, LIST, 2, [], ["c-1"])
        actions = [e.action for e in s.journal.entries()]
    assert "watchlist.replaced" in actions and "watchlist.delta" in actions


def test_two_lists_answer_with_their_own_snapshots(loaded: Path) -> None:
    other = Alert("o-1", "EU-SANCT", "person", "o-1", names=(AlertName("Shevchenko Taras"),),
                  action="refuse_entry")
    with login(loaded, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        screening.replace_list(s, "EU-SANCT", 7, [other])
        result = screening.screen(s, Query(persons=(PersonQuery("SHEVCHENKO", "TARAS"),)))
        versions = {c.alert.list_code: c.snapshot.version for c in result.candidates}
        assert versions == {LIST: 1, "EU-SANCT": 7}
        screening.replace_list(s, "EU-SANCT", 8, [])
        result = screening.screen(s, Query(persons=(PersonQuery("SHEVCHENKO", "TARAS"),)))
        assert {c.alert.list_code for c in result.candidates} == {LIST}


def test_a_withdrawn_list_leaves_nothing_behind(loaded: Path) -> None:
    other = Alert("o-1", "EU-SANCT", "person", "o-1", names=(AlertName("Petrenko Ivan"),),
                  identifiers=(AlertIdentifier("document", "EU1"),))
    with login(loaded, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        screening.replace_list(s, "EU-SANCT", 1, [other])
        with s.write() as conn:
            assert screening.index_remove(conn, LIST) == 6
        assert [x.list_code for x in screening.status(s)] == ["EU-SANCT"]
        counts = s.database.query(
            "SELECT (SELECT count(*) FROM watchlist_names), (SELECT count(*) FROM watchlist_ids)")
        assert counts == [(len(alert_keys(other).names), 1)]
        assert screening.screen(s, Query(persons=(PersonQuery("PETRENKO", "IVAN"),))).hit


def test_an_alert_twice_in_one_delta_counts_once(loaded: Path) -> None:
    first = Alert("p-x", LIST, "person", "p-x", names=(AlertName("Petrenko Ivan"),))
    second = replace(first, names=(AlertName("Sydorenko Ivan"),))
    with login(loaded, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        assert screening.apply_delta(s, LIST, 2, [first, second], []) == (1, 0, 0)
        assert not screening.screen(s, Query(persons=(PersonQuery("PETRENKO", "IVAN"),))).hit
        assert screening.screen(s, Query(persons=(PersonQuery("SYDORENKO", "IVAN"),))).hit


def test_keys_of_an_older_algorithm_are_recomputed(loaded: Path) -> None:
    with login(loaded, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        with s.write() as conn:
            assert screening.reindex_if_stale(conn) == 0
            conn.execute("UPDATE watchlist_lists SET keys_version = 'old'")
            conn.execute("UPDATE watchlist_names SET key = 'stale' || key")
        assert not screening.screen(s, Query(persons=(PersonQuery("SHEVCHENKO", "TARAS"),))).hit
        with s.write() as conn:
            assert screening.reindex_if_stale(conn) == 6
        assert screening.screen(s, Query(persons=(PersonQuery("SHEVCHENKO", "TARAS"),))).hit
        assert s.database.query("SELECT count(*) FROM watchlist_names WHERE key LIKE 'stale%'") \
            == [(0,)]


def test_a_name_many_entries_share_is_a_hit_only_with_the_full_birth_date(loaded: Path) -> None:
    kayas = [Alert(f"k{i}", "TR", "person", f"k{i}", names=(AlertName("Kaya Mehmet"),),
                   birth_dates=(f"{1950 + i}",) if i else ("1960-05-01",)) for i in range(12)]
    with login(loaded, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        screening.replace_list(s, "TR", 1, kayas)
        year_only = screening.screen(s, Query(persons=(PersonQuery("KAYA", "MEHMET",
                                                                   "1955-03-03"),)))
        assert not year_only.hit
        [c] = [c for c in year_only.candidates if c.alert.alert_id == "k5"]
        assert c.name is not None and c.name.adjustments[-1].factor == "common_name"
        exact = screening.screen(s, Query(persons=(PersonQuery("KAYA", "MEHMET",
                                                               "1960-05-01"),)))
        assert [c.alert.alert_id for c in exact.candidates if c.hit] == ["k0"]
