"""Subcommands: shift open | close | acknowledge | review | status | list."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from checkpoint.cli.common import Context, OneLineParser, add_common
from checkpoint.domain.shift import Shift
from checkpoint.errors import UsageError
from checkpoint.services import shifts
from checkpoint.services.shifts import review


def _words(text: str | None) -> list[str]:
    return [w.strip() for w in (text or "").split(",") if w.strip()]


def _read_text(value: str | None, file: str | None, what: str) -> str:
    if file:
        try:
            return Path(file).expanduser().read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise UsageError(f"Cannot read the {what} from {file}: {e}") from e
    return value or ""


def describe(s: Shift) -> str:
    """One paragraph about a shift, as `shift status` prints it."""
    lines = [f"shift {s.shift_id} ({s.state.value}) at {s.checkpoint}",
             f"  supervisor: {s.supervisor}; officers: {', '.join(s.officers)}; "
             f"lanes: {', '.join(s.lanes) or '-'}",
             f"  opened: {s.opened_at}"]
    if s.handover is not None:
        h = s.handover
        lines.append(f"  closed: {h.closed_at} by {h.closed_by} (journal entry "
                     f"{h.journal_head.seq + 1})")
        lines.append(f"  handover note: {h.note}")
        for item in h.open_items:
            lines.append(f"  open item: {item}")
        if h.acknowledged_by:
            lines.append(f"  handover acknowledged: {h.acknowledged_at} by {h.acknowledged_by}")
        else:
            lines.append("  handover not acknowledged yet")
    if s.review is not None:
        r = s.review
        lines.append(f"  reviewed: {r.reviewed_at} by {r.reviewed_by}; journal "
                     f"{'intact' if r.journal_intact else f'BROKEN at entry {r.first_bad_entry}'}")
        if r.remarks:
            lines.append(f"  remarks: {r.remarks}")
    return "\n".join(lines)


def cmd_open(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.login(args.as_) as session:
        s = shifts.open_shift(session, officers=_words(args.officers), lanes=_words(args.lanes),
                              checkpoint=args.checkpoint)
    print(f"opened shift {s.shift_id} at {s.checkpoint}")
    return 0


def cmd_close(ctx: Context, args: argparse.Namespace) -> int:
    note = _read_text(args.note, args.note_file, "handover note")
    with ctx.login(args.as_) as session:
        s = shifts.close_shift(session, note=note, open_items=args.open_item or [])
    print(f"closed shift {s.shift_id}; the relieving supervisor acknowledges the handover "
          "with `checkpoint shift acknowledge`")
    return 0


def cmd_acknowledge(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.login(args.as_) as session:
        s = shifts.acknowledge_handover(session, args.shift)
    assert s.handover is not None
    print(f"handover of shift {s.shift_id} acknowledged by {s.handover.acknowledged_by} "
          f"(handed over by {s.handover.closed_by} at {s.handover.closed_at})")
    return 0


def cmd_review(ctx: Context, args: argparse.Namespace) -> int:
    remarks = _read_text(args.remarks, args.remarks_file, "remarks")
    with ctx.login(args.as_) as session:
        data = review.load(session, args.shift)
        for h in data.highlights:
            print(f"highlight: {h.code} {h.actor} {h.subject} {h.params}".rstrip())
        s = review.mark_reviewed(session, data.shift.shift_id, remarks)
    assert s.review is not None
    state = "intact" if s.review.journal_intact else (
        f"BROKEN at entry {s.review.first_bad_entry}")
    print(f"shift {s.shift_id} marked reviewed by {s.review.reviewed_by}; journal {state}")
    return 0


def cmd_status(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.login(args.as_) as session:
        st = shifts.status(session)
    if st.current is None:
        print("no shift is open: new records are marked outside a shift")
    else:
        print(describe(st.current))
    if st.awaiting_acknowledgement is not None:
        print(f"waiting for the handover to be acknowledged: shift "
              f"{st.awaiting_acknowledgement.shift_id}")
    if st.awaiting_review is not None:
        print(f"waiting for review: shift {st.awaiting_review.shift_id}")
    return 0


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.login(args.as_) as session:
        found = shifts.list_shifts(session, args.limit)
    for s in found:
        closed = s.closed_at or "-"
        ack = (s.handover.acknowledged_by if s.handover and s.handover.acknowledged_by
               else "-")
        print(f"{s.shift_id}  {s.state.value:<8}  {s.opened_at}  {closed}  {s.supervisor}  "
              f"ack:{ack}  officers:{','.join(s.officers)}")
    if not found:
        print("no shifts yet", file=sys.stderr)
    return 0


def register(sub: argparse._SubParsersAction[OneLineParser]) -> None:
    p = sub.add_parser("shift", help="Open, close, hand over, review and list shifts.",
                       description="Shifts: only supervisors open, close, acknowledge and "
                                   "review. Passwords, in order: yours.")
    add_common(p)
    s = p.add_subparsers(dest="shift_command", metavar="ACTION", required=True,
                         parser_class=OneLineParser)

    def action(name: str, text: str) -> OneLineParser:
        q: OneLineParser = s.add_parser(name, help=text, description=text +
                                        " Passwords, in order: yours.")
        add_common(q)
        q.add_argument("--as", dest="as_", required=True, metavar="NAME")
        return q

    q = action("open", "Open a shift with you as the supervisor responsible.")
    q.add_argument("--officers", required=True, metavar="NAMES",
                   help="the officers on duty, comma-separated")
    q.add_argument("--lanes", default="", metavar="LANES", help="comma-separated")
    q.add_argument("--checkpoint", metavar="CODE",
                   help="the post (default: the checkpoint code in the settings)")
    q.set_defaults(func=cmd_open)

    q = action("close", "Close the open shift with a handover note.")
    note = q.add_mutually_exclusive_group(required=True)
    note.add_argument("--note", metavar="TEXT")
    note.add_argument("--note-file", metavar="FILE")
    q.add_argument("--open-item", action="append", metavar="TEXT",
                   help="an item handed over (repeat for each)")
    q.set_defaults(func=cmd_close)

    q = action("acknowledge", "Acknowledge the handover as the relieving supervisor.")
    q.add_argument("--shift", metavar="ID", help="default: the newest awaiting it")
    q.set_defaults(func=cmd_acknowledge)

    q = action("review", "Mark a closed shift reviewed (verifies the journal; signed).")
    q.add_argument("--shift", metavar="ID", help="default: the newest shift")
    rem = q.add_mutually_exclusive_group()
    rem.add_argument("--remarks", metavar="TEXT")
    rem.add_argument("--remarks-file", metavar="FILE")
    q.set_defaults(func=cmd_review)

    q = action("status", "Show the open shift and what waits for a supervisor.")
    q.set_defaults(func=cmd_status)

    q = action("list", "List the newest shifts.")
    q.add_argument("--limit", type=int, default=20)
    q.set_defaults(func=cmd_list)
