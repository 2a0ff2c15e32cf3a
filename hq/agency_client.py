"""A reference client of the agency API: mutual TLS with the agency's certificate and a
signature on every request (what an agency's integrator reproduces; tests and
benchmarks use it)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import requests
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from hq import agency_auth
from hq.agency_api import PREFIX


class AgencyError(Exception):
    def __init__(self, status: int, body: dict[str, Any]) -> None:
        super().__init__(f"{status} {body.get('error')}: {body.get('message')}")
        self.status, self.body = status, body


class AgencyClient:
    def __init__(self, base_url: str, agency: str, cert: Path, key: Path, ca: Path,
                 officer: str | None = None) -> None:
        self.base_url, self.agency, self.officer = base_url.rstrip("/"), agency, officer
        loaded = serialization.load_pem_private_key(key.read_bytes(), password=None)
        if not isinstance(loaded, ec.EllipticCurvePrivateKey):
            raise ValueError("the agency key is not an EC key")
        self.key = loaded
        self.session = requests.Session()
        self.session.trust_env = False
        self.session.verify = str(ca)
        self.session.cert = (str(cert), str(key))
        self.last_headers: dict[str, str] = {}

    def call(self, method: str, path: str, body: dict[str, Any] | None = None,
             query: dict[str, Any] | None = None,
             headers: dict[str, str] | None = None) -> dict[str, Any]:
        """One signed call; raises AgencyError for a refusal."""
        target = PREFIX + path + (f"?{urlencode(query)}" if query else "")
        raw = json.dumps(body).encode() if body is not None else b""
        signed = headers or agency_auth.sign_headers(self.key, self.agency, method, target, raw,
                                                     self.officer)
        self.last_headers = signed
        reply = self.session.request(method, self.base_url + target, data=raw,
                                     headers={**signed, "Content-Type": "application/json"},
                                     timeout=30)
        data: dict[str, Any] = reply.json()
        if reply.status_code != 200:
            raise AgencyError(reply.status_code, data)
        return data

    def referrals(self, after: int = 0, limit: int = 200) -> dict[str, Any]:
        return self.call("GET", "/referrals", query={"after": after, "limit": limit})

    def read(self, referral_id: str) -> dict[str, Any]:
        return self.call("GET", f"/referrals/{referral_id}")

    def received(self, referral_id: str) -> dict[str, Any]:
        return self.call("POST", f"/referrals/{referral_id}/received", {})

    def accept(self, referral_id: str, reference: str) -> dict[str, Any]:
        return self.call("POST", f"/referrals/{referral_id}/accept", {"reference": reference})

    def decline(self, referral_id: str, reason: str) -> dict[str, Any]:
        return self.call("POST", f"/referrals/{referral_id}/decline", {"reason": reason})

    def close(self, referral_id: str, outcome: str) -> dict[str, Any]:
        return self.call("POST", f"/referrals/{referral_id}/close", {"outcome": outcome})

    def message(self, referral_id: str, text: str) -> dict[str, Any]:
        return self.call("POST", f"/referrals/{referral_id}/messages", {"text": text})

    def hit_requests(self, state: str | None = None) -> dict[str, Any]:
        return self.call("GET", "/hits", query={"state": state} if state else None)

    def hit_request(self, hit_id: str) -> dict[str, Any]:
        return self.call("GET", f"/hits/{hit_id}")

    def answer_hit(self, hit_id: str, answer: str, instructions: str | None = None
                   ) -> dict[str, Any]:
        return self.call("POST", f"/hits/{hit_id}/answer", {"answer": answer,
                                                            "instructions": instructions})

    def close_session(self) -> None:
        self.session.close()
