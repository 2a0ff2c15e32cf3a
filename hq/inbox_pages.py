"""The HTML of the agencies' web inbox: plain server-rendered pages, no script.

Every value is escaped; every form carries the session's CSRF token.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from typing import Any

from checkpoint.domain.cases.referral import TRANSITIONS, ReferralStatus, is_overdue
from hq.desk import Filed
from hq.hit_desk import Request

_STYLE = """
body{font-family:sans-serif;margin:0;color:#1b1b1b}
header{background:#123;color:#fff;padding:.6em 1em;display:flex;justify-content:space-between}
header form{display:inline} main{padding:1em}
table{border-collapse:collapse;width:100%} th,td{border-bottom:1px solid #ccc;padding:.35em;
text-align:left} .overdue{color:#a00;font-weight:bold} .error{background:#fdd;padding:.6em}
.box{border:1px solid #ccc;padding:.6em;margin:.6em 0} label{display:block;margin:.3em 0}
"""
ACTIONS = {ReferralStatus.RECEIVED: ("received", "Mark received", None),
           ReferralStatus.ACCEPTED: ("accept", "Accept", "reference"),
           ReferralStatus.DECLINED: ("decline", "Decline", "reason"),
           ReferralStatus.CLOSED: ("close", "Close", "outcome")}
FIELD_LABELS = {"reference": "Our reference", "reason": "Reason", "outcome": "Outcome"}


def e(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def page(title: str, body: str, who: str | None = None, csrf: str | None = None) -> str:
    bar = ""
    if who is not None and csrf is not None:
        bar = (f'<span>Signed in as <b id="officer">{e(who)}</b></span>'
               f'<form method="post" action="/inbox/logout">{hidden(csrf)}'
               '<button id="logout">Sign out</button></form>')
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{e(title)}'
            f'</title><style>{_STYLE}</style></head><body><header><b>Referrals inbox</b>{bar}'
            f'</header><main><h1>{e(title)}</h1>{body}</main></body></html>')


def hidden(csrf: str) -> str:
    return f'<input type="hidden" name="csrf" value="{e(csrf)}">'


def login(csrf: str, error: str | None = None) -> str:
    err = f'<p class="error" id="error">{e(error)}</p>' if error else ""
    return page("Sign in", f"""{err}<form method="post" action="/inbox/login">{hidden(csrf)}
<label>Agency code <input name="agency" id="agency" autocomplete="organization" required></label>
<label>Officer <input name="username" id="username" autocomplete="username" required></label>
<label>Password <input type="password" name="password" id="password"
 autocomplete="current-password" required></label>
<button id="sign-in">Sign in</button></form>""")


def _row(f: Filed, now: str) -> str:
    late = is_overdue(f.deadline, ReferralStatus(f.status), now)
    flag = ' <span class="overdue">overdue</span>' if late else ""
    return (f'<tr id="r-{e(f.id)}"><td><a href="/inbox/r/{e(f.id)}">{e(f.id[-12:])}</a></td>'
            f'<td>{e(f.post)}</td><td class="status">{e(f.status)}</td>'
            f'<td>{e(f.deadline)}{flag}</td><td>{e(f.agency_reference)}</td>'
            f'<td>{e(f.updated_at)}</td></tr>')


def _hit_row(q: Request, now: str) -> str:
    flag = ' <span class="overdue">overdue</span>' if q.overdue(now) else ""
    return (f'<tr id="h-{e(q.id)}"><td><a href="/inbox/h/{e(q.id)}">{e(q.id[-12:])}</a></td>'
            f'<td>{e(q.post)}</td><td>{e(q.list_code)}/{e(q.alert_id)}</td>'
            f'<td>{e(q.action)}</td><td>{e(q.deadline)}{flag}</td>'
            f'<td class="state">{e(q.state.replace("_", " "))}</td></tr>')


def listing(who: str, csrf: str, rows: Iterable[Filed], now: str,
            hits: Iterable[Request] = ()) -> str:
    body = "".join(_row(f, now) for f in rows) or '<tr><td colspan="6">No referrals.</td></tr>'
    asked = "".join(_hit_row(q, now) for q in hits) or (
        '<tr><td colspan="6">No hits to confirm.</td></tr>')
    return page("Referrals", '<table id="referrals"><tr><th>Referral</th><th>Post</th>'
                '<th>Status</th><th>Deadline</th><th>Our reference</th><th>Updated</th></tr>'
                f"{body}</table><h2>Watchlist hits on our alerts</h2>"
                '<table id="hits"><tr><th>Hit</th><th>Post</th><th>List/alert</th>'
                f"<th>Action</th><th>Answer by</th><th>State</th></tr>{asked}</table>",
                who, csrf)


def hit(who: str, csrf: str, q: Request, dossier: dict[str, Any],
        error: str | None = None) -> str:
    """One hit's confirmation request: what matched, the post's triage, the answer form."""
    err = f'<p class="error" id="error">{e(error)}</p>' if error else ""
    h = dossier.get("hit") or {}
    explanation = h.get("explanation") if isinstance(h.get("explanation"), dict) else {}
    facts = (f'<div class="box"><p>Found at post {e(q.post)} {e(h.get("found_at"))}: '
             f'{e(h.get("match"))} match, score {e(h.get("score"))}; triaged '
             f'<b>{e(h.get("triage"))}</b> by {e(h.get("triaged_by"))}; action taken: '
             f'{e(h.get("action_taken"))}</p><p id="explanation">'
             f'{e((explanation or {}).get("text"))}</p></div>')
    if q.state == "awaiting":
        late = ' <span class="overdue">overdue</span>' if q.overdue() else ""
        state = f"awaiting our answer by {e(q.deadline)}{late}"
        form = (f'<form method="post" action="/inbox/h/{e(q.id)}/answer" class="box">'
                f'{hidden(csrf)}<label><input type="radio" name="answer" value="confirmed" '
                'id="answer-confirmed" required> Confirmed</label><label><input type="radio" '
                'name="answer" value="not_confirmed" id="answer-not-confirmed"> Not confirmed'
                '</label><label>Instructions to the post <input name="instructions" '
                'id="instructions"></label><button id="do-answer">Send the answer</button>'
                "</form>")
    else:
        state = (f"{e(q.state.replace('_', ' '))} by {e(q.answered_by)} at "
                 f"{e(q.answered_at)}: {e(q.instructions)}")
        form = ""
    body = (f'{err}<p>Alert {e(q.list_code)}/{e(q.alert_id)}, action <b>{e(q.action)}</b>; '
            f'<span id="hit-state">{state}</span></p>{facts}{form}'
            '<p><a href="/inbox/">Back to the list</a></p>')
    return page(f"Hit {q.id}", body, who, csrf)


def _facts(referral: dict[str, Any]) -> str:
    marking = referral.get("marking") or {}
    persons = "".join(
        f"<li>{e(p.get('role'))}: {e(p.get('surname'))} {e(p.get('given_names'))}, "
        f"{e(p.get('birth_date'))}, {e(p.get('nationality'))}, doc. "
        f"{e(p.get('document_number'))}</li>" for p in referral.get("persons") or [])
    goods = "".join(f"<li>{e(g.get('description'))}: {e(g.get('quantity'))} {e(g.get('unit'))}"
                    "</li>" for g in referral.get("goods") or [])
    cash = referral.get("cash")
    cash_line = (f"<p>Cash: {e(cash.get('amount'))} {e(cash.get('currency'))} "
                 f"({e(cash.get('eur_equivalent'))} EUR), declared: {e(cash.get('declared'))}"
                 "</p>") if cash else ""
    return (f'<div class="box"><p id="reason">{e(referral.get("reason"))}</p>'
            f'<p>From post {e(referral.get("checkpoint"))}, officer {e(referral.get("author"))}; '
            f'handling code <b id="handling">{e(marking.get("handling_code"))}</b>, evaluation '
            f'{e(marking.get("source"))}{e(marking.get("information"))}</p>'
            f"<ul>{persons}{goods}</ul>{cash_line}</div>")


def _actions(f: Filed, csrf: str) -> str:
    out = []
    for target in sorted(TRANSITIONS[ReferralStatus(f.status)]):
        if target not in ACTIONS:
            continue
        path, label, field = ACTIONS[target]
        extra = (f'<label>{FIELD_LABELS[field]} <input name="{field}" id="{path}-{field}" '
                 'required></label>') if field else ""
        out.append(f'<form method="post" action="/inbox/r/{e(f.id)}/{path}" class="box">'
                   f'{hidden(csrf)}{extra}<button id="do-{path}">{label}</button></form>')
    out.append(f'<form method="post" action="/inbox/r/{e(f.id)}/message" class="box">'
               f'{hidden(csrf)}<label>Message <input name="text" id="message-text" required>'
               '</label><button id="do-message">Add message</button></form>')
    return "".join(out)


def referral(who: str, csrf: str, f: Filed, dossier: dict[str, Any],
             error: str | None = None) -> str:
    err = f'<p class="error" id="error">{e(error)}</p>' if error else ""
    events = "".join(f"<li>{e(ev.get('at'))} {e(ev.get('status'))} by {e(ev.get('by'))}"
                     f"{': ' + e(ev.get('note')) if ev.get('note') else ''}</li>"
                     for ev in f.events)
    case = dossier.get("case") or {}
    case_line = (f"<p>Case: {e(case.get('kind'))} offence, {e(case.get('legal_basis'))}, "
                 f"{e(case.get('risk_area'))}; {e(case.get('summary'))}</p>") if case else ""
    body = (f'{err}<p>Status: <b id="status">{e(f.status)}</b>; deadline {e(f.deadline)}; '
            f'our reference <b id="reference">{e(f.agency_reference)}</b></p>'
            f"{_facts(dossier.get('referral') or {})}{case_line}"
            f'<h2>History</h2><ul id="events">{events}</ul>{_actions(f, csrf)}'
            '<p><a href="/inbox/">Back to the list</a></p>')
    return page(f"Referral {f.id}", body, who, csrf)
