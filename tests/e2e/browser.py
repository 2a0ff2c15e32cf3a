"""Debian's Chromium driven by selenium through Debian's chromedriver (headless).

The flags are the ones this machine's Chromium needs (no sandbox as root, no background
networking, which a closed network refuses). HQ's certificate is trusted by pinning its
public key (``--ignore-certificate-errors-spki-list``), not by ignoring errors.
"""

from __future__ import annotations

import base64
import hashlib
import os
import shutil
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization

CHROMIUM, DRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"


def spki_hash(cert_pem: bytes) -> str:
    cert = x509.load_pem_x509_certificate(cert_pem)
    der = cert.public_key().public_bytes(serialization.Encoding.DER,
                                         serialization.PublicFormat.SubjectPublicKeyInfo)
    return base64.b64encode(hashlib.sha256(der).digest()).decode()


def chromium(profile: Path, server_cert: Path):  # type: ignore[no-untyped-def]
    """A headless Chromium WebDriver, or skip (fail in CI) when it is not installed."""
    if not (Path(CHROMIUM).exists() and Path(DRIVER).exists()) or shutil.which(DRIVER) is None:
        if os.environ.get("CI"):
            pytest.fail("chromium and chromium-driver are missing in CI: "
                        "build/install-system-deps.sh test installs them")
        pytest.skip("Debian's chromium and chromium-driver are not installed")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                 f"--user-data-dir={profile}",
                 f"--ignore-certificate-errors-spki-list={spki_hash(server_cert.read_bytes())}"):
        options.add_argument(flag)
    return webdriver.Chrome(options=options, service=Service(DRIVER))


def click_and_wait_for_next_page(driver, element) -> None:  # type: ignore[no-untyped-def]
    """Click ``element`` and wait until the page it was on has been replaced and the next
    one has loaded.

    The old page is recognised by a mark set on its ``window`` before the click (a new
    document has a new window object, without the mark). Selenium's ``staleness_of``
    is not used: while a navigation is under way chromedriver may answer a query about
    the old element with "Node with given id does not belong to the document", an
    unknown error rather than a stale reference, which failed a CI run.
    """
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    driver.execute_script("window.__checkpointOldPage = true;")
    element.click()

    def next_page_loaded(d) -> bool:  # type: ignore[no-untyped-def]
        try:
            return bool(d.execute_script(
                "return window.__checkpointOldPage === undefined"
                " && document.readyState === 'complete';"))
        except WebDriverException:  # the navigation is still replacing the document
            return False

    WebDriverWait(driver, 20).until(next_page_loaded)
