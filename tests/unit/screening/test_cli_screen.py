"""``checkpoint screen`` and ``checkpoint watchlist status`` on a real workstation."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD
from tests.helpers import run_cli

PW = INSPECTOR_PASSWORD + "\n"


def test_screen_json_is_one_object_with_hits_explanations_and_snapshot(loaded: Path) -> None:
    code, out, err = run_cli(["screen", "--surname", "Szczerbak", "--given", "Oleg",
                              "--document", "FE 123456", "--state", "UKR", "--json",
                              "--as", INSPECTOR, "--password-stdin"], PW, loaded)
    assert code == 0, err
    doc = json.loads(out)
    assert doc["schema"] == "screening-result.v1" and doc["hit"] is True
    assert doc["snapshots"] == [{"list_code": "UA-NAT", "version": 1,
                                 "pulled_at": "2026-12-01T08:00:00.000Z", "entries": 6}]
    [first, *rest] = doc["candidates"]
    assert (first["alert_id"], first["match"], first["hit"], first["action"]) == (
        "p-shevchenko", "identifier", True, "arrest")
    assert first["entity_id"] == "p-shevchenko" and first["snapshot"]["version"] == 1
    assert first["explanation"]["identifiers"][0]["country_compared"] is True
    assert rest == []  # Щербак is not on this list; a name without candidates adds nothing


def test_screen_text_shows_why(loaded: Path) -> None:
    code, out, err = run_cli(["screen", "--surname", "HABIBULLIN", "--given", "RUSTAM",
                              "--birth", "1979", "--as", INSPECTOR, "--password-stdin"], PW,
                             loaded)
    assert code == 0, err
    assert "HIT" in out and "discreet_check [covert]" in out
    assert "HABIBULLIN ~ ХАБИБУЛЛИН" in out and "UA-NAT v1" in out


def test_screen_without_anything_to_screen_is_a_usage_error(loaded: Path) -> None:
    code, _, err = run_cli(["screen", "--birth", "1970", "--as", INSPECTOR, "--password-stdin"],
                           PW, loaded)
    assert code == 2 and "--surname" in err
    code, _, err = run_cli(["screen", "--as", INSPECTOR, "--password-stdin"], PW, loaded)
    assert code == 2 and "Give a name" in err


def test_watchlist_status_lists_versions_counts_and_age(loaded: Path) -> None:
    code, out, err = run_cli(["watchlist", "status", "--as", INSPECTOR, "--password-stdin"], PW,
                             loaded)
    assert code == 0, err
    assert out.startswith("UA-NAT: version 1, 6 entries, current with HQ at "
                          "2026-12-01T08:00:00.000Z")
    assert "maximum 48 h) WARNING: older than 48 h" in out
