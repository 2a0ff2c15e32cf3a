"""HQ's directory of law-enforcement agencies, their credentials and their officers.

``add`` registers an agency, issues its client certificate from HQ's CA (the private
key is written once to the folder the administrator names, never kept by HQ) and
publishes the directory entry to every workstation (pulled ``agencies``); ``revoke``
ends its credential at once and withdraws it from the directory.

The duty officers of an agency's web inbox have their own accounts (``add_officer``):
a generated password of 20 random characters shown once, stored as an Argon2id hash;
five wrong passwords lock the account for 15 minutes. Per-officer accounts, not the
agency's certificate, because every action in the inbox must name the officer who took
it, and a browser's client-certificate store is per machine, not per person.
"""

from __future__ import annotations

import hashlib
import secrets
import string
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from checkpoint.domain.cases.referral import AGENCIES_COLLECTION, AgencyKind
from checkpoint.domain.ids import utc_now
from hq import agency_pki, feed, pki
from hq.config import HqConfig, write_private
from hq.db import Tx
from hq.errors import HqRefusal

ACCEPTS: dict[str, tuple[str, ...]] = {
    AgencyKind.POLICE: ("case", "hit", "person", "goods"),
    AgencyKind.BORDER_GUARD: ("hit", "person"),
    AgencyKind.SECURITY_SERVICE: ("case", "hit", "person", "goods"),
    AgencyKind.PROSECUTOR: ("case", "person", "goods"),
    AgencyKind.FIU: ("cash", "person", "case"),
    AgencyKind.INTERPOL_NCB: ("hit", "person", "case"),
}
MAX_FAILURES = 5
LOCK_SECONDS = 15 * 60
SESSION_SECONDS = 8 * 3600
_hasher = PasswordHasher()


@dataclass(frozen=True)
class Issued:
    code: str
    cert_path: Path
    key_path: Path
    fingerprint: str


def _check_code(code: str) -> str:
    if not (2 <= len(code) <= 32 and code.replace("-", "").replace("_", "").isalnum()
            and code == code.upper()):
        raise HqRefusal(400, "bad_code", f"{code!r} is not an agency code: 2-32 upper-case "
                        "letters, digits, '-' or '_'.")
    return code


def directory_entry(code: str, name: str, kind: str, accepts: list[str]) -> dict[str, Any]:
    return {"key": code, "name": name, "kind": kind, "accepts": accepts}


def add(tx: Tx, config: HqConfig, code: str, name: str, kind: str, out_dir: Path) -> Issued:
    """Register an agency, issue its certificate into ``out_dir``, publish the directory."""
    _check_code(code)
    try:
        kind = AgencyKind(kind).value
    except ValueError as e:
        raise HqRefusal(400, "bad_kind", f"Unknown agency kind {kind!r}.") from e
    if tx.one("SELECT 1 FROM agencies WHERE code = ?", (code,)):
        raise HqRefusal(409, "exists", f"Agency {code} exists already (revoke it and add it "
                        "under a new code to reissue).")
    ca_key, ca_cert = agency_pki.load_ca(config.ca_cert.read_bytes(), config.ca_key.read_bytes())
    key, cert = agency_pki.make_client_cert(ca_key, ca_cert, code, kind)
    out_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    cert_path, key_path = out_dir / f"{code}.pem", out_dir / f"{code}-key.pem"
    write_private(cert_path, pki.cert_pem(cert))
    write_private(key_path, pki.private_pem(key))
    accepts = list(ACCEPTS[kind])
    fp = agency_pki.fingerprint(cert)
    tx.execute("INSERT INTO agencies (code, name, kind, accepts, cert_fingerprint, cert_pem, "
               "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
               (code, name, kind, ",".join(accepts), fp, pki.cert_pem(cert).decode(),
                utc_now()))
    feed.publish(tx, AGENCIES_COLLECTION, [(code, "put", directory_entry(code, name, kind,
                                                                         accepts))])
    audit(tx, code, None, "agency.add", code, "ok")
    return Issued(code, cert_path, key_path, fp)


def revoke(tx: Tx, code: str) -> None:
    """End an agency's credential and sessions; withdraw it from the directory."""
    if tx.one("SELECT 1 FROM agencies WHERE code = ? AND revoked_at IS NULL", (code,)) is None:
        raise HqRefusal(404, "no_agency", f"There is no active agency {code}.")
    tx.execute("UPDATE agencies SET revoked_at = ? WHERE code = ?", (utc_now(), code))
    tx.execute("DELETE FROM agency_sessions WHERE agency = ?", (code,))
    feed.publish(tx, AGENCIES_COLLECTION, [(code, "delete", None)])
    audit(tx, code, None, "agency.revoke", code, "ok")


def listing(tx: Tx) -> list[tuple[Any, ...]]:
    return tx.all("SELECT code, name, kind, cert_fingerprint, created_at, revoked_at FROM "
                  "agencies ORDER BY code")


