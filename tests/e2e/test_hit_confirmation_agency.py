"""Issue 10: the owning authority is a registered agency (its code is the alert's
authority): it answers a hit's confirmation request through its signed API or its web
inbox (a real headless Chromium), sees only the hits on its own alerts, and the answer
reaches the workstation. The real HQ over TLS; SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from selenium.webdriver.common.by import By

from checkpoint.services import hits, inspections
from checkpoint.services.session import login
from checkpoint.services.sync import SyncEngine
from hq import agencies
from hq.agency_client import AgencyError
from tests.conftest import SUPERVISOR, SUPERVISOR_PASSWORD
from tests.e2e.browser import chromium
from tests.e2e.cases_helpers import add_agency, sync
from tests.e2e.conftest import Hq
from tests.e2e.test_hit_confirmation import POLICE, _by_alert, _draft, _publish
from tests.e2e.test_inbox_browser import _click, _sign_in


def _requests_open(enrolled: Path, hq: Hq, tmp_path: Path) -> tuple[str, str, str]:
    """The passport's hit (owned by the police agency) and the plate's (the border
    guard's) triaged and at HQ; returns (inspection id, passport hit, plate hit)."""
    _publish(hq, tmp_path)
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        engine = SyncEngine.for_session(s)
        engine.sync_now()
        done = inspections.finalize(s, _draft(s))
        found = _by_alert(s, done.id)
        passport, plate = found["p-shevchenko"][0], found["v-audi"][0]
        hits.triage(s, passport, "confirmed", action_taken="held in the office")
        hits.triage(s, plate, "possible")
        engine.sync_now()
    return done.id, passport, plate


def test_the_owning_agency_answers_through_its_api(enrolled: Path, hq: Hq,
                                                   tmp_path: Path) -> None:
    client = add_agency(hq, tmp_path, POLICE)
    insp, passport, plate = _requests_open(enrolled, hq, tmp_path)
    listed = client.hit_requests()["items"]
    assert [i["hit_id"] for i in listed] == [passport]  # not the border guard's hit
    assert listed[0]["state"] == "awaiting" and listed[0]["post"] == "UA-PL-01"
    read = client.hit_request(passport)
    assert read["hit"]["match"] == "identifier" and read["hit"]["triage"] == "confirmed"
    for call in (lambda: client.hit_request(plate),
                 lambda: client.answer_hit(plate, "not_confirmed")):
        with pytest.raises(AgencyError) as refused:
            call()
        assert refused.value.status == 404 and "addressed to agency UA-NPU" in str(
            refused.value)
    with pytest.raises(AgencyError) as refused:
        client.answer_hit(passport, "maybe")
    assert refused.value.status == 400 and "not an answer" in str(refused.value)
    done = client.answer_hit(passport, "confirmed", "Detain; the warrant stands.")
    assert done["answered_by"] == f"{POLICE}: duty.kovalenko"
    with pytest.raises(AgencyError) as refused:
        client.answer_hit(passport, "not_confirmed")
    assert refused.value.status == 409 and "an answer is final" in str(refused.value)
    with hq.tx() as tx:
        refusals = [r[0] for r in tx.all("SELECT outcome FROM agency_audit WHERE action = "
                                         "'hit.answer' AND agency = ? ORDER BY id", (POLICE,))]
    assert refusals == ["refused: no_hit_request", "refused: bad_answer", "confirmed", "ok",
                        "refused: hit_answered"]

    sync(enrolled)
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        answered = _by_alert(s, insp)["p-shevchenko"][1]
    assert not answered["provisional"]
    assert answered["confirmation"]["instructions"] == "Detain; the warrant stands."


@pytest.fixture
def browser(tmp_path: Path, hq: Hq) -> Iterator[Any]:
    driver = chromium(tmp_path / "profile", hq.config.server_cert)
    yield driver
    driver.quit()


def test_the_duty_officer_answers_a_hit_in_the_inbox(enrolled: Path, hq: Hq, tmp_path: Path,
                                                     browser: Any) -> None:
    add_agency(hq, tmp_path, POLICE)
    with hq.tx() as tx:
        password = agencies.add_officer(tx, POLICE, "duty.kovalenko")
    insp, passport, plate = _requests_open(enrolled, hq, tmp_path)

    _sign_in(browser, hq.url, POLICE, "duty.kovalenko", password)
    row = browser.find_element(By.ID, f"h-{passport}")
    assert row.find_element(By.CLASS_NAME, "state").text == "awaiting"
    assert browser.find_elements(By.ID, f"h-{plate}") == []  # another authority's
    browser.get(f"{hq.url}/inbox/h/{passport}")
    assert "awaiting our answer" in browser.find_element(By.ID, "hit-state").text
    browser.find_element(By.ID, "answer-not-confirmed").click()
    browser.find_element(By.ID, "instructions").send_keys("Warrant withdrawn; release.")
    _click(browser, "do-answer")
    state = browser.find_element(By.ID, "hit-state").text
    assert state.startswith("not confirmed by UA-NPU: duty.kovalenko")
    assert "Warrant withdrawn; release." in state
    browser.get(f"{hq.url}/inbox/h/{plate}")
    assert "no confirmation request" in browser.find_element(By.ID, "error").text

    cookie = browser.get_cookie("__Host-inbox")["value"]
    with requests.Session() as s:  # a forged form changes nothing
        s.verify, s.trust_env = str(hq.config.ca_cert), False
        reply = s.post(f"{hq.url}/inbox/h/{passport}/answer", data={"answer": "confirmed"},
                       cookies={"__Host-inbox": cookie}, allow_redirects=False)
        assert reply.status_code == 403 and "security token" in reply.text

    sync(enrolled)
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        answered = _by_alert(s, insp)["p-shevchenko"][1]
    assert not answered["provisional"]
    assert answered["confirmation"]["state"] == "not_confirmed"
    assert answered["confirmation"]["answered_by"] == f"{POLICE}: duty.kovalenko"
