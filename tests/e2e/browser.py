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
