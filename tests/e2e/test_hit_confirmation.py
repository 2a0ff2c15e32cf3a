"""Issue 10, items 3 and 4: the confirmation round trip of a watchlist hit, with the real
HQ over TLS (SQLite and PostgreSQL): HQ publishes a FollowTheMoney list, the post pulls
it, an inspection's passport, plate and a transliterated name hit, the officer triages,
the hits reach HQ, HQ opens confirmation requests to the owning authorities with their
deadlines, the authority answers through HQ, and the next sync brings the answer back:
the hit is no longer provisional and its instructions are there."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path
from typing import Any

from checkpoint.domain import hit_answer
from checkpoint.domain.ids import new_id, parse_utc
from checkpoint.domain.inspection import Inspection
from checkpoint.errors import Code
from checkpoint.services import hits, inspections
from checkpoint.services.session import Session, login
from checkpoint.services.sync import SyncEngine
from hq.cli import main as hq_main
from tests.conftest import SUPERVISOR, SUPERVISOR_PASSWORD
from tests.e2e.conftest import Hq
from tests.e2e.helpers import inspection, sync
from tests.helpers import run_cli

LIST_AUTHORITY = "UA-DPSU"  # the list's owner (border guard), for alerts naming none
POLICE = "UA-NPU"  # the owner the passport's alert names itself

FTM = [
    {"id": "p-shevchenko", "schema": "Person", "properties": {
        "name": ["Шевченко Тарас"], "firstName": ["Тарас"], "lastName": ["Шевченко"],
        "birthDate": ["1961-03-09"], "nationality": ["ua"], "gender": ["male"]}},
    {"id": "pp-shevchenko", "schema": "Passport", "properties": {
        "holder": ["p-shevchenko"], "number": ["FE 123456"], "country": ["ua"],
        "type": ["passport"]}},
    {"id": "s-shevchenko", "schema": "Sanction", "properties": {
        "entity": ["p-shevchenko"], "authority": [POLICE], "provisions": ["arrest"],
        "reason": ["Arrest warrant 2024/117"]}},
    {"id": "p-khabibullin", "schema": "Person", "properties": {
        "name": ["Хабибуллин Рустам"], "birthDate": ["1979"], "nationality": ["ru"],
        "gender": ["male"]}},
    {"id": "v-audi", "schema": "Vehicle", "properties": {
        "name": ["Audi A6"], "registrationNumber": ["AA 1234 BC"], "country": ["ua"]}},
]


def hq_cli(hq: Hq, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = hq_main(["--dir", str(hq.config.folder), *args])
    return code, out.getvalue(), err.getvalue()


def _publish(hq: Hq, tmp_path: Path) -> None:
    path = tmp_path / "wanted.ftm.jsonl"
    path.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in FTM),
                    encoding="utf-8")
    code, _, err = hq_cli(hq, "publish-watchlist", str(path), "--list", "UA-WANTED",
                            "--authority", LIST_AUTHORITY, "--action", "specific_check")
    assert code == 0, err


def _draft(s: Session) -> Inspection:
    doc = inspection(s, status="draft", finalized_at=None)
    holder, other = doc["persons"]
    holder.update(surname=None, given_names=None, surname_latin="SHEVCHENKO",
                  given_names_latin="TARAS", birth_date="1961-03-09")
    holder["document"].update(number="FE123456", issuing_state="UKR", mrz=None)
    other.update(id=new_id(), surname=None, given_names=None, surname_latin="KHABIBULLIN",
                 given_names_latin="RUSTAM", birth_date="1979", nationality="RUS", sex="M")
    other["document"].update(type="passport", number="751000001", issuing_state="RUS",
                             mrz=None)
    doc["persons"] = [holder, other]
    doc["vehicle"].update(plate="AA1234BC", registration_country="UKR", vin=None)
    doc["consignment"] = None
    return Inspection.from_document(doc)


def _by_alert(s: Session, inspection_id: str) -> dict[str, tuple[str, dict[str, Any]]]:
    return {doc["candidate"]["alert_id"]: (hid, doc)
            for hid, doc in hits.hits_of(s, inspection_id)}


def test_a_hit_is_confirmed_by_its_owner_through_hq_and_stops_being_provisional(
        enrolled: Path, hq: Hq, tmp_path: Path) -> None:
    _publish(hq, tmp_path)
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        engine = SyncEngine.for_session(s)
        engine.sync_now()
        done = inspections.finalize(s, _draft(s))
        found = _by_alert(s, done.id)
        assert set(found) == {"p-shevchenko", "p-khabibullin", "v-audi"}
        assert found["p-khabibullin"][1]["candidate"]["match"] == "name"  # transliterated
        assert all(d["provisional"] and d["confirmation"] is None for _, d in found.values())
        engine.sync_now()  # untriaged hits reach HQ but ask nobody anything yet
    assert hq.scalar("SELECT count(*) FROM hit_requests") == 0
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        passport, plate, name = (found[a][0] for a in ("p-shevchenko", "v-audi",
                                                       "p-khabibullin"))
        hits.triage(s, passport, "confirmed", action_taken="held in the office")
        hits.triage(s, plate, "possible")
        hits.triage(s, name, "false_positive", reason="another birth date on the visa")
        SyncEngine.for_session(s).sync_now()

    # HQ opened a request for each hit triaged possible or confirmed, to the alert's owner
    code, out, _ = hq_cli(hq, "hit-requests")
    assert code == 0 and "2 request(s), 0 overdue" in out
    with hq.tx() as tx:
        rows = {r[0]: r[1:] for r in tx.all(
            "SELECT id, authority, action, requested_at, deadline, state, post "
            "FROM hit_requests")}
    assert set(rows) == {passport, plate}  # keyed by the hit's first version
    for hit_id, owner, action, hours in ((passport, POLICE, "arrest", 1),
                                         (plate, LIST_AUTHORITY, "specific_check", 12)):
        authority, act, requested, deadline, state, post = rows[hit_id]
        assert (authority, act, state, post) == (owner, action, "awaiting", "UA-PL-01")
        assert (parse_utc(deadline) - parse_utc(requested)).total_seconds() == hours * 3600

    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        report = SyncEngine.for_session(s).sync_now()
        found = _by_alert(s, done.id)
    assert report.awaiting == 2  # the background sync pulls often until they are answered
    waiting = found["p-shevchenko"][1]
    assert waiting["provisional"] and waiting["hit_id"] == passport
    assert waiting["confirmation"]["state"] == "awaiting"
    assert waiting["confirmation"]["authority"] == POLICE
    assert waiting["confirmation"]["deadline"] == rows[passport][3]
    assert found["p-khabibullin"][1]["confirmation"] is None  # dismissed: nothing asked

    # refusals, each with a clear message, each changing nothing
    code, _, err = hq_cli(hq, "hit-answer", new_id(), "--confirmed", "--authority", POLICE,
                          "--by", "duty officer")
    assert code == 1 and "no confirmation request for hit" in err
    code, _, err = hq_cli(hq, "hit-answer", passport, "--confirmed", "--authority",
                          LIST_AUTHORITY, "--by", "duty officer")
    assert code == 1 and f"answered by {POLICE}" in err and "not by UA-DPSU" in err
    triaged_version = found["p-shevchenko"][0]
    code, out, err = hq_cli(hq, "hit-answer", triaged_version, "--confirmed", "--authority",
                            POLICE, "--by", "duty officer Petrenko", "--instructions",
                            "Detain; a patrol is on its way.")
    assert code == 0 and f"hit {passport}: confirmed by {POLICE}: duty officer Petrenko" in out
    code, _, err = hq_cli(hq, "hit-answer", passport, "--not-confirmed", "--authority",
                          POLICE, "--by", "someone else")
    assert code == 1 and "already answered" in err and "an answer is final" in err
    assert hq_cli(hq, "hit-answer", plate, "--not-confirmed", "--authority", LIST_AUTHORITY,
                  "--by", "analyst Bondar", "--instructions", "Plate reissued; release.")[0] == 0
    with hq.tx() as tx:
        audit = tx.all("SELECT agency, officer, action, subject, outcome FROM agency_audit "
                       "WHERE action = 'hit.answer' ORDER BY id")
    assert audit == [(POLICE, "duty officer Petrenko", "hit.answer", passport, "confirmed"),
                     (LIST_AUTHORITY, "analyst Bondar", "hit.answer", plate,
                      "not_confirmed")]

    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        assert SyncEngine.for_session(s).sync_now().awaiting == 0
        found = _by_alert(s, done.id)
        journal = [(e.actor, e.action, e.subject, e.payload_dict()) for e in s.journal.entries()
                   if e.action == "hit.answer"]
    confirmed = found["p-shevchenko"][1]
    assert not confirmed["provisional"]
    assert confirmed["confirmation"]["state"] == "confirmed"
    assert confirmed["confirmation"]["instructions"] == "Detain; a patrol is on its way."
    assert confirmed["confirmation"]["answered_by"] == f"{POLICE}: duty officer Petrenko"
    refused = found["v-audi"][1]
    assert not refused["provisional"] and refused["confirmation"]["state"] == "not_confirmed"
    assert found["p-khabibullin"][1]["provisional"]  # no answer, still provisional
    code, out, err = run_cli(["hit", "list", done.id, "--as", SUPERVISOR, "--password-stdin"],
                             SUPERVISOR_PASSWORD + "\n", enrolled)
    assert code == 0, err
    assert (f"confirmed by {POLICE} ({POLICE}: duty officer Petrenko, "
            f"{confirmed['confirmation']['answered_at']}): Detain; a patrol is on its way."
            in out)
    assert f"not confirmed by {LIST_AUTHORITY} (" in out and "Plate reissued; release." in out
    assert sorted((a, subject, p["answered_by"]) for a, _, subject, p in journal) == sorted([
        ("hq", f"hit:{passport}", f"{POLICE}: duty officer Petrenko"),
        ("hq", f"hit:{plate}", f"{LIST_AUTHORITY}: analyst Bondar")])


def test_overdue_requests_are_shown_at_hq(enrolled: Path, hq: Hq, tmp_path: Path) -> None:
    _publish(hq, tmp_path)
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        engine = SyncEngine.for_session(s)
        engine.sync_now()
        done = inspections.finalize(s, _draft(s))
        hit_id = _by_alert(s, done.id)["v-audi"][0]
        hits.triage(s, hit_id, "possible")
        engine.sync_now()
    with hq.tx() as tx:  # the deadline passes
        tx.execute("UPDATE hit_requests SET deadline = '2020-01-01T00:00:00.000Z'")
    code, out, _ = hq_cli(hq, "hit-requests", "--overdue")
    assert code == 0 and f"{hit_id}\tUA-PL-01\tUA-WANTED/v-audi" in out
    assert "\tOVERDUE\tpossible\t" in out and "1 request(s), 1 overdue" in out
    assert "0 request(s)" in hq_cli(hq, "hit-requests", "--state", "confirmed")[1]
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:  # the officer dismisses it
        newest = _by_alert(s, done.id)["v-audi"][0]
        hits.triage(s, newest, "false_positive", reason="plate misread")
        SyncEngine.for_session(s).sync_now()
    out = hq_cli(hq, "hit-requests")[1]  # shown with the request, still one request
    assert "\tOVERDUE\tfalse_positive\t" in out and "1 request(s), 1 overdue" in out


def test_a_hostile_answer_is_set_aside_and_never_reaches_the_hit(enrolled: Path, hq: Hq,
                                                                  tmp_path: Path) -> None:
    _publish(hq, tmp_path)
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        engine = SyncEngine.for_session(s)
        engine.sync_now()
        done = inspections.finalize(s, _draft(s))
        hit_id = _by_alert(s, done.id)["v-audi"][0]
        post = "UA-PL-01"
    good = hit_answer.HitAnswer(hit_id, "UA-WANTED", "v-audi", LIST_AUTHORITY,
                                "specific_check", "2026-01-01T00:00:00.000Z",
                                "2026-01-01T12:00:00.000Z", "confirmed", "x", "a: b",
                                "2026-01-01T01:00:00.000Z").to_document()
    with hq.tx() as tx:
        for key, data in (
                (hit_id, {**good, "state": "maybe"}),  # not a state
                (hit_id + "x", {**good, "hit_id": hit_id + "x"}),  # not a hit id
                (new_id(), good),  # filed under another hit's key
                (new_id(), {**good, "answered_by": None}),  # an answer by nobody
                (new_id(), ["not", "an", "object"])):
            tx.execute("INSERT INTO changes (collection, key, audience, op, data, created_at) "
                       "VALUES ('hit_answer', ?, ?, 'put', ?, 'x')",
                       (key, f"post:{post}", json.dumps(data)))
    report = sync(enrolled)
    assert report.pull_refused == 5
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        held = s.database.query("SELECT count(*) FROM hq_items WHERE collection = 'hit_answer'")
        assert held == [(0,)]
        assert _by_alert(s, done.id)["v-audi"][1]["provisional"]
        codes = {q.code for q in SyncEngine.for_session(s).quarantined() if q.pulled}
        refused = [e for e in s.journal.entries() if e.action == "sync.item_refused"]
    assert codes == {Code.PULLED_UNREADABLE} and len(refused) == 5
