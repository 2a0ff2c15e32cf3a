"""The HQ web application: the ``/v1`` sync API (FastAPI).

Every ``/v1`` body is zlib-compressed JSON (:data:`wire.MEDIA_TYPE`) and every
answer, refusals included, is signed with HQ's Ed25519 key over the request's
nonce, status and body. Database work runs in the thread pool; a refusal is
:class:`~hq.errors.HqRefusal` (its alert, if any, is recorded in its own
transaction, since the refused transaction is rolled back).
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Request, Response
from starlette.concurrency import run_in_threadpool

from checkpoint.errors import ProtocolError, StoreError
from checkpoint.sync.protocol import items, signing, wire
from hq import agency_api, devices, feed, inbox, intake
from hq.config import HqConfig
from hq.db import Database
from hq.errors import HqRefusal
from hq.faults import FaultMiddleware, Faults

log = logging.getLogger(__name__)

MAX_PUSH_ITEMS = 5000
#: Largest request body HQ reads (compressed bytes); the client's batches are far smaller.
MAX_REQUEST_BYTES = 64 * 1024 * 1024

_BINARY = {"content": {wire.MEDIA_TYPE: {"schema": {"type": "string", "format": "binary"}}}}
_SIGNED_HEADERS = [
    {"name": h, "in": "header", "required": True, "schema": {"type": "string"}}
    for h in (wire.H_DEVICE, wire.H_TIME, wire.H_NONCE, wire.H_SEQ, wire.H_DIGEST,
              wire.H_SIGNATURE)
]
_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"description": "Signed answer (zlib JSON)", **_BINARY},
    400: {"description": "Malformed request or bad journal entry", **_BINARY},
    401: {"description": "Unknown workstation, bad or expired signature, replay", **_BINARY},
    409: {"description": "Journal rollback, fork or gap (alert raised)", **_BINARY},
    413: {"description": "Request body too large", **_BINARY},
    503: {"description": "HQ's database is unavailable; retry", **_BINARY},
}


def _doc(summary: str, body: bool, extra: dict[int | str, dict[str, Any]] | None = None
         ) -> dict[str, Any]:
    spec: dict[str, Any] = {"parameters": _SIGNED_HEADERS}
    if body:
        spec["requestBody"] = {"required": True, **_BINARY}
    return {"summary": summary, "openapi_extra": spec,
            "responses": {**_RESPONSES, **(extra or {})}}


class Hq:
    """The running HQ: settings, database, keys."""

    def __init__(self, config: HqConfig, database: Database | None = None) -> None:
        self.config = config
        self.db = database or Database(config.database_url)
        self.db.create_schema()
        self.key = config.signing_key()
        self.verify_raw = wire.b64(_raw(self.key))
        self.box_raw = wire.b64(config.box_public().public_bytes_raw())

    def answer(self, nonce: str, status: int, body: bytes) -> Response:
        headers = signing.sign_response(self.key, nonce, status, body, time.time())
        return Response(body, status_code=status, media_type=wire.MEDIA_TYPE, headers=headers)

    async def handle(self, request: Request, work: Callable[..., bytes]) -> Response:
        nonce = request.headers.get(wire.H_NONCE, "-")[:64]
        raw = await _body(request)
        if raw is None:
            return self.answer(nonce, 413, wire.encode({
                "error": "too_large", "message": f"A request body is limited to "
                f"{MAX_REQUEST_BYTES} bytes; send smaller batches."}))
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        try:
            auth = signing.parse_request(request.headers)
            body = await run_in_threadpool(work, auth, target, raw)
            return self.answer(nonce, 200, body)
        except HqRefusal as e:
            if e.alert is not None:
                await run_in_threadpool(self._alert, e.alert)
            return self.answer(nonce, e.status, wire.encode(e.body()))
        except ProtocolError as e:
            return self.answer(nonce, 400, wire.encode({"error": "bad_request",
                                                        "message": str(e)}))
        except StoreError as e:
            log.warning("HQ database failure: %s", type(e).__name__)
            return self.answer(nonce, 503, wire.encode({
                "error": "unavailable", "message": "HQ's database is unavailable."}))

    def _alert(self, alert: tuple[str, str, str]) -> None:
        with self.db.transaction() as tx:
            devices.raise_alert(tx, *alert)

    # -- the operations -----------------------------------------------------------------------

    def enroll(self, auth: signing.RequestAuth, target: str, raw: bytes) -> bytes:
        body = wire.decode(raw)
        if not isinstance(body, dict):
            raise ProtocolError("The enrollment request is not an object.")
        with self.db.transaction() as tx:
            device = devices.enroll(tx, body, auth, raw, target)
        return wire.encode({"device": device.id, "post": device.post,
                            "hq_id": self.config.hq_id, "signing_key": self.verify_raw,
                            "box_key": self.box_raw,
                            "head": {"seq": device.head_seq, "hash": device.head_hash}})

    def head(self, auth: signing.RequestAuth, target: str, raw: bytes) -> bytes:
        with self.db.transaction() as tx:
            device = devices.authenticate(tx, auth, "GET", target, raw, lock=False,
                                          now=time.time())
        self._maybe_purge()
        return items.encode_head(items.Head(device.head_seq, device.head_hash), device.post)

    def push(self, auth: signing.RequestAuth, target: str, raw: bytes) -> bytes:
        with self.db.transaction() as tx:
            device = devices.authenticate(tx, auth, "POST", target, raw, lock=True,
                                          now=time.time())
            body = wire.decode(raw)
            try:
                pushed = items.parse_push_items(body, MAX_PUSH_ITEMS)
            except ProtocolError as e:
                raise HqRefusal(400, "bad_request", str(e)) from e
            out = intake.apply(tx, device, pushed,
                               validate_documents=self.config.validate_documents)
        return items.encode_push_reply(out.results, items.Head(out.head_seq, out.head_hash))

    def pull(self, auth: signing.RequestAuth, target: str, raw: bytes,
             cursor: str, limit: int) -> bytes:
        with self.db.transaction() as tx:
            device = devices.authenticate(tx, auth, "GET", target, raw, lock=False,
                                          now=time.time())
            page = feed.page(tx, device, self.config.cursor_secret, cursor or None, limit)
        return items.encode_pulled_page(page.items_json, page.cursor, page.more, page.reset,
                                        items.Head(device.head_seq, device.head_hash))

    def _maybe_purge(self) -> None:
        if random.random() < 0.02:  # noqa: S311 - housekeeping frequency, not security
            with self.db.transaction() as tx:
                devices.purge_nonces(tx, time.time())


async def _body(request: Request) -> bytes | None:
    """The request body, or None as soon as it exceeds :data:`MAX_REQUEST_BYTES`."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_REQUEST_BYTES:
        return None
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_REQUEST_BYTES:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _raw(key: Any) -> bytes:
    raw: bytes = key.public_key().public_bytes_raw()
    return raw


