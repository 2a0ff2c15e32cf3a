"""Subcommands: case …, referral …, print, verify-print (offence cases, seizures,
custody, referrals and their printed protocols)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from checkpoint.cli.common import Context, OneLineParser, subcommand
from checkpoint.domain.cases.custody import CustodyAction
from checkpoint.domain.cases.offence import CaseKind, CasePerson, OffenceCase, PersonRole
from checkpoint.domain.goods import RiskArea, Unit
from checkpoint.domain.ids import format_utc, new_id, parse_utc, utc_now
from checkpoint.errors import UsageError
from checkpoint.services.cases import custody, offences, printing, referrals

Command = Callable[[Context, argparse.Namespace], int]


def _case_fields(args: argparse.Namespace) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    if args.kind:
        fields["kind"] = CaseKind(args.kind)
    if args.risk_area:
        fields["risk_area"] = RiskArea(args.risk_area)
    for name in ("legal_basis", "place", "summary"):
        if getattr(args, name):
            fields[name] = getattr(args, name)
    return fields


def cmd_case_open(ctx: Context, args: argparse.Namespace) -> int:
    if bool(args.inspection) != bool(args.finding):
        raise UsageError("--inspection and --finding go together.")
    with ctx.login(args.as_) as s:
        if args.inspection:
            case = offences.open_from_finding(s, args.inspection, args.finding)
        else:
            case = offences.open_new(s)
        fields = _case_fields(args)
        if fields:
            case = offences.save_draft(s, replace(case, **fields))
    print(case.id)
    return 0


def cmd_case_edit(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.login(args.as_) as s:
        case = offences.load(s, args.case, audit=False)
        offences.save_draft(s, replace(case, **_case_fields(args)))
    print(f"case {args.case} saved")
    return 0


def cmd_case_item(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.login(args.as_) as s:
        case = offences.load(s, args.case, audit=False)
        _, item = offences.add_item(
            s, case, description=args.description, quantity=args.quantity,
            unit=Unit(args.unit), hs_code=args.hs_code, value=args.value,
            currency=args.currency, seal_numbers=tuple(args.seal or ()))
    print(item.id)
    return 0


def cmd_case_person(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.login(args.as_) as s:
        case = offences.load(s, args.case, audit=False)
        person = CasePerson(new_id(), PersonRole(args.role), args.surname, args.given_names,
                            args.birth_date, args.nationality, args.document_number)
        offences.save_draft(s, replace(case, persons=(*case.persons, person)))
    print(person.id)
    return 0


def cmd_case_submit(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.login(args.as_) as s:
        case = offences.submit(s, offences.load(s, args.case, audit=False))
    print(f"case {case.id} submitted for approval (content {offences.digest(case)[:16]})")
    return 0


def _decide(kind: str, approve: bool) -> Command:
    def run(ctx: Context, args: argparse.Namespace) -> int:
        module: Any = offences if kind == "case" else referrals
        with ctx.login(args.as_) as s:
            record = module.load(s, args.id)
            seen = args.digest or module.digest(record)
            if approve:
                done = module.approve(s, args.id, seen)
            else:
                done = module.refuse(s, args.id, seen, args.reason)
        print(f"{kind} {done.id}: {done.review.state.value} by {done.review.decided_by}")
        return 0
    return run


def _show_case(case: OffenceCase, refs: list[referrals.Status],
               chains: dict[str, list[Any]]) -> None:
    print(f"case {case.id} ({case.status.value}, review {case.review.state.value}"
          f"{': ' + case.review.reason if case.review.reason else ''})")
    print(f"kind {case.kind and case.kind.value}; legal basis {case.legal_basis}; risk area "
          f"{case.risk_area and case.risk_area.value}; place {case.place}; "
          f"handling {case.marking.handling_code.value} {case.marking.evaluation}")
    print(f"content digest {offences.digest(case)}")
    for p in case.persons:
        print(f"person {p.id} {p.role.value}: {p.surname} {p.given_names or ''}")
    for i in case.items:
        print(f"item {i.id}: {i.description}, {i.quantity} {i.unit and i.unit.value}, seals "
              f"{','.join(i.seal_numbers) or '-'}, held by {i.holder}")
        for e in chains.get(i.id, []):
            print(f"  custody {e.sequence} {e.action.value}: {e.from_custodian} -> "
                  f"{e.to_custodian} at {e.at}, seals {','.join(e.seal_numbers) or '-'}")
    for r in refs:
        _show_referral_line(r)


def _show_referral_line(r: referrals.Status) -> None:
    late = " OVERDUE" if r.overdue else ""
    ref = f" ref {r.agency_reference}" if r.agency_reference else ""
    print(f"referral {r.referral.id} to {r.referral.agency}: {r.status.value}{ref}; deadline "
          f"{r.referral.deadline}{late}")


def cmd_case_show(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.login(args.as_) as s:
        case = offences.load(s, args.case)
        chains = {i.id: custody.chain(s, case.id, i.id) for i in case.items}
        _show_case(case, referrals.of_case(s, case.id), chains)
    return 0


def cmd_case_list(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.login(args.as_) as s:
        found = offences.page(s, limit=args.limit)
        s.audit("offence.list", "offence:*", {"count": len(found)})
    for c in found:
        print(f"{c.id}\t{c.status.value}\t{c.review.state.value}\t{c.author}\t"
              f"{c.kind and c.kind.value}\t{c.created_at}")
    return 0


def cmd_case_handover(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.login(args.as_) as s:
        event = custody.handover(
            s, args.case, args.item, action=CustodyAction(args.action),
            from_custodian=args.from_, to_custodian=args.to,
            seal_numbers=tuple(args.seal) if args.seal else None,
            seal_intact=not args.seal_broken, reason=args.reason, place=args.place,
            witness=args.witness)
    print(f"custody entry {event.sequence} recorded: {event.from_custodian} -> "
          f"{event.to_custodian}")
    return 0


def cmd_referral_new(ctx: Context, args: argparse.Namespace) -> int:
    deadline = format_utc(parse_utc(utc_now()) + timedelta(days=args.deadline_days))
    with ctx.login(args.as_) as s:
        ref = referrals.create(s, agency=args.agency, reason=args.reason, case_id=args.case,
                               hit_ids=tuple(args.hit or ()), deadline=deadline)
    print(ref.id)
    return 0


def cmd_referral_fiu(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.login(args.as_) as s:
        ref = referrals.fiu_from_inspection(s, args.inspection, suspicious=args.suspicious,
                                            agency=args.agency)
    print(ref.id)
    return 0


def cmd_referral_submit(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.login(args.as_) as s:
        ref = referrals.submit(s, referrals.load(s, args.id, audit=False))
    print(f"referral {ref.id} submitted for approval")
    return 0


def cmd_referral_show(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.login(args.as_) as s:
        st = referrals.status(s, args.id)
    r = st.referral
    print(f"referral {r.id} ({r.status.value}, review {r.review.state.value}) to {r.agency} "
          f"({r.agency_kind and r.agency_kind.value}); handling {r.marking.handling_code.value}")
    print(f"reason: {r.reason}")
    print(f"content digest {referrals.digest(r)}")
    _show_referral_line(st)
    for e in st.events:
        print(f"  {e.get('at')} {e.get('status')} by {e.get('by')}"
              f"{': ' + str(e['note']) if e.get('note') else ''}")
    return 0


def cmd_referral_list(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.login(args.as_) as s:
        found = referrals.overdue(s) if args.overdue else referrals.page(s)
        s.audit("referral.list", "referral:*", {"count": len(found)})
    for st in found:
        _show_referral_line(st)
    return 0


def cmd_print(ctx: Context, args: argparse.Namespace) -> int:
    # The PDF is drawn by Qt's own writer in the GUI package (the layers let the CLI,
    # above the GUI, call it; PySide6 is imported only there, and only for this command).
    from checkpoint.gui.cases.printing import write_pdf

    out = Path(args.out).expanduser()
    with ctx.login(args.as_) as s:
        proto = printing.protocol(s, args.kind, args.id)
        data = write_pdf(proto)
        tmp = out.with_name(f".{out.name}.part")
        tmp.write_bytes(data)
        tmp.replace(out)
        printing.record_print(s, proto, data)
    print(f"{proto.title} written to {out}; verification code {proto.code}")
    return 0


#: What ``verify-print`` says for each finding of the check.
VERDICTS: dict[str, str] = {
    printing.Check.MATCHES: "matches: {kind} {id}, digest {digest:.16}…, code {code}, printed "
                            "by {by} at {at}",
    printing.Check.NAMES_NO_RECORD: "This file is not a protocol printed by Checkpoint (it "
                                    "names no record).",
    printing.Check.NOT_PRINTED: "This file names a {kind}, which is not printed.",
    printing.Check.RECORD_NOT_HERE: "The {kind} {id} it names is not on this workstation "
                                    "(use --home for another one).",
    printing.Check.CODE_ALTERED: "The verification code does not belong to the record and "
                                 "digest on the page: the file was altered.",
    printing.Check.OUT_OF_DATE: "The {kind} {id} changed since this was printed (its digest "
                                "differs): the print is out of date.",
    printing.Check.NOT_PRINTED_HERE: "The file names the current {kind} {id}, but it is not a "
                                     "file printed on this workstation: it was altered after "
                                     "printing, or printed elsewhere.",
}


def cmd_verify_print(ctx: Context, args: argparse.Namespace) -> int:
    try:
        data = Path(args.file).expanduser().read_bytes()
    except OSError as e:
        raise UsageError(f"Cannot read {args.file}: {e.strerror}") from e
    with ctx.login(args.as_) as s:
        verdict = printing.verify(s, data)
    print(VERDICTS[verdict.code].format(**verdict.params))
    return 0 if verdict.ok else 1


def _fields(p: OneLineParser) -> None:
    p.add_argument("--kind", choices=[k.value for k in CaseKind])
    p.add_argument("--legal-basis", metavar="ARTICLE")
    p.add_argument("--risk-area", choices=[r.value for r in RiskArea])
    p.add_argument("--place")
    p.add_argument("--summary")


def register(sub: argparse._SubParsersAction[OneLineParser]) -> None:
    case = sub.add_parser("case", help="Offence cases and seizures.")
    cs = case.add_subparsers(dest="case_command", metavar="ACTION", parser_class=OneLineParser,
                             required=True)

    def add(parent: Any, name: str, text: str, func: Command, who: str = "NAME") -> Any:
        p = subcommand(parent, name, text, "your password")
        p.add_argument("--as", dest="as_", required=True, metavar=who)
        p.set_defaults(func=func)
        return p

    p = add(cs, "open", "Open a case, from an inspection's finding or on its own.", cmd_case_open)
    p.add_argument("--inspection", metavar="ID")
    p.add_argument("--finding", metavar="ID")
    _fields(p)
    p = add(cs, "edit", "Change a case draft.", cmd_case_edit)
    p.add_argument("case")
    _fields(p)
    p = add(cs, "item", "Add a seized item to a case draft.", cmd_case_item)
    p.add_argument("case")
    p.add_argument("--description", required=True)
    p.add_argument("--quantity", type=float, required=True)
    p.add_argument("--unit", required=True, choices=[u.value for u in Unit])
    p.add_argument("--hs-code")
    p.add_argument("--value", type=float)
    p.add_argument("--currency")
    p.add_argument("--seal", action="append", metavar="NUMBER")
    p = add(cs, "person", "Add a person to a case draft.", cmd_case_person)
    p.add_argument("case")
    p.add_argument("--role", required=True, choices=[r.value for r in PersonRole])
    p.add_argument("--surname", required=True)
    p.add_argument("--given-names")
    p.add_argument("--birth-date")
    p.add_argument("--nationality")
    p.add_argument("--document-number")
    p = add(cs, "submit", "Hand a case to a supervisor for approval.", cmd_case_submit)
    p.add_argument("case")
    for name, approve in (("approve", True), ("refuse", False)):
        p = add(cs, name, f"{name.capitalize()} a submitted case (a supervisor, not its author).",
                _decide("case", approve), "SUPERVISOR")
        p.add_argument("id", metavar="CASE")
        p.add_argument("--digest", help="the content digest you were shown (case show)")
        if not approve:
            p.add_argument("--reason", required=True)
    p = add(cs, "show", "Show a case, its custody chains and referrals.", cmd_case_show)
    p.add_argument("case")
    p = add(cs, "list", "List cases, newest first.", cmd_case_list)
    p.add_argument("--limit", type=int, default=100)
    p = add(cs, "handover", "Record a custody handover of a seized item.", cmd_case_handover)
    p.add_argument("case")
    p.add_argument("item")
    p.add_argument("--action", default="transferred", choices=[a.value for a in CustodyAction])
    p.add_argument("--from", dest="from_", required=True, metavar="WHO")
    p.add_argument("--to", required=True, metavar="WHO")
    p.add_argument("--seal", action="append", metavar="NUMBER",
                   help="the seal numbers after the handover (default: unchanged)")
    p.add_argument("--seal-broken", action="store_true")
    p.add_argument("--reason")
    p.add_argument("--place")
    p.add_argument("--witness")

    ref = sub.add_parser("referral", help="Referrals to law-enforcement agencies.")
    rs = ref.add_subparsers(dest="referral_command", metavar="ACTION",
                            parser_class=OneLineParser, required=True)
    p = add(rs, "new", "Write a referral (from a case, hits or on its own).", cmd_referral_new)
    p.add_argument("--agency", required=True, metavar="CODE")
    p.add_argument("--reason", required=True)
    p.add_argument("--case", metavar="ID")
    p.add_argument("--hit", action="append", metavar="ID")
    p.add_argument("--deadline-days", type=float, default=3.0)
    p = add(rs, "fiu", "Refer an inspection's cash to the financial intelligence unit.",
            cmd_referral_fiu)
    p.add_argument("inspection")
    p.add_argument("--agency", metavar="CODE")
    p.add_argument("--suspicious", action="store_true", help="refer cash under the threshold "
                   "or declared cash judged suspicious")
    p = add(rs, "submit", "Hand a referral to a supervisor.", cmd_referral_submit)
    p.add_argument("id")
    for name, approve in (("approve", True), ("refuse", False)):
        p = add(rs, name, f"{name.capitalize()} a submitted referral (a supervisor, not its "
                "author).", _decide("referral", approve), "SUPERVISOR")
        p.add_argument("id", metavar="REFERRAL")
        p.add_argument("--digest")
        if not approve:
            p.add_argument("--reason", required=True)
    p = add(rs, "show", "Show a referral with HQ's status and history.", cmd_referral_show)
    p.add_argument("id")
    p = add(rs, "list", "List referrals with their status.", cmd_referral_list)
    p.add_argument("--overdue", action="store_true",
                   help="only those past their deadline without an answer")

    p = add(sub, "print", "Print a seizure protocol or a referral letter as PDF.", cmd_print)
    p.add_argument("kind", choices=["case", "referral"])
    p.add_argument("id")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p = add(sub, "verify-print", "Tell whether a printed PDF matches the record it names.",
            cmd_verify_print)
    p.add_argument("file", metavar="FILE.pdf")
