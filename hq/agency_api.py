"""The agency API, ``/agency/v1``: what an agency's own system calls (JSON over mutual TLS,
every request signed with the agency certificate's key, see :mod:`hq.agency_auth`).

===========================================  =============================================
``GET  /agency/v1/referrals?after=N``        referrals addressed to this agency changed
                                             after cursor N (``cursor``, ``more``)
``GET  /agency/v1/referrals/{id}``           one referral: document, case, photos, status
``POST /agency/v1/referrals/{id}/received``  acknowledge receipt
``POST /agency/v1/referrals/{id}/accept``    ``{"reference": "..."}`` the agency's own reference
``POST /agency/v1/referrals/{id}/decline``   ``{"reason": "..."}``
``POST /agency/v1/referrals/{id}/close``     ``{"outcome": "..."}``
``POST /agency/v1/referrals/{id}/messages``  ``{"text": "..."}``
``GET  /agency/v1/hits?state=S``             confirmation requests of watchlist hits on
                                             this agency's alerts (its code is the alert's
                                             authority), oldest deadline first
``GET  /agency/v1/hits/{id}``                one request with the hit as the post found it
``POST /agency/v1/hits/{id}/answer``         ``{"answer": "confirmed"|"not_confirmed",
                                             "instructions": "..."}`` (final)
===========================================  =============================================

``X-Agency-Officer`` may name the agency's officer acting (the audit and the event say
``AGENCY/officer``). Every call, refused ones included, is written to HQ's agency audit.
Refusals are ``{"error": code, "message": sentence}`` with 400, 401, 404 or 409.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from checkpoint.domain import hit_answer
from checkpoint.errors import StoreError
from hq import agencies, agency_auth, desk, hit_desk
from hq.db import Database, Tx
from hq.errors import HqRefusal

PREFIX = "/agency/v1"
MAX_BODY = 64 * 1024
_AUTH_HEADERS = [{"name": h, "in": "header", "required": True, "schema": {"type": "string"}}
                 for h in (agency_auth.H_AGENCY, agency_auth.H_TIME, agency_auth.H_NONCE,
                           agency_auth.H_SIGNATURE)]
_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"description": "Malformed request"},
    401: {"description": "Unknown or revoked agency, bad signature, expired, replayed"},
    404: {"description": "No such referral (or hit request) addressed to this agency"},
    409: {"description": "Transition out of order or missing its reference/reason/outcome; "
                         "a hit already answered"},
}

Work = Callable[[Tx, agency_auth.Agency, str, dict[str, Any]], Any]


def _officer(request: Request) -> str | None:
    value = request.headers.get(agency_auth.H_OFFICER, "").strip()
    return value[:64] or None  # signed with the request (hq.agency_auth.message)


async def _handle(request: Request, action: str, subject: str | None, work: Work) -> JSONResponse:
    db: Database = request.app.state.hq.db
    raw = await request.body()
    claimed = request.headers.get(agency_auth.H_AGENCY, "-")[:32]
    officer = _officer(request)
    if len(raw) > MAX_BODY:
        return JSONResponse({"error": "too_large", "message": "The body is too large."}, 413)
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")

    seen: list[tuple[str, str]] = []  # (agency, nonce) once the signature was accepted

    def run() -> Any:
        with db.transaction() as tx:  # one commit: the nonce, the work and its audit line
            agency = agency_auth.authenticate(tx, request.headers, request.method, target, raw,
                                              time.time())
            seen.append((agency.code, request.headers.get(agency_auth.H_NONCE, "")))
            try:
                body = json.loads(raw) if raw else {}
            except ValueError as e:
                raise HqRefusal(400, "bad_request", "The body is not JSON.") from e
            if not isinstance(body, dict):
                raise HqRefusal(400, "bad_request", "The body is not a JSON object.")
            actor = f"{agency.code}/{officer}" if officer else agency.code
            result = work(tx, agency, actor, body)
            agencies.audit(tx, agency.code, officer, action, subject, "ok")
            return result

    try:
        return JSONResponse(await run_in_threadpool(run))
    except HqRefusal as e:
        await run_in_threadpool(_audit_refusal, db, claimed, officer, action, subject, e,
                                seen[0] if seen else None)
        return JSONResponse(e.body(), e.status)
    except StoreError:
        return JSONResponse({"error": "unavailable", "message": "HQ's database is "
                             "unavailable; retry."}, 503)


def _audit_refusal(db: Database, agency: str, officer: str | None, action: str,
                   subject: str | None, e: HqRefusal, nonce: tuple[str, str] | None) -> None:
    """Audit a refusal; when the request was authentic but its work refused (rolled
    back with the nonce), remember the nonce here, so the request cannot be replayed."""
    with db.transaction() as tx:
        if nonce is not None:
            agency_auth.remember(tx, *nonce, time.time())
        agencies.audit(tx, agency, officer, action, subject, f"refused: {e.code}")


def _doc(summary: str) -> dict[str, Any]:
    return {"summary": summary, "openapi_extra": {"parameters": _AUTH_HEADERS},
            "responses": _RESPONSES}


def router() -> APIRouter:
    r = APIRouter(prefix=PREFIX, tags=["agency"])

    @r.get("/referrals", **_doc("Referrals addressed to this agency changed after a cursor"))
    async def referrals(request: Request, after: int = 0, limit: int = 200) -> JSONResponse:
        def work(tx: Tx, agency: agency_auth.Agency, actor: str, body: dict[str, Any]) -> Any:
            rows = desk.listing(tx, agency.code, after=after, limit=limit)
            cursor = rows[-1].version if rows else after
            more = bool(desk.listing(tx, agency.code, after=cursor, limit=1))
            return {"items": [f.summary() for f in rows], "cursor": cursor, "more": more}
        return await _handle(request, "referrals.list", None, work)

    @r.get("/referrals/{referral_id}", **_doc("One referral with its case and attachments"))
    async def one(request: Request, referral_id: str) -> JSONResponse:
        def work(tx: Tx, agency: agency_auth.Agency, actor: str, body: dict[str, Any]) -> Any:
            return desk.dossier(tx, desk.get(tx, referral_id, agency.code))
        return await _handle(request, "referral.read", referral_id, work)

    def _move(target: str, field: str | None) -> Any:
        async def move(request: Request, referral_id: str) -> JSONResponse:
            def work(tx: Tx, agency: agency_auth.Agency, actor: str,
                     body: dict[str, Any]) -> Any:
                value = body.get(field) if field else None
                kw = {"reference": value} if field == "reference" else (
                    {"reason": value} if field == "reason" else {"outcome": value})
                done = desk.transition(tx, referral_id, target, actor, agency=agency.code, **kw)
                return done.status_document()
            return await _handle(request, f"referral.{target}", referral_id, work)
        return move

    for path, target, field, summary in (
            ("received", "received", None, "Acknowledge receipt"),
            ("accept", "accepted", "reference", "Accept, with the agency's reference"),
            ("decline", "declined", "reason", "Decline, with a reason"),
            ("close", "closed", "outcome", "Close, with the outcome")):
        r.add_api_route(f"/referrals/{{referral_id}}/{path}", _move(target, field),
                        methods=["POST"], **_doc(summary))

    @r.post("/referrals/{referral_id}/messages", **_doc("Add a message to the referral"))
    async def add_message(request: Request, referral_id: str) -> JSONResponse:
        def work(tx: Tx, agency: agency_auth.Agency, actor: str, body: dict[str, Any]) -> Any:
            return desk.message(tx, referral_id, actor, body.get("text"),
                                agency.code).status_document()
        return await _handle(request, "referral.message", referral_id, work)

    @r.get("/hits", **_doc("Confirmation requests of hits on this agency's alerts"))
    async def hit_requests(request: Request, state: str | None = None) -> JSONResponse:
        def work(tx: Tx, agency: agency_auth.Agency, actor: str, body: dict[str, Any]) -> Any:
            if state is not None and state not in hit_answer.STATES:
                raise HqRefusal(400, "bad_request", f"Unknown state {state!r}.")
            rows = hit_desk.listing(tx, authority=agency.code, state=state)
            return {"items": [{**q.answer_document(), "post": q.post,
                               "overdue": q.overdue()} for q in rows]}
        return await _handle(request, "hits.list", None, work)

    @r.get("/hits/{hit_id}", **_doc("One hit's confirmation request and the hit"))
    async def hit_request(request: Request, hit_id: str) -> JSONResponse:
        def work(tx: Tx, agency: agency_auth.Agency, actor: str, body: dict[str, Any]) -> Any:
            return hit_desk.dossier(tx, hit_desk.get(tx, hit_id, agency.code))
        return await _handle(request, "hit.read", hit_id, work)

    @r.post("/hits/{hit_id}/answer", **_doc("Answer: confirmed or not, with instructions"))
    async def answer_hit(request: Request, hit_id: str) -> JSONResponse:
        def work(tx: Tx, agency: agency_auth.Agency, actor: str, body: dict[str, Any]) -> Any:
            hit_desk.get(tx, hit_id, agency.code)  # another agency's hit: 404
            done = hit_desk.answer(tx, hit_id, str(body.get("answer")), authority=agency.code,
                                   by=_officer(request) or agency.code,
                                   instructions=body.get("instructions"))
            return done.answer_document()
        return await _handle(request, "hit.answer", hit_id, work)

    return r
