"""Driving the case → referral → agency flow against the real HQ."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from checkpoint.domain.cases.offence import CaseKind
from checkpoint.domain.inspection import Inspection, Status
from checkpoint.formats import load_example
from checkpoint.services import inspections
from checkpoint.services.cases import offences, referrals
from checkpoint.services.session import login
from checkpoint.services.sync import SyncEngine
from hq import agencies
from hq.agency_client import AgencyClient
from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD, SUPERVISOR, SUPERVISOR_PASSWORD
from tests.e2e.conftest import Hq

AGENCY = "UA-NPU"
#: Names no plaintext file of the workstation may contain.
CANARY_SURNAME = "ZQXCANARYSURNAME"
CANARY_REASON = "ZQXCANARYREASON"
PHOTO = b"\x89PNG\r\n\x1a\n" + b"seal photo" * 50


def add_agency(hq: Hq, tmp: Path, code: str = AGENCY, kind: str = "police") -> AgencyClient:
    with hq.tx() as tx:
        issued = agencies.add(tx, hq.config, code, f"Agency {code}", kind, tmp / "agencies")
    return AgencyClient(hq.url, code, issued.cert_path, issued.key_path, hq.config.ca_cert,
                        officer="duty.kovalenko")


def sync(home: Path, user: str = SUPERVISOR, password: str = SUPERVISOR_PASSWORD) -> Any:
    with login(home, user, password) as s:
        return SyncEngine.for_session(s).sync_now()


def approved_referral(home: Path, agency: str = AGENCY) -> tuple[str, str]:
    """An inspector records an inspection with a finding, opens a case from it and a
    referral to ``agency``; the supervisor approves both. Returns (case id, referral id)."""
    with login(home, INSPECTOR, INSPECTOR_PASSWORD) as s:
        draft = inspections.start(s)
        example = Inspection.from_document(load_example("inspection"))
        persons = (replace(example.persons[0], surname=CANARY_SURNAME,
                           surname_latin=CANARY_SURNAME), *example.persons[1:])
        insp = replace(example, id=draft.id, status=Status.DRAFT, created_at=draft.created_at,
                       updated_at=draft.updated_at, device_id=draft.device_id,
                       author=draft.author, finalized_at=None, persons=persons)
        insp = inspections.finalize(s, insp)
        case = offences.open_from_finding(s, insp.id, insp.findings[0].id)
        case = offences.add_photo(s, case, PHOTO, "image/png", item_id=case.items[0].id)
        case = offences.save_draft(s, replace(case, kind=CaseKind.CRIMINAL,
                                              legal_basis="UA-CC-201", items=(replace(
                                                  case.items[0], hs_code="240220"),),
                                              summary=f"{CANARY_REASON} in the trailer"))
        case = offences.submit(s, case)
        ref = referrals.create(s, agency=agency, reason=f"{CANARY_REASON}: smuggling",
                               case_id=case.id)
        ref = referrals.submit(s, ref)
    with login(home, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        offences.approve(s, case.id, offences.digest(case))
        referrals.approve(s, ref.id, referrals.digest(ref))
    return case.id, ref.id
