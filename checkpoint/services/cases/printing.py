"""Printed protocols: what goes on a seizure protocol or a referral letter, journaling
the print, and checking a printed PDF against the record it names.

:func:`protocol` builds the page content (labels are English keys; the GUI's printing
module words them in the workstation's language and draws the PDF with Qt). Every page
carries the record's digest (SHA-256 of its stored document: what the journal entry
and HQ have) and a short verification code derived from it; the PDF's XMP metadata
carries the same. :func:`record_print` journals ``<kind>.print`` with the digest, the
code and the SHA-256 of the PDF file, so :func:`verify` can tell an untouched print of
the current record from an altered file or a record that changed since.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from checkpoint.domain.cases.offence import OffenceCase
from checkpoint.domain.cases.referral import Referral
from checkpoint.domain.chain import document_digest, sha256_hex
from checkpoint.domain.ids import utc_now
from checkpoint.errors import Code, NotFoundError, UsageError
from checkpoint.services import settings
from checkpoint.services.cases import custody, store
from checkpoint.services.session import Session
from checkpoint.store import prints
from checkpoint.store.connection import translate_errors

KINDS = {"case": "offence", "referral": "referral", "offence": "offence"}
_XMP_RE = re.compile(rb"<cp:record>([a-z_]+):([0-9a-f-]{36})</cp:record>\s*"
                     rb"<cp:digest>([0-9a-f]{64})</cp:digest>\s*<cp:code>([A-Z2-7-]{19})"
                     rb"</cp:code>")


@dataclass(frozen=True)
class Table:
    title: str
    columns: tuple[str, ...]
    rows: Sequence[tuple[str, ...]]


@dataclass(frozen=True)
class Protocol:
    kind: str
    record_id: str
    title: str
    language: str
    digest: str
    code: str
    printed_by: str
    printed_at: str
    fields: list[tuple[str, str]] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    text: str | None = None

    def xmp(self) -> bytes:
        """The XMP packet that names the record in the PDF."""
        return (
            '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
            '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf='
            '"http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" '
            'xmlns:cp="https://schemas.checkpoint.example/print/1/">'
            f"<cp:record>{self.kind}:{self.record_id}</cp:record>"
            f"<cp:digest>{self.digest}</cp:digest><cp:code>{self.code}</cp:code>"
            '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="r"?>').encode()


def verification_code(kind: str, record_id: str, digest: str) -> str:
    """16 base32 characters in four groups, from the record's kind, id and digest."""
    raw = hashlib.sha256(f"checkpoint-print-v1:{kind}:{record_id}:{digest}".encode()).digest()
    text = base64.b32encode(raw[:10]).decode()
    return "-".join(text[i:i + 4] for i in range(0, 16, 4))


def _v(value: object) -> str:
    if value is None or value == "" or value == ():
        return "-"
    return str(getattr(value, "value", value))


def _amount(amount: float | None, unit: object) -> str:
    """``50 pack``, ``2,400.00 EUR``; ``-`` when there is no amount."""
    if amount is None:
        return "-"
    number = f"{amount:g}" if float(amount).is_integer() else f"{amount:,.2f}"
    return number if unit is None else f"{number} {_v(unit)}"


def _case(session: Session, case: OffenceCase) -> tuple[list[tuple[str, str]], list[Table]]:
    fields = [("Case", case.id), ("Status", f"{case.status.value} ({case.review.state.value})"),
              ("Kind", _v(case.kind)), ("Legal basis", _v(case.legal_basis)),
              ("Risk area", _v(case.risk_area)), ("Place", _v(case.place)),
              ("Time", _v(case.occurred_at)), ("Checkpoint", _v(case.checkpoint)),
              ("Inspection", _v(case.inspection_id)), ("Officer", case.author),
              ("Approved by", _v(case.review.decided_by)),
              ("Handling code", f"{case.marking.handling_code.value} "
                                f"({case.marking.evaluation})"),
              ("Circumstances", _v(case.summary))]
    persons = Table("Persons", ("Role", "Surname", "Given names", "Born", "Nationality",
                                "Document"),
                    [(p.role.value, _v(p.surname), _v(p.given_names), _v(p.birth_date),
                      _v(p.nationality), _v(p.document_number)) for p in case.persons])
    items = Table("Seized items", ("Description", "HS code", "Quantity", "Value", "Seals",
                                   "Held by"),
                  [(_v(i.description), _v(i.hs_code), _amount(i.quantity, i.unit),
                    _amount(i.value, i.currency), ", ".join(i.seal_numbers) or "-",
                    _v(i.holder)) for i in case.items])
    chain_rows = [(str(n), str(e.sequence), e.action.value, e.from_custodian, e.to_custodian,
                   e.at, ", ".join(e.seal_numbers) or "-")
                  for n, i in enumerate(case.items, 1)
                  for e in custody.chain(session, case.id, i.id)]
    chain = Table("Chain of custody", ("Item", "No.", "Action", "From", "To", "Time", "Seals"),
                  chain_rows)
    return fields, [persons, items, chain]


