"""HQ's command line for a pilot without an integrated agency, and the exports."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

from checkpoint.services.cases import referrals
from checkpoint.services.session import login
from hq.cli import main as hq_main
from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD, SUPERVISOR, SUPERVISOR_PASSWORD
from tests.e2e.cases_helpers import CANARY_SURNAME, approved_referral, sync
from tests.e2e.conftest import Hq


def hq_cli(hq: Hq, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = hq_main(["--dir", str(hq.config.folder), *args])
    return code, out.getvalue(), err.getvalue()


def test_a_pilot_hq_answers_for_the_agency_and_exports(enrolled: Path, hq: Hq,
                                                       tmp_path: Path) -> None:
    code, out, err = hq_cli(hq, "agency", "add", "UA-NPU", "--name", "National Police",
                            "--kind", "police", "--out", str(tmp_path / "certs"))
    assert code == 0 and "fingerprint" in out, err
    assert (tmp_path / "certs" / "UA-NPU-key.pem").exists()
    assert hq_cli(hq, "agency", "add", "UA-FIU", "--name", "FIU", "--kind", "fiu",
                  "--out", str(tmp_path / "certs"))[0] == 0
    sync(enrolled)
    case_id, ref_id = approved_referral(enrolled)
    sync(enrolled)

    code, out, _ = hq_cli(hq, "referrals", "--agency", "UA-NPU")
    assert code == 0 and f"{ref_id}\tUA-NPU\tUA-PL-01\tsent" in out
    code, _, err = hq_cli(hq, "referral", ref_id, "accept", "--reference", "X")
    assert code == 1 and "cannot become accepted" in err  # not received yet
    assert hq_cli(hq, "referral", ref_id, "received", "--officer", "ivanova")[0] == 0
    code, _, err = hq_cli(hq, "referral", ref_id, "decline")
    assert code == 1 and "needs a reason" in err
    assert hq_cli(hq, "referral", ref_id, "decline", "--reason", "not our competence")[0] == 0
    assert hq_cli(hq, "referral", ref_id, "close", "--outcome", "passed to SBU")[0] == 0
    code, out, _ = hq_cli(hq, "referrals", "--status", "closed")
    assert ref_id in out

    sync(enrolled)
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        seen = referrals.status(s, ref_id)
    assert (seen.status.value, seen.reason, seen.outcome) == ("closed", "not our competence",
                                                               "passed to SBU")
    assert seen.events[1]["by"] == "HQ/admin:ivanova"

    code, out, _ = hq_cli(hq, "export", "seizures")
    (row,) = json.loads(out)["seizures"]
    assert row["case_id"] == case_id and row["commodity_group"] == "Tobacco"
    assert (row["unit"], row["direction"], row["location_type"]) == ("PK", "export",
                                                                     "land_border")
    assert row["offenders"] == 2 and row["offender_nationalities"] == "POL;UKR"
    assert CANARY_SURNAME not in out
    code, out, _ = hq_cli(hq, "export", "seizures", "--format", "csv")
    assert out.splitlines()[0].startswith("seizure_id,case_id,date,country,customs_office")

    with login(enrolled, INSPECTOR, INSPECTOR_PASSWORD) as s:
        insp_id = s.database.query("SELECT id FROM records WHERE kind = 'inspection'")[0][0]
        fiu = referrals.fiu_from_inspection(s, insp_id, suspicious=True)
        assert fiu.agency == "UA-FIU"  # the FIU of HQ's directory
        fiu = referrals.submit(s, fiu)
    with login(enrolled, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        referrals.approve(s, fiu.id, referrals.digest(fiu))
    sync(enrolled)
    code, out, _ = hq_cli(hq, "export", "fiu")
    (report,) = json.loads(out)["reports"]
    assert report["referral_id"] == fiu.id and report["amount"] == 12500
    assert report["carrier"]["surname"] == CANARY_SURNAME and report["status"] == "sent"

    code, out, _ = hq_cli(hq, "agency", "audit", "UA-NPU")
    assert "referral.received" in out and "HQ/admin:ivanova" in out
    assert hq_cli(hq, "agency", "revoke", "UA-NPU")[0] == 0
    code, out, _ = hq_cli(hq, "agency", "list")
    assert "UA-NPU\tpolice\tNational Police" in out and "revoked" in out
