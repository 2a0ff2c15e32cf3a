"""``checkpoint-hq`` subcommands for the confirmation requests of watchlist hits.

::

    hit-requests [--authority A] [--state awaiting|confirmed|not_confirmed] [--overdue]
    hit-answer HIT_ID --confirmed|--not-confirmed --authority A --by NAME
               [--instructions TEXT]

The answer is given on behalf of the alert's owning authority (``--authority`` must be
the one the request is addressed to); ``--by`` names the person who answered. Both are
written in HQ's audit and travel to the post with the answer.
"""

from __future__ import annotations

import argparse
import contextlib
from typing import Any

from checkpoint.domain import hit_answer as rule
from checkpoint.domain.ids import utc_now
from hq import config, hit_desk
from hq.db import Tx, one_transaction


def _tx(args: argparse.Namespace, write: bool = True) -> contextlib.AbstractContextManager[Tx]:
    return one_transaction(config.load(args.dir).database_url, write)


def cmd_hit_requests(args: argparse.Namespace) -> int:
    with _tx(args, write=False) as tx:
        rows = hit_desk.listing(tx, authority=args.authority, state=args.state,
                                overdue_only=args.overdue)
    now = utc_now()
    print("hit\tpost\tlist/alert\taction\tauthority\tdeadline\tstate\ttriage\tanswered by")
    for r in rows:
        state = "OVERDUE" if r.overdue(now) else r.state
        print(f"{r.id}\t{r.post}\t{r.list_code}/{r.alert_id}\t{r.action}\t{r.authority}\t"
              f"{r.deadline}\t{state}\t{r.triage}\t{r.answered_by or '-'}")
    late = sum(r.overdue(now) for r in rows)
    print(f"{len(rows)} request(s), {late} overdue")
    return 0


def cmd_hit_answer(args: argparse.Namespace) -> int:
    state = rule.CONFIRMED if args.confirmed else rule.NOT_CONFIRMED
    with _tx(args) as tx:
        done = hit_desk.answer(tx, args.hit, state, authority=args.authority, by=args.by,
                               instructions=args.instructions)
    print(f"hit {done.id}: {done.state.replace('_', ' ')} by {done.answered_by}; published "
          f"to post {done.post}")
    return 0


def register(sub: Any) -> None:
    """Add the subcommands to ``checkpoint-hq``'s parser."""
    p = sub.add_parser("hit-requests", help="List the confirmation requests of watchlist "
                       "hits (overdue ones marked).")
    p.add_argument("--authority", help="only those addressed to this authority")
    p.add_argument("--state", choices=list(rule.STATES))
    p.add_argument("--overdue", action="store_true", help="only unanswered ones past the "
                   "deadline")
    p.set_defaults(func=cmd_hit_requests)
    p = sub.add_parser("hit-answer", help="Answer a hit's confirmation request on behalf of "
                       "the alert's owning authority (published to the post).")
    p.add_argument("hit", metavar="HIT_ID", help="the id of the hit (any of its versions)")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--confirmed", action="store_true")
    which.add_argument("--not-confirmed", action="store_true")
    p.add_argument("--authority", required=True, help="the answering authority (must own "
                   "the alert)")
    p.add_argument("--by", required=True, metavar="NAME", help="who answers")
    p.add_argument("--instructions", metavar="TEXT", help="what the post must do")
    p.set_defaults(func=cmd_hit_answer)