def _referral(ref: Referral) -> tuple[list[tuple[str, str]], list[Table]]:
    fields = [("Referral", ref.id), ("To agency", f"{_v(ref.agency)} ({_v(ref.agency_kind)})"),
              ("Handling code", f"{ref.marking.handling_code.value} ({ref.marking.evaluation})"
               + (f": {ref.marking.restrictions}" if ref.marking.restrictions else "")),
              ("Deadline", _v(ref.deadline)), ("Case", _v(ref.case_id)),
              ("Inspection", _v(ref.inspection_id)), ("Checkpoint", _v(ref.checkpoint)),
              ("Officer", ref.author), ("Approved by", _v(ref.review.decided_by)),
              ("Reason", _v(ref.reason))]
    if ref.cash is not None:
        fields.append(("Cash", f"{ref.cash.amount:,.2f} {ref.cash.currency} "
                               f"({_v(ref.cash.eur_equivalent)} EUR), declared: "
                               f"{_v(ref.cash.declared)}"))
    persons = Table("Persons", ("Role", "Surname", "Given names", "Born", "Nationality",
                                "Document"),
                    [(p.role.value, _v(p.surname), _v(p.given_names), _v(p.birth_date),
                      _v(p.nationality), _v(p.document_number)) for p in ref.persons])
    goods = Table("Goods handed over", ("Description", "Quantity"),
                  [(g.description, _amount(g.quantity, g.unit)) for g in ref.goods])
    return fields, [persons, goods]


def protocol(session: Session, kind: str, record_id: str) -> Protocol:
    """The content of a printed protocol of a case (seizure protocol) or a referral
    (referral letter). Reading the record is an audited view. Raises UsageError for an
    unknown kind, NotFoundError."""
    if kind not in KINDS:
        raise UsageError(f"Print a case or a referral, not {kind!r}.", code=Code.PRINT_KIND,
                         params={"kind": kind})
    kind = KINDS[kind]
    rec = store.load(session, record_id, kind)
    language = settings.load(session.layout.home).language
    digest = document_digest(rec.document)
    if kind == "offence":
        fields, tables = _case(session, OffenceCase.from_document(rec.document))
        title = "Seizure protocol"
    else:
        fields, tables = _referral(Referral.from_document(rec.document))
        title = "Referral letter"
    return Protocol(kind, record_id, title, language, digest,
                    verification_code(kind, record_id, digest), session.username, utc_now(),
                    fields, tables)


def record_print(session: Session, proto: Protocol, pdf: bytes) -> None:
    """Journal the print (``<kind>.print``) with the digest, code and the file's SHA-256."""
    session.audit(f"{proto.kind}.print", f"{proto.kind}:{proto.record_id}",
                  {"digest": proto.digest, "code": proto.code,
                   "pdf_sha256": sha256_hex(pdf), "language": proto.language})


class Check(StrEnum):
    """What checking a printed PDF found (:class:`Verdict`'s ``code``; the CLI words it)."""

    MATCHES = "print.matches"  # params: kind, id, digest, code, by, at
    NAMES_NO_RECORD = "print.names_no_record"  # not printed by Checkpoint
    NOT_PRINTED = "print.kind_not_printed"  # params: kind
    RECORD_NOT_HERE = "print.record_not_here"  # params: kind, id
    CODE_ALTERED = "print.code_altered"  # the code does not belong to the record and digest
    OUT_OF_DATE = "print.out_of_date"  # the record changed since; params: kind, id
    NOT_PRINTED_HERE = "print.not_printed_here"  # altered after printing, or printed elsewhere


@dataclass(frozen=True)
class Verdict:
    ok: bool
    code: Check
    params: dict[str, str] = field(default_factory=dict)


def verify(session: Session, pdf: bytes) -> Verdict:
    """Whether ``pdf`` is an untouched print of the current state of the record it names.
    The check is journaled (``print.verify``)."""
    found = _XMP_RE.search(pdf)
    if found is None:
        return _said(session, None, Verdict(False, Check.NAMES_NO_RECORD))
    kind, rid, digest, code = (g.decode() for g in found.groups())
    subject, named = f"{kind}:{rid}", {"kind": kind, "id": rid}
    if kind not in ("offence", "referral"):
        return _said(session, subject, Verdict(False, Check.NOT_PRINTED, {"kind": kind}))
    try:
        rec = store.load(session, rid, kind, audit=False)
    except NotFoundError:
        return _said(session, subject, Verdict(False, Check.RECORD_NOT_HERE, named))
    current = document_digest(rec.document)
    if code != verification_code(kind, rid, digest):
        return _said(session, subject, Verdict(False, Check.CODE_ALTERED, named))
    if current != digest:
        return _said(session, subject, Verdict(False, Check.OUT_OF_DATE, named))
    sha = sha256_hex(pdf)
    with translate_errors():
        done = prints.printed(session.database.conn, subject, f"{kind}.print")
    match = next(((t, a) for t, a, p in done if p.get("pdf_sha256") == sha), None)
    if match is None:
        return _said(session, subject, Verdict(False, Check.NOT_PRINTED_HERE, named))
    return _said(session, subject, Verdict(True, Check.MATCHES, {
        **named, "digest": digest, "code": code, "by": match[1], "at": match[0]}))


def _said(session: Session, subject: str | None, verdict: Verdict) -> Verdict:
    session.audit("print.verify", subject or "print:unknown",
                  {"ok": verdict.ok, "found": verdict.code.value})
    return verdict
