"""Signed shift reports at HQ: checking a report file against the workstation's enrolled key.

A shift report reaches HQ as a ``shift_report`` record (its content, signatures and
the sealed PDF as its attachment). ``checkpoint-hq report verify FILE`` checks a PDF
someone hands in: its seal (:mod:`checkpoint.formats.report_seal`) against the key
the workstation enrolled with, and whether HQ holds that report and the same file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from checkpoint.errors import UsageError
from checkpoint.formats import report_seal
from hq import devices
from hq.db import Tx

KIND = "shift_report"


@dataclass(frozen=True)
class Verdict:
    check: report_seal.SealCheck
    held: str  # "same" (HQ has this report and this file), "other_file", "content_differs",
    #            "not_received", "" (not looked up)
    detail: str = ""

    @property
    def valid(self) -> bool:
        return self.check.valid and self.held in ("same", "not_received")


def verify(tx: Tx, data: bytes) -> Verdict:
    """Check a report file at HQ. Unknown or revoked workstation: ``wrong_key``-like
    refusal with the reason in ``detail``."""
    found = report_seal.read_seal(data)
    if isinstance(found, report_seal.SealCheck):
        return Verdict(found, "")
    _, seal = found
    device = devices.load(tx, str(seal["device_id"]))
    if device is None:
        return Verdict(report_seal.SealCheck("wrong_key", seal), "",
                       "HQ has no enrolled workstation with this id (or it was revoked).")
    check = report_seal.verify(data, device.verify_key)
    if not check.valid:
        return Verdict(check, "")
    row = tx.one("SELECT document FROM records WHERE id = ? AND kind = ?",
                 (seal["report_id"], KIND))
    if row is None:
        return Verdict(check, "not_received", "HQ has not received this report's record yet "
                       "(the workstation has not synced since).")
    doc: dict[str, Any] = json.loads(row[0])
    held_seal = doc.get("seal") or {}
    content = {k: v for k, v in doc.items() if k != "seal"}
    if report_seal.content_digest(content) != seal["content_digest"] or not (
            report_seal.check_content(device.verify_key, content,
                                      str(held_seal.get("content_signature")))):
        return Verdict(check, "content_differs", "The report HQ received has other content "
                       "than this file.")
    if held_seal.get("pdf_sha256") != _sha(data):
        return Verdict(check, "other_file", "HQ received another PDF for this report.")
    return Verdict(check, "same", f"HQ received this report (verification code "
                   f"{held_seal.get('verification_code')}).")


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def describe(v: Verdict, name: str) -> str:
    lines = [f"{name}: {v.check.message()}"]
    if v.detail:
        lines.append(f"  {v.detail}")
    if v.check.valid and v.held in ("content_differs", "other_file"):
        lines[0] = f"{name}: invalid at HQ: {v.detail}"
    return "\n".join(lines)


def cmd_report_verify(args: argparse.Namespace, tx_factory: Any) -> int:
    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise UsageError(f"Cannot read {path}: {e.strerror}") from e
    with tx_factory(write=False) as tx:
        verdict = verify(tx, data)
    print(describe(verdict, path.name))
    return 0 if verdict.valid else 1
