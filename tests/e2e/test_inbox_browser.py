"""The agency duty officer's web inbox in a real headless Chromium: sign in, the list
with status and deadline, one referral, received and accepted; the answer reaches the
workstation; CSRF, cross-origin posts, lockout and another agency's referral refused."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from selenium.webdriver.common.by import By

from checkpoint.domain.cases.referral import ReferralStatus
from checkpoint.services.cases import referrals
from checkpoint.services.session import login
from hq import agencies
from tests.conftest import SUPERVISOR, SUPERVISOR_PASSWORD
from tests.e2e.browser import chromium, click_and_wait_for_next_page
from tests.e2e.cases_helpers import AGENCY, add_agency, approved_referral, sync
from tests.e2e.conftest import Hq


@pytest.fixture
def browser(tmp_path: Path, hq: Hq) -> Iterator[Any]:
    driver = chromium(tmp_path / "profile", hq.config.server_cert)
    yield driver
    driver.quit()


def _officer(hq: Hq, agency: str, name: str) -> str:
    with hq.tx() as tx:
        return agencies.add_officer(tx, agency, name)


def _click(driver: Any, element_id: str) -> None:
    """Click a button or link and wait until the next page has replaced this one."""
    click_and_wait_for_next_page(driver, driver.find_element(By.ID, element_id))


def _sign_in(driver: Any, url: str, agency: str, user: str, password: str) -> None:
    driver.get(f"{url}/inbox/login")
    driver.find_element(By.ID, "agency").send_keys(agency)
    driver.find_element(By.ID, "username").send_keys(user)
    driver.find_element(By.ID, "password").send_keys(password)
    _click(driver, "sign-in")


def test_the_duty_officer_accepts_a_referral_in_the_browser(
        enrolled: Path, hq: Hq, tmp_path: Path, browser: Any) -> None:
    add_agency(hq, tmp_path)
    password = _officer(hq, AGENCY, "duty.kovalenko")
    sync(enrolled)
    _, ref_id = approved_referral(enrolled)
    sync(enrolled)

    _sign_in(browser, hq.url, AGENCY, "duty.kovalenko", password)
    assert browser.find_element(By.ID, "officer").text == f"{AGENCY}/duty.kovalenko"
    row = browser.find_element(By.ID, f"r-{ref_id}")
    assert row.find_element(By.CLASS_NAME, "status").text == "sent"
    link = row.find_element(By.TAG_NAME, "a")
    click_and_wait_for_next_page(browser, link)
    assert "smuggling" in browser.find_element(By.ID, "reason").text
    _click(browser, "do-received")
    assert browser.find_element(By.ID, "status").text == "received"
    browser.find_element(By.ID, "accept-reference").send_keys("NPU-2026-9001")
    _click(browser, "do-accept")
    assert browser.find_element(By.ID, "status").text == "accepted"
    assert browser.find_element(By.ID, "reference").text == "NPU-2026-9001"
    assert "by UA-NPU/duty.kovalenko" in browser.find_element(By.ID, "events").text

    # a form posted without the page's token (or from another origin) changes nothing
    cookie = browser.get_cookie("__Host-inbox")["value"]
    with requests.Session() as s:
        s.verify = str(hq.config.ca_cert)
        s.trust_env = False
        url = f"{hq.url}/inbox/r/{ref_id}/close"
        reply = s.post(url, data={"outcome": "forged"}, cookies={"__Host-inbox": cookie},
                       allow_redirects=False)
        assert reply.status_code == 403 and "security token" in reply.text
        page = s.get(f"{hq.url}/inbox/r/{ref_id}", cookies={"__Host-inbox": cookie}).text
        token = page.split('name="csrf" value="')[1].split('"')[0]
        reply = s.post(url, data={"outcome": "forged", "csrf": token},
                       cookies={"__Host-inbox": cookie},
                       headers={"Origin": "https://evil.example"}, allow_redirects=False)
        assert reply.status_code == 403
    with hq.tx() as tx:
        assert tx.one("SELECT status FROM referrals WHERE id = ?", (ref_id,))[0] == "accepted"
        officers = {r[0] for r in tx.all("SELECT officer FROM agency_audit WHERE action LIKE ?",
                                         ("inbox.%",))}
    assert officers == {"duty.kovalenko"}

    sync(enrolled)
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        seen = referrals.status(s, ref_id)
    assert seen.status is ReferralStatus.ACCEPTED and seen.agency_reference == "NPU-2026-9001"


def test_wrong_passwords_lock_the_account_and_other_agencies_see_nothing(
        enrolled: Path, hq: Hq, tmp_path: Path, browser: Any) -> None:
    add_agency(hq, tmp_path)
    add_agency(hq, tmp_path, "UA-SBU", "security_service")
    password = _officer(hq, AGENCY, "duty.kovalenko")
    other = _officer(hq, "UA-SBU", "duty.shevchenko")
    sync(enrolled)
    _, ref_id = approved_referral(enrolled)
    sync(enrolled)

    _sign_in(browser, hq.url, "UA-SBU", "duty.shevchenko", other)
    assert browser.find_elements(By.ID, f"r-{ref_id}") == []
    browser.get(f"{hq.url}/inbox/r/{ref_id}")
    assert "no referral" in browser.find_element(By.ID, "error").text
    _click(browser, "logout")

    for _ in range(agencies.MAX_FAILURES):
        _sign_in(browser, hq.url, AGENCY, "duty.kovalenko", "wrong password!")
        assert "Wrong agency" in browser.find_element(By.ID, "error").text
    _sign_in(browser, hq.url, AGENCY, "duty.kovalenko", password)  # right, but locked now
    assert "locked" in browser.find_element(By.ID, "error").text
