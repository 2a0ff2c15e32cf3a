"""The web inbox of an agency's duty officer, served by HQ over TLS under ``/inbox``.

Officers sign in with their own account (:mod:`hq.agencies`: Argon2id hashes, lockout
after five failures); the session is a random token in a ``__Host-`` cookie
(Secure, HttpOnly, SameSite=Strict) of which HQ keeps only the hash. Every form
carries the session's CSRF token (the sign-in form a token bound to a pre-session
cookie) and a request whose ``Origin`` is not HQ's own is refused. Pages are served
with a strict Content-Security-Policy (no script at all) and ``no-store``. Every view
and action is written to HQ's agency audit naming the officer, and each action is a
referral event ``AGENCY/officer``. The list also shows the confirmation requests of
watchlist hits on the agency's alerts (:mod:`hq.hit_desk`), each answered on its page
(confirmed or not, with instructions to the post) as ``AGENCY: officer``.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from checkpoint.domain.ids import utc_now
from hq import agencies, desk, hit_desk, inbox_pages
from hq.agencies import OfficerSession
from hq.db import Database, Tx
from hq.errors import HqRefusal

COOKIE = "__Host-inbox"
LOGIN_COOKIE = "__Host-inbox-login"
_HEADERS = {"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
            "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
            "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "same-origin", "X-Frame-Options": "DENY"}
ACTIONS = {"received": ("received", None), "accept": ("accepted", "reference"),
           "decline": ("declined", "reason"), "close": ("closed", "outcome")}


def _html(text: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(text, status, headers=_HEADERS)


def _cookie(response: Response, name: str, value: str, max_age: int) -> None:
    response.set_cookie(name, value, max_age=max_age, path="/", secure=True, httponly=True,
                        samesite="strict")


def _db(request: Request) -> Database:
    db: Database = request.app.state.hq.db
    return db


async def _form(request: Request) -> dict[str, str]:
    raw = await request.body()
    if len(raw) > 16 * 1024:
        raise HqRefusal(413, "too_large", "The form is too large.")
    parsed = parse_qs(raw.decode("utf-8", "replace"), keep_blank_values=True)
    return {k: v[0] for k, v in parsed.items()}


def _same_origin(request: Request) -> bool:
    """No Origin (a non-browser client) or HQ's own; "null" and others are refused.
    (The pages' Referrer-Policy is same-origin: with no-referrer, browsers send "null".)"""
    origin = request.headers.get("origin")
    if origin is None:
        return True
    return origin == f"{request.url.scheme}://{request.url.netloc}"


def _tx(db: Database, work: Callable[[Tx], Any]) -> Any:
    with db.transaction() as tx:
        return work(tx)


def _refused(request: Request, action: str, reason: str, status: int = 403) -> HTMLResponse:
    return _html(inbox_pages.page("Refused", f'<p class="error" id="error">'
                                  f"{inbox_pages.e(reason)}</p>"), status)


def router() -> APIRouter:
    r = APIRouter(prefix="/inbox", include_in_schema=False)

    async def _session(request: Request) -> OfficerSession | None:
        token = request.cookies.get(COOKIE)
        result: OfficerSession | None = await run_in_threadpool(
            _tx, _db(request), lambda tx: agencies.session(tx, token))
        return result

    @r.get("/login")
    async def login_form(request: Request) -> HTMLResponse:
        token = secrets.token_urlsafe(24)
        response = _html(inbox_pages.login(token))
        _cookie(response, LOGIN_COOKIE, token, 1800)
        return response

    @r.post("/login")
    async def login(request: Request) -> Response:
        form = await _form(request)
        expected = request.cookies.get(LOGIN_COOKIE, "")
        if not (expected and hmac.compare_digest(expected, form.get("csrf", ""))
                and _same_origin(request)):
            return _refused(request, "inbox.login", "The sign-in form expired or did not come "
                            "from this site; open the sign-in page again.")
        agency, user = form.get("agency", "").strip().upper(), form.get("username", "").strip()
        token = await run_in_threadpool(_tx, _db(request), lambda tx: agencies.login(
            tx, agency, user, form.get("password", "")))
        if isinstance(token, HqRefusal):
            return _html(inbox_pages.login(expected, token.message), token.status)
        response = RedirectResponse("/inbox/", 303, headers=_HEADERS)
        _cookie(response, COOKIE, token, agencies.SESSION_SECONDS)
        response.delete_cookie(LOGIN_COOKIE, path="/", secure=True, httponly=True,
                               samesite="strict")
        return response

    @r.get("/")
    async def listing(request: Request) -> Response:
        s = await _session(request)
        if s is None:
            return RedirectResponse("/inbox/login", 303, headers=_HEADERS)

        def work(tx: Tx) -> tuple[list[desk.Filed], list[hit_desk.Request]]:
            agencies.audit(tx, s.agency, s.username, "inbox.list", None, "ok")
            rows = desk.listing(tx, s.agency, limit=1000)
            return (sorted(rows, key=lambda f: f.updated_at, reverse=True),
                    hit_desk.listing(tx, authority=s.agency))
        rows, asked = await run_in_threadpool(_tx, _db(request), work)
        return _html(inbox_pages.listing(s.actor, s.csrf, rows, utc_now(), asked))

    @r.get("/h/{hit_id}")
    async def hit(request: Request, hit_id: str) -> Response:
        s = await _session(request)
        if s is None:
            return RedirectResponse("/inbox/login", 303, headers=_HEADERS)
        return await _show_hit(request, s, hit_id)

    async def _read(request: Request, s: OfficerSession, action: str, subject: str,
                    get: Callable[[Tx], Any], dossier: Callable[[Tx, Any], dict[str, Any]],
                    ) -> tuple[Any, dict[str, Any]] | Response:
        """Read one referral or hit of the officer's agency with its dossier, audited as
        ``action``; a refusal (not found, another agency's) is audited and shown."""
        def work(tx: Tx) -> tuple[Any, dict[str, Any]]:
            found = get(tx)
            agencies.audit(tx, s.agency, s.username, action, subject, "ok")
            return found, dossier(tx, found)
        try:
            return await run_in_threadpool(_tx, _db(request), work)
        except HqRefusal as e:
            code = e.code
            await run_in_threadpool(_tx, _db(request), lambda tx: agencies.audit(
                tx, s.agency, s.username, action, subject, f"refused: {code}"))
            return _html(inbox_pages.page("Not found", f'<p class="error" id="error">'
                                          f"{inbox_pages.e(e.message)}</p>", s.actor, s.csrf),
                         e.status)

    async def _show_hit(request: Request, s: OfficerSession, hit_id: str,
                        error: str | None = None, status: int = 200) -> Response:
        read = await _read(request, s, "inbox.hit_read", hit_id,
                           lambda tx: hit_desk.get(tx, hit_id, s.agency), hit_desk.dossier)
        if isinstance(read, Response):
            return read
        req, dossier = read
        return _html(inbox_pages.hit(s.actor, s.csrf, req, dossier, error), status)

    @r.post("/h/{hit_id}/answer")
    async def answer_hit(request: Request, hit_id: str) -> Response:
        s = await _session(request)
        if s is None:
            return RedirectResponse("/inbox/login", 303, headers=_HEADERS)
        form = await _form(request)
        if not (hmac.compare_digest(s.csrf, form.get("csrf", "")) and _same_origin(request)):
            await run_in_threadpool(_tx, _db(request), lambda tx: agencies.audit(
                tx, s.agency, s.username, "inbox.hit_answer", hit_id, "refused: csrf"))
            return _refused(request, "hit_answer", "The form did not come from this inbox "
                            "(missing or wrong security token); nothing was changed.")

        def work(tx: Tx) -> None:
            hit_desk.get(tx, hit_id, s.agency)  # another agency's hit: 404
            hit_desk.answer(tx, hit_id, form.get("answer", ""), authority=s.agency,
                            by=s.username, instructions=form.get("instructions"))
        try:
            await run_in_threadpool(_tx, _db(request), work)
        except HqRefusal as e:
            code = e.code
            await run_in_threadpool(_tx, _db(request), lambda tx: agencies.audit(
                tx, s.agency, s.username, "inbox.hit_answer", hit_id, f"refused: {code}"))
            return await _show_hit(request, s, hit_id, e.message, e.status)
        return RedirectResponse(f"/inbox/h/{hit_id}", 303, headers=_HEADERS)

    @r.get("/r/{referral_id}")
    async def one(request: Request, referral_id: str) -> Response:
        s = await _session(request)
        if s is None:
            return RedirectResponse("/inbox/login", 303, headers=_HEADERS)
        return await _show(request, s, referral_id)

    async def _show(request: Request, s: OfficerSession, referral_id: str,
                    error: str | None = None, status: int = 200) -> Response:
        read = await _read(request, s, "inbox.read", referral_id,
                           lambda tx: desk.get(tx, referral_id, s.agency), desk.dossier)
        if isinstance(read, Response):
            return read
        filed, dossier = read
        return _html(inbox_pages.referral(s.actor, s.csrf, filed, dossier, error), status)

    @r.post("/r/{referral_id}/{action}")
    async def act(request: Request, referral_id: str, action: str) -> Response:
        s = await _session(request)
        if s is None:
            return RedirectResponse("/inbox/login", 303, headers=_HEADERS)
        form = await _form(request)
        if not (hmac.compare_digest(s.csrf, form.get("csrf", "")) and _same_origin(request)):
            await run_in_threadpool(_tx, _db(request), lambda tx: agencies.audit(
                tx, s.agency, s.username, f"inbox.{action}", referral_id, "refused: csrf"))
            return _refused(request, action, "The form did not come from this inbox (missing "
                            "or wrong security token); nothing was changed.")

        def work(tx: Tx) -> None:
            if action == "message":
                desk.message(tx, referral_id, s.actor, form.get("text"), s.agency)
            elif action in ACTIONS:
                target, field = ACTIONS[action]
                kw = {field: form.get(field)} if field else {}
                desk.transition(tx, referral_id, target, s.actor, agency=s.agency, **kw)
            else:
                raise HqRefusal(404, "no_action", f"There is no action {action!r}.")
            agencies.audit(tx, s.agency, s.username, f"inbox.{action}", referral_id, "ok")
        try:
            await run_in_threadpool(_tx, _db(request), work)
        except HqRefusal as e:
            code = e.code
            await run_in_threadpool(_tx, _db(request), lambda tx: agencies.audit(
                tx, s.agency, s.username, f"inbox.{action}", referral_id, f"refused: {code}"))
            return await _show(request, s, referral_id, e.message, e.status)
        return RedirectResponse(f"/inbox/r/{referral_id}", 303, headers=_HEADERS)

    @r.post("/logout")
    async def logout(request: Request) -> Response:
        s = await _session(request)
        form = await _form(request)
        if s is not None and hmac.compare_digest(s.csrf, form.get("csrf", "")):
            token = request.cookies.get(COOKIE)
            await run_in_threadpool(_tx, _db(request), lambda tx: agencies.logout(tx, token))
        response = RedirectResponse("/inbox/login", 303, headers=_HEADERS)
        response.delete_cookie(COOKIE, path="/", secure=True, httponly=True, samesite="strict")
        return response

    return r

