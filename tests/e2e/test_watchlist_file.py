"""Issue 10, item 1 (offline transfer) and 4: the real HQ exports its current watchlist to a
signed file; a workstation that never pulled imports it and screens from it; a tampered
copy and an older export are refused with nothing applied; the next online pull neither
duplicates the list's alerts nor takes it backwards, and a later change still arrives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checkpoint.screening import IdentifierQuery, PersonQuery, Query
from checkpoint.services import screening
from checkpoint.services.session import Session, login
from checkpoint.services.sync import SyncEngine
from tests.conftest import SUPERVISOR, SUPERVISOR_PASSWORD
from tests.e2e.conftest import Hq
from tests.e2e.test_cases_hq_cli import hq_cli
from tests.helpers import run_cli
from tests.unit.store.test_no_plaintext import _files_under

SAMPLE = Path(__file__).parents[1] / "unit" / "screening" / "sample.ftm.jsonl"
PASSPORT = Query(identifiers=(IdentifierQuery("document", "FE123456", "UKR"),))
SHEVCHENKO = Query((PersonQuery("SHEVCHENKO", "TARAS", "1961-03-09", "UKR", "M"),))
PW = SUPERVISOR_PASSWORD + "\n"


def _import(home: Path, file: Path) -> tuple[int, str, str]:
    return run_cli(["watchlist", "import", str(file), "--as", SUPERVISOR, "--password-stdin"],
                   PW, home)


def _export(hq: Hq, out: Path) -> None:
    code, text, err = hq_cli(hq, "export-watchlist", "--list", "UA-WANTED", "--out", str(out))
    assert code == 0 and "signed by HQ" in text, err


def _publish(hq: Hq, lines: list[str], tmp_path: Path, *extra: str) -> None:
    src = tmp_path / "list.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, _, err = hq_cli(hq, "publish-watchlist", str(src), "--list", "UA-WANTED",
                          "--authority", "National Police", *extra)
    assert code == 0, err


def _index(s: Session) -> tuple[object, ...]:
    q = s.database.query
    return (tuple(q("SELECT list, version, entries, max_age_hours FROM watchlist_lists")),
            q("SELECT count(*) FROM watchlist_alerts")[0][0],
            q("SELECT count(*) FROM watchlist_ids")[0][0],
            q("SELECT count(*) FROM watchlist_names")[0][0])


def test_an_exported_file_is_imported_offline_and_the_pull_then_carries_on(
        enrolled: Path, hq: Hq, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    _publish(hq, lines, tmp_path, "--max-age", "24")
    v1 = tmp_path / "ua-wanted-v1.cpwl"
    _export(hq, v1)
    # HQ changes the list: one alert more (version 2), exported again
    extra = json.dumps({"id": "p-extra", "schema": "Person", "properties": {
        "name": ["Бондаренко Олег"], "birthDate": ["1980-01-02"], "passportNumber": ["FK999111"]}},
        ensure_ascii=False)
    _publish(hq, [*lines, extra], tmp_path)
    v2 = tmp_path / "ua-wanted-v2.cpwl"
    _export(hq, v2)

    # a post that never pulled: the newest file applies, and screening answers from it
    code, out, err = _import(enrolled, v2)
    assert code == 0 and "watchlist UA-WANTED version 2 imported (new here)" in out, err
    assert "maximum age 24 h" in out
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        result = screening.screen(s, PASSPORT)
        assert result.hit and result.candidates[0].snapshot.version == 2
        assert screening.screen(s, SHEVCHENKO).hit
        held = _index(s)
        assert held[0] == (("UA-WANTED", 2, held[1], 24),)
    for path in [*_files_under(enrolled), *_files_under(temp)]:
        data = path.read_bytes()
        for needle in ("FE123456", "SHEVCHENKO", "Шевченко", "FK999111"):
            assert needle.encode() not in data, f"{needle} in the clear in {path.name}"

    # a tampered copy, and the older export: refused, with words, and nothing applied
    tampered = tmp_path / "tampered.cpwl"
    data = bytearray(v2.read_bytes())
    data[len(data) // 2] ^= 0x20
    tampered.write_bytes(bytes(data))
    code, _, err = _import(enrolled, tampered)
    assert code == 1 and "does not verify" in err and "Nothing was imported" in err
    code, _, err = _import(enrolled, v1)
    assert code == 1 and "version 1" in err and "already has version 2" in err
    code, _, err = _import(enrolled, v2)
    assert code == 1 and "already has version 2" in err
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        assert _index(s) == held

        # the link comes back: the first pull neither duplicates nor goes backwards, and
        # skips what the file gave (an alert applied again would get a new row)
        rows = s.database.query("SELECT id, alert_id FROM watchlist_alerts ORDER BY id")
        engine = SyncEngine.for_session(s)
        engine.sync_now()
        assert _index(s) == held
        assert s.database.query("SELECT id, alert_id FROM watchlist_alerts ORDER BY id") == rows
        # ... and a later change at HQ arrives as usual
        kept = [line for line in [*lines, extra] if "shevchenko" not in json.loads(line)["id"]]
        _publish(hq, kept, tmp_path, "--replace")
        engine.sync_now()
        [snap] = screening.status(s)
        assert snap.version == 3 and snap.entries < held[1]
        assert not screening.screen(s, SHEVCHENKO).candidates
        assert screening.screen(s, Query(
            identifiers=(IdentifierQuery("document", "FK999111"),))).hit


def test_the_export_of_a_list_hq_does_not_have_is_refused(hq: Hq, tmp_path: Path) -> None:
    code, _, err = hq_cli(hq, "export-watchlist", "--list", "NOPE", "--out",
                          str(tmp_path / "x.cpwl"))
    assert code == 1 and "NOPE" in err
    assert not (tmp_path / "x.cpwl").exists()


def test_the_maximum_age_travels_with_the_list_and_a_pull_makes_it_current(
        enrolled: Path, hq: Hq, tmp_path: Path) -> None:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    _publish(hq, lines, tmp_path, "--max-age", "12")
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        engine = SyncEngine.for_session(s)
        engine.sync_now()
        [held] = screening.ages(s)
        assert (held.version, held.max_age_hours, held.overdue) == (1, 12, False)
        with s.write() as conn:  # three days without a link
            conn.execute("UPDATE watchlist_lists SET pulled_at = '2026-01-01T00:00:00.000Z'")
        assert screening.ages(s)[0].overdue
        code, out, _ = run_cli(["watchlist", "status", "--as", SUPERVISOR, "--password-stdin"],
                               PW, enrolled)
        assert code == 0 and "WARNING: older than 12 h" in out
        # HQ has nothing new, but a pull that reaches the end of its feed makes it current
        engine.sync_now()
        [held] = screening.ages(s)
        assert held.version == 1 and not held.overdue and held.age_hours < 1
        # a new maximum age alone is a new version of the list's header
        _publish(hq, lines, tmp_path, "--max-age", "72")
        engine.sync_now()
        [held] = screening.ages(s)
        assert (held.version, held.max_age_hours) == (2, 72)
