"""Exports from HQ in agreed formats (the mapping is documented in docs/formats.md).

- :func:`seizures`: approved offence cases, one row per seized item, shaped after the
  WCO Customs Enforcement Network (CEN) seizure record as far as it is public (the
  fields the WCO Illicit Trade Report cuts its data by). No names or document numbers:
  offenders appear as count, nationalities, sexes and ages.
- :func:`fiu_cash`: cash referrals (to an agency of kind ``fiu``) as one JSON file for
  the financial intelligence unit, with the carrier's identity (it is addressed to them).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from datetime import date
from typing import Any

from checkpoint.domain.ids import utc_now
from hq.db import Tx

FORMAT = "checkpoint-cen-seizure.v1"
FIU_FORMAT = "checkpoint-fiu-cash.v1"

#: Our risk areas → CEN commodity groups (tobacco/alcohol/fuel split by HS chapter).
COMMODITY_GROUP = {"drugs": "Drugs", "ipr_health_safety": "IPR, health and safety",
                   "weapons_strategic": "Weapons and strategic goods",
                   "environment_cites_waste": "Environment (CITES, waste)",
                   "cultural_heritage": "Cultural heritage", "currency": "Currency"}
_EXCISE_BY_CHAPTER = {"24": "Tobacco", "22": "Alcohol", "27": "Fuel"}
#: UN/ECE Recommendation 20 unit codes, as WCO data uses them.
UNIT = {"kg": "KGM", "g": "GRM", "t": "TNE", "l": "LTR", "ml": "MLT", "m": "MTR",
        "m2": "MTK", "m3": "MTQ", "pcs": "H87", "pair": "PR", "pack": "PK"}
LOCATION = {"road": "land_border", "rail": "land_border", "pedestrian": "land_border",
            "inland_waterway": "land_border", "air": "airport", "sea": "seaport",
            "post": "mail_courier"}
DIRECTION = {"entry": "import", "exit": "export", "transit": "transit"}
COLUMNS = ["seizure_id", "case_id", "date", "country", "customs_office", "location_type",
           "direction", "transport_mode", "offence_kind", "legal_basis", "commodity_group",
           "commodity", "hs_code", "quantity", "unit", "estimated_value", "currency",
           "concealment", "detection_method", "departure_country", "destination_country",
           "offenders", "offender_nationalities", "offender_sexes", "offender_ages"]


def _docs(tx: Tx, kind: str, since: str | None) -> list[dict[str, Any]]:
    rows = tx.all("SELECT document FROM records WHERE kind = ? AND received_at >= ? ORDER BY "
                  "received_at, id", (kind, since or ""))
    return [json.loads(r[0]) for r in rows]


def _by_id(tx: Tx, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    wanted = sorted(set(ids))
    out: dict[str, dict[str, Any]] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for text, in tx.all(f"SELECT document FROM records WHERE id IN ({marks})", chunk):
            doc = json.loads(text)
            out[str(doc["id"])] = doc
    return out


def _age(birth: str | None, on: str | None) -> int | None:
    if not birth or not on:
        return None
    try:
        return date.fromisoformat(on[:10]).year - int(birth[:4])
    except ValueError:
        return None


def _group(risk_area: str | None, hs_codes: Iterable[str | None]) -> str:
    """The CEN commodity group; excise goods by the chapter of the item's HS code, or of
    the inspection's goods lines when the item has none."""
    if risk_area == "tobacco_alcohol_fuel":
        for code in hs_codes:
            if (code or "")[:2] in _EXCISE_BY_CHAPTER:
                return _EXCISE_BY_CHAPTER[(code or "")[:2]]
        return "Tobacco, alcohol, fuel"
    return COMMODITY_GROUP.get(risk_area or "", "Other")