def audit(tx: Tx, agency: str, officer: str | None, action: str, subject: str | None,
          outcome: str) -> None:
    """One line of HQ's audit of agency activity (every call, refusals included)."""
    tx.execute("INSERT INTO agency_audit (agency, officer, at, action, subject, outcome) "
               "VALUES (?, ?, ?, ?, ?, ?)", (agency, officer, utc_now(), action, subject,
                                             outcome[:300]))


# -- officers of the web inbox ----------------------------------------------------------------

def new_password() -> str:
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(20))


def add_officer(tx: Tx, agency: str, username: str) -> str:
    """Create (or reset) an officer's account; return the password, shown once."""
    if tx.one("SELECT 1 FROM agencies WHERE code = ? AND revoked_at IS NULL", (agency,)) is None:
        raise HqRefusal(404, "no_agency", f"There is no active agency {agency}.")
    if not (2 <= len(username) <= 64 and username.replace(".", "").replace("_", "").replace(
            "-", "").isalnum()):
        raise HqRefusal(400, "bad_name", "An officer name is 2-64 letters, digits, '.', '_' "
                        "or '-'.")
    password = new_password()
    tx.execute("DELETE FROM agency_officers WHERE agency = ? AND username = ?", (agency, username))
    tx.execute("INSERT INTO agency_officers (agency, username, password_hash, failures, "
               "locked_until, created_at) VALUES (?, ?, ?, 0, 0, ?)",
               (agency, username, _hasher.hash(password), utc_now()))
    audit(tx, agency, username, "officer.add", username, "ok")
    return password


def login(tx: Tx, agency: str, username: str, password: str,
          now: float | None = None) -> str | HqRefusal:
    """Check an officer's password: a new session token, or the refusal to answer with
    (401, one message for unknown officer and wrong password; 429 locked).

    The refusal is returned, not raised, so that the caller's transaction commits the
    failure count and the audit line (a raised refusal would roll them back).
    """
    now = time.time() if now is None else now
    row = tx.one("SELECT o.password_hash, o.failures, o.locked_until FROM agency_officers o "
                 "JOIN agencies a ON a.code = o.agency WHERE o.agency = ? AND o.username = ? "
                 "AND o.disabled_at IS NULL AND a.revoked_at IS NULL", (agency, username))
    wrong = HqRefusal(401, "wrong_password", "Wrong agency, officer name or password.")
    if row is None:
        _hasher.hash(password)  # the same work as a real check: no timing oracle
        audit(tx, agency or "-", username, "inbox.login", None, "refused: unknown")
        return wrong
    if float(row[2]) > now:
        audit(tx, agency, username, "inbox.login", None, "refused: locked")
        return HqRefusal(429, "locked", "Too many wrong passwords: the account is locked for "
                         f"{int(float(row[2]) - now) // 60 + 1} more minute(s).")
    try:
        _hasher.verify(str(row[0]), password)
    except (VerificationError, InvalidHashError):
        failures = int(row[1]) + 1
        until = now + LOCK_SECONDS if failures >= MAX_FAILURES else 0
        tx.execute("UPDATE agency_officers SET failures = ?, locked_until = ? WHERE agency = ? "
                   "AND username = ?", (0 if until else failures, until, agency, username))
        audit(tx, agency, username, "inbox.login", None,
              "refused: wrong password" + (", locked" if until else ""))
        return wrong
    tx.execute("UPDATE agency_officers SET failures = 0, locked_until = 0 WHERE agency = ? AND "
               "username = ?", (agency, username))
    token = secrets.token_urlsafe(32)
    tx.execute("INSERT INTO agency_sessions (token_hash, agency, username, csrf, expires_at) "
               "VALUES (?, ?, ?, ?, ?)", (_token_hash(token), agency, username,
                                          secrets.token_urlsafe(32), now + SESSION_SECONDS))
    audit(tx, agency, username, "inbox.login", None, "ok")
    return token


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class OfficerSession:
    agency: str
    username: str
    csrf: str

    @property
    def actor(self) -> str:
        return f"{self.agency}/{self.username}"


def session(tx: Tx, token: str | None, now: float | None = None) -> OfficerSession | None:
    """The officer session of a cookie token, or None (unknown, expired, agency revoked)."""
    if not token:
        return None
    now = time.time() if now is None else now
    row = tx.one("SELECT s.agency, s.username, s.csrf, s.expires_at FROM agency_sessions s "
                 "JOIN agencies a ON a.code = s.agency WHERE s.token_hash = ? AND "
                 "a.revoked_at IS NULL", (_token_hash(token),))
    if row is None or float(row[3]) < now:
        return None
    return OfficerSession(str(row[0]), str(row[1]), str(row[2]))


def logout(tx: Tx, token: str | None) -> None:
    if token:
        tx.execute("DELETE FROM agency_sessions WHERE token_hash = ?", (_token_hash(token),))
