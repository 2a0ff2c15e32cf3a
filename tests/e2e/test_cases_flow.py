"""Finding → case → supervisor approval → referral → HQ → the agency (API with its
certificate) → status and reference back at the workstation, over TLS, SQLite and
PostgreSQL; and the refusals of the agency side."""

from __future__ import annotations

import base64
import time
from pathlib import Path

import pytest

from checkpoint.domain.cases.referral import ReferralStatus
from checkpoint.services.cases import referrals
from checkpoint.services.session import login
from hq import agencies
from hq.agency_client import AgencyClient, AgencyError
from tests.conftest import SUPERVISOR, SUPERVISOR_PASSWORD
from tests.e2e.cases_helpers import AGENCY, PHOTO, add_agency, approved_referral, sync
from tests.e2e.conftest import Hq


def _status(home: Path, referral_id: str) -> referrals.Status:
    with login(home, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        return referrals.status(s, referral_id)


def test_a_referral_reaches_the_agency_and_its_answer_reaches_the_post(
        enrolled: Path, hq: Hq, tmp_path: Path) -> None:
    agency = add_agency(hq, tmp_path)
    sync(enrolled)  # the directory of agencies comes down
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        assert referrals.agencies(s)[AGENCY]["kind"] == "police"
    case_id, ref_id = approved_referral(enrolled)
    assert _status(enrolled, ref_id).status is ReferralStatus.APPROVED
    sync(enrolled)  # up go the case and the referral; down comes "sent"
    assert _status(enrolled, ref_id).status is ReferralStatus.SENT

    listed = agency.referrals()
    assert [i["id"] for i in listed["items"]] == [ref_id] and not listed["more"]
    dossier = agency.read(ref_id)
    assert dossier["referral"]["case_id"] == case_id and dossier["case"]["kind"] == "criminal"
    assert dossier["referral"]["marking"]["handling_code"] == "H0"
    (photo,) = dossier["attachments"]
    assert base64.b64decode(photo["data"]) == PHOTO and photo["record_id"] == case_id
    agency.received(ref_id)
    agency.accept(ref_id, "NPU-2026-000417")
    assert agency.referrals(after=listed["cursor"])["items"][0]["status"] == "accepted"

    sync(enrolled)
    seen = _status(enrolled, ref_id)
    assert seen.status is ReferralStatus.ACCEPTED
    assert seen.agency_reference == "NPU-2026-000417"
    assert [e["status"] for e in seen.events] == ["sent", "received", "accepted"]
    assert seen.events[-1]["by"] == f"{AGENCY}/duty.kovalenko"
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        (on_case,) = referrals.of_case(s, case_id)
        assert on_case.agency_reference == "NPU-2026-000417"
    with hq.tx() as tx:
        actions = [r[0] for r in tx.all("SELECT action FROM agency_audit WHERE agency = ? AND "
                                        "outcome = 'ok' ORDER BY id", (AGENCY,))]
    assert actions == ["agency.add", "referrals.list", "referral.read", "referral.received",
                       "referral.accepted", "referrals.list"]


def test_agency_refusals_change_nothing(enrolled: Path, hq: Hq, tmp_path: Path) -> None:
    police = add_agency(hq, tmp_path)
    other = add_agency(hq, tmp_path, "UA-SBU", "security_service")
    sync(enrolled)
    _, ref_id = approved_referral(enrolled)
    sync(enrolled)

    with pytest.raises(AgencyError) as caught:  # another agency's referral
        other.read(ref_id)
    assert caught.value.status == 404
    assert other.referrals()["items"] == []

    with pytest.raises(AgencyError) as caught:  # accepted before received
        police.accept(ref_id, "X-1")
    assert caught.value.status == 409 and caught.value.body["error"] == "referral.transition"
    police.received(ref_id)
    with pytest.raises(AgencyError) as caught:  # accepting without a reference
        police.call("POST", f"/referrals/{ref_id}/accept", {})
    assert caught.value.body["error"] == "referral.needs_reference"

    headers = dict(police.last_headers)  # replay the exact signed request
    with pytest.raises(AgencyError) as caught:
        police.call("POST", f"/referrals/{ref_id}/accept", {}, headers=headers)
    assert caught.value.body["error"] == "replay"

    forged = police.last_headers | {"X-Agency": "UA-SBU"}  # signed by police, claims SBU
    forged["X-Agency-Nonce"] = "forgedforgedforged01"
    with pytest.raises(AgencyError) as caught:
        other.call("POST", f"/referrals/{ref_id}/decline", {"reason": "x"}, headers=forged)
    assert caught.value.body["error"] == "bad_signature"

    old = police.last_headers | {"X-Agency-Time": str(int(time.time()) - 3600)}
    with pytest.raises(AgencyError) as caught:
        police.call("GET", "/referrals", headers=old)
    assert caught.value.body["error"] in ("bad_signature", "signature_expired")

    with hq.tx() as tx:
        agencies.revoke(tx, AGENCY)
    with pytest.raises(AgencyError) as caught:
        police.referrals()
    assert caught.value.status == 401 and caught.value.body["error"] == "revoked"

    with hq.tx() as tx:
        row = tx.one("SELECT status, agency_reference FROM referrals WHERE id = ?", (ref_id,))
        refused = tx.one("SELECT count(*) FROM agency_audit WHERE outcome LIKE ?",
                         ("refused%",))[0]
    assert tuple(row) == ("received", None)
    assert refused >= 6


def test_a_client_without_the_agency_certificate_cannot_even_connect(
        hq: Hq, tmp_path: Path) -> None:
    issued = add_agency(hq, tmp_path)
    from hq import agency_pki, pki

    ca_key, ca_cert = pki.make_ca("Somebody else's CA")
    key, cert = agency_pki.make_client_cert(ca_key, ca_cert, AGENCY, "police")
    (tmp_path / "x.pem").write_bytes(pki.cert_pem(cert))
    (tmp_path / "x-key.pem").write_bytes(pki.private_pem(key))
    stranger = AgencyClient(hq.url, AGENCY, tmp_path / "x.pem", tmp_path / "x-key.pem",
                            hq.config.ca_cert)
    import requests

    with pytest.raises(requests.exceptions.RequestException):
        stranger.referrals()
    assert issued.referrals()["items"] == []