def seizure_rows(tx: Tx, since: str | None = None) -> list[dict[str, Any]]:
    cases = [c for c in _docs(tx, "offence", since) if c.get("status") == "approved"]
    inspections = _by_id(tx, [c["inspection_id"] for c in cases if c.get("inspection_id")])
    rows = []
    for case in cases:
        insp = inspections.get(case.get("inspection_id") or "", {})
        findings = {f["id"]: f for f in insp.get("findings") or []}
        persons = {p["id"]: p for p in insp.get("persons") or []}
        suspects = [p for p in case.get("persons") or [] if p.get("role") == "suspect"]
        goods = insp.get("goods") or []
        office = case.get("checkpoint") or insp.get("checkpoint") or ""
        for n, item in enumerate(case.get("items") or [], 1):
            finding = findings.get(item.get("finding_id") or "", {})
            rows.append({
                "seizure_id": f"{case['id']}/{n}", "case_id": case["id"],
                "date": (case.get("occurred_at") or "")[:10],
                "country": office.split("-")[0] if "-" in office else None,
                "customs_office": office or None,
                "location_type": LOCATION.get(insp.get("conveyance_mode") or ""),
                "direction": DIRECTION.get(insp.get("direction") or ""),
                "transport_mode": insp.get("conveyance_mode"),
                "offence_kind": case.get("kind"), "legal_basis": case.get("legal_basis"),
                "commodity_group": _group(case.get("risk_area"), [
                    item.get("hs_code"), *(g.get("hs_code") for g in goods)]),
                "commodity": item.get("description"), "hs_code": item.get("hs_code"),
                "quantity": item.get("quantity"), "unit": UNIT.get(item.get("unit") or ""),
                "estimated_value": item.get("value"), "currency": item.get("currency"),
                "concealment": finding.get("concealment_method"),
                "detection_method": finding.get("detection_method") or insp.get("trigger"),
                "departure_country": next((g.get("origin") for g in goods if g.get("origin")),
                                          None),
                "destination_country": None,
                "offenders": len(suspects),
                "offender_nationalities": ";".join(sorted({p.get("nationality") or "?"
                                                           for p in suspects})),
                "offender_sexes": ";".join(
                    str((persons.get(p["id"]) or {}).get("sex") or "?") for p in suspects),
                "offender_ages": ";".join(
                    str(_age(p.get("birth_date"), case.get("occurred_at")) or "?")
                    for p in suspects),
            })
    return rows


def seizures(tx: Tx, fmt: str = "json", since: str | None = None) -> tuple[str, int]:
    """The seizures/offences export as text (``json`` or ``csv``) and its row count."""
    rows = seizure_rows(tx, since)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return out.getvalue(), len(rows)
    doc = {"format": FORMAT, "generated_at": utc_now(), "seizures": rows}
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n", len(rows)


def fiu_cash(tx: Tx, since: str | None = None) -> tuple[str, int]:
    """Cash referrals to financial intelligence units, as one JSON document."""
    fius = {str(r[0]) for r in tx.all("SELECT code FROM agencies WHERE kind = 'fiu'")}
    referrals = [r for r in _docs(tx, "referral", since)
                 if r.get("cash") and (r.get("agency") in fius or r.get("agency_kind") == "fiu")]
    status = {str(r[0]): (str(r[1]), r[2]) for r in tx.all(
        "SELECT id, status, agency_reference FROM referrals")}
    reports = []
    for r in referrals:
        carrier = next((p for p in r.get("persons") or [] if p.get("role") == "carrier"), None)
        state = status.get(r["id"], ("unknown", None))
        reports.append({
            "referral_id": r["id"], "agency": r.get("agency"), "post": r.get("checkpoint"),
            "date": (r.get("created_at") or "")[:10], **r["cash"],
            "carrier": None if carrier is None else {
                k: carrier.get(k) for k in ("surname", "given_names", "birth_date",
                                            "nationality", "document_number")},
            "reason": r.get("reason"), "inspection_id": r.get("inspection_id"),
            "status": state[0], "agency_reference": state[1],
        })
    doc = {"format": FIU_FORMAT, "generated_at": utc_now(), "reports": reports}
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n", len(reports)