def _hq(request: Request) -> Hq:
    hq: Hq = request.app.state.hq
    return hq


def create_app(config: HqConfig | None, database: Database | None = None,
               faults: Faults | None = None) -> FastAPI:
    """The HQ application. ``faults`` injects failures (tests only; None in service).

    With ``config`` None the application only describes itself (:func:`openapi_document`).
    """
    app = FastAPI(title="Checkpoint HQ", version="1", description=(
        "Reference headquarters server of Checkpoint. Bodies are zlib-compressed JSON; "
        "requests and answers are signed. See docs/protocol.md."))
    app.state.hq = Hq(config, database) if config is not None else None

    @app.get("/healthz", summary="Liveness (unsigned)")
    def healthz() -> dict[str, str]:
        return {"status": "ok", "protocol": wire.PROTOCOL}

    @app.post("/v1/enroll", **_doc("Enroll a workstation with a one-time code", True,
                                   {403: {"description": "Code unknown, used or expired",
                                          **_BINARY}}))
    async def enroll(request: Request) -> Response:
        hq = _hq(request)
        return await hq.handle(request, hq.enroll)

    @app.get("/v1/head", **_doc("The workstation's last acknowledged journal head", False))
    async def head(request: Request) -> Response:
        hq = _hq(request)
        return await hq.handle(request, hq.head)

    @app.post("/v1/push", **_doc("Push journal entries and their records", True))
    async def push(request: Request) -> Response:
        hq = _hq(request)
        return await hq.handle(request, hq.push)

    @app.get("/v1/pull", **_doc("Pull HQ-owned data after a cursor", False,
                                {410: {"description": "Cursor unknown: resync from the start",
                                       **_BINARY}}))
    async def pull(request: Request, cursor: str = "", limit: int = 2000) -> Response:
        hq = _hq(request)
        return await hq.handle(request, lambda a, t, r: hq.pull(a, t, r, cursor, limit))

    app.include_router(agency_api.router())
    app.include_router(inbox.router())
    if faults is not None:
        app.add_middleware(FaultMiddleware, faults=faults)
    return app


def openapi_document() -> dict[str, Any]:
    """The OpenAPI description of the API (committed as docs/openapi.json)."""
    doc: dict[str, Any] = create_app(None).openapi()
    return doc
