"""The HQ web application: the ``/v1`` sync API (FastAPI).

Every ``/v1`` body is zlib-compressed JSON (:data:`wire.MEDIA_TYPE`) and every
answer, refusals included, is signed with HQ's Ed25519 key over the request's
nonce, status and body. Database work runs in the thread pool; a refusal is
:class:`~hq.errors.HqRefusal` (its alert, if any, is recorded in its own
transaction, since the refused transaction is rolled back).
"""

from __future__ import annotations

import contextlib
import logging
import random
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

from fastapi import FastAPI, Request, Response
from starlette.concurrency import run_in_threadpool

from checkpoint.errors import ProtocolError, StoreError
from checkpoint.sync.protocol import items, signing, wire
from hq import agency_api, api_doc, devices, feed, inbox, intake, limits, ratelimit, readmission
from hq.config import HqConfig
from hq.db import Database, HqConflictError, HqDataError
from hq.errors import HqRefusal
from hq.faults import FaultMiddleware, Faults
from hq.limits import Body, Limits
from hq.ratelimit import Rate

log = logging.getLogger(__name__)

MAX_PUSH_ITEMS = 5000
#: How many times a transaction that collided with a concurrent one is run again.
CONFLICT_RETRIES = 3
SEEN_DEVICES = 100_000
_PLAIN_JSON = "application/json"


class Hq:
    """The running HQ: settings, database, keys."""

    def __init__(self, config: HqConfig, database: Database | None = None) -> None:
        self.config = config
        self.db = database or Database(config.database_url)
        self.db.create_schema()
        self.key = config.signing_key()
        self.verify_raw = wire.b64(_raw(self.key))
        self.box_raw = wire.b64(config.box_public().public_bytes_raw())
        self.rate = Rate(config.enroll_attempts, config.enroll_window)
        #: Workstations this process has seen enrolled: only to skip the database read
        #: that lets a push's body be read; the request is authenticated in full anyway.
        self._seen: set[str] = set()

    def answer(self, nonce: str, status: int, body: bytes,
               headers: dict[str, str] | None = None) -> Response:
        signed = signing.sign_response(self.key, nonce, status, body, time.time())
        return Response(body, status_code=status, media_type=wire.MEDIA_TYPE,
                        headers={**signed, **(headers or {})})

    async def handle(self, request: Request, work: Callable[..., bytes], bounds: Limits,
                     *, enrollment: bool = False) -> Response:
        """Answer one signed request; every outcome is a signed answer with a reason.

        Before the body is read: the signature headers are parsed and the signed time
        checked; an enrollment attempt is counted for its address, a push's workstation
        must be enrolled. The body is then read up to ``bounds.compressed`` bytes and
        handed to ``work`` (in the thread pool), which checks the signature before it
        parses anything, except an enrollment's (the key is in the body).
        """
        nonce = request.headers.get(wire.H_NONCE, "-")[:64]
        try:
            auth = signing.parse_request(request.headers)
            devices.check_time(auth, time.time())
            if enrollment:
                address = request.client.host if request.client else "unknown"
                await run_in_threadpool(self._count_attempt, address)
            elif bounds.compressed and auth.device not in self._seen:
                await run_in_threadpool(self._require_device, auth.device)
            body = Body(await _body(request, bounds.compressed), _is_plain_json(request))
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            answer = await run_in_threadpool(self._retrying, work, auth, target, body)
            return self.answer(nonce, 200, answer)
        except HqRefusal as e:
            await _drain(request, bounds.compressed)
            if e.alert is not None or e.seen is not None:
                await run_in_threadpool(self._after_refusal, e)
            extra = {"Retry-After": str(e.extra["retry_after"])} if "retry_after" in e.extra \
                else None
            return self.answer(nonce, e.status, wire.encode(e.body()), extra)
        except ProtocolError as e:
            await _drain(request, bounds.compressed)
            return self.answer(nonce, 400, wire.encode({"error": "bad_request",
                                                        "message": str(e)}))
        except StoreError as e:
            log.warning("HQ database failure: %s", type(e).__name__)
            return self.answer(nonce, 503, wire.encode({
                "error": "unavailable", "message": "HQ's database is unavailable."}),
                {"Retry-After": "30"})
        except HqDataError:
            log.exception("HQ refused to store a value its checks let through")
            return self.answer(nonce, 500, wire.encode({
                "error": "internal", "message": "HQ could not store this request (a defect "
                "at HQ, reported in its log)."}))

    def _retrying(self, work: Callable[..., bytes], *args: Any) -> bytes:
        for attempt in range(CONFLICT_RETRIES):
            try:
                return work(*args)
            except HqConflictError:
                if attempt == CONFLICT_RETRIES - 1:
                    raise
                log.info("transaction collided with a concurrent one; running it again")
        raise AssertionError("unreachable")

    def _after_refusal(self, refusal: HqRefusal) -> None:
        with self.db.transaction() as tx:
            devices.after_refusal(tx, refusal, time.time())

    def _count_attempt(self, address: str) -> None:
        now = time.time()
        with self.db.transaction() as tx:
            ratelimit.count_attempt(tx, address, self.rate, now)
            if random.random() < 0.02:  # noqa: S311 - housekeeping frequency, not security
                ratelimit.purge(tx, self.rate, now)

    def _require_device(self, device_id: str) -> None:
        with self.db.transaction(write=False) as tx:
            if devices.load(tx, device_id) is None:
                raise HqRefusal(401, "unknown_device", devices.UNKNOWN_DEVICE)
        if len(self._seen) >= SEEN_DEVICES:
            self._seen.clear()
        self._seen.add(device_id)

    # -- the operations -----------------------------------------------------------------------

    def enroll(self, auth: signing.RequestAuth, target: str, body: Body) -> bytes:
        value = body.json(limits.ENROLL)
        if not isinstance(value, dict):
            raise HqRefusal(400, "bad_request", "The enrollment request is not an object.")
        with self.db.transaction() as tx:
            device = devices.enroll(tx, value, auth, body.raw, target, now=time.time())
        return wire.encode({"device": device.id, "post": device.post,
                            "hq_id": self.config.hq_id, "signing_key": self.verify_raw,
                            "box_key": self.box_raw,
                            "head": {"seq": device.head_seq, "hash": device.head_hash}})

    def readmit(self, auth: signing.RequestAuth, target: str, body: Body) -> bytes:
        value = body.json(limits.ENROLL)
        if not isinstance(value, dict):
            raise HqRefusal(400, "bad_request", "The readmission request is not an object.")
        with self.db.transaction() as tx:
            done = readmission.readmit(tx, value, auth, body.raw, target, now=time.time())
        device = done.device
        return wire.encode({"device": device.id, "post": device.post,
                            "hq_id": self.config.hq_id, "signing_key": self.verify_raw,
                            "box_key": self.box_raw, "epoch": done.epoch,
                            "head": {"seq": device.head_seq, "hash": device.head_hash}})

    def head(self, auth: signing.RequestAuth, target: str, body: Body) -> bytes:
        with self.db.transaction() as tx:
            device = devices.authenticate(tx, auth, "GET", target, body.raw, lock=False,
                                          now=time.time())
        self._maybe_purge()
        return items.encode_head(items.Head(device.head_seq, device.head_hash), device.post)

    def push(self, auth: signing.RequestAuth, target: str, body: Body) -> bytes:
        with self.db.transaction() as tx:
            device = devices.authenticate(tx, auth, "POST", target, body.raw, lock=True,
                                          now=time.time())
            try:
                try:
                    pushed = items.parse_push_items(body.json(limits.PUSH), MAX_PUSH_ITEMS)
                except ProtocolError as e:
                    raise HqRefusal(400, "bad_request", str(e)) from e
                out = intake.apply(tx, device, pushed,
                                   validate_documents=self.config.validate_documents)
            except HqRefusal as e:  # authentic: a replay of it must be refused as one
                e.seen = e.seen or (device.id, auth.nonce)
                raise
        return items.encode_push_reply(out.results, items.Head(out.head_seq, out.head_hash))

    def pull(self, auth: signing.RequestAuth, target: str, body: Body) -> bytes:
        cursor, limit = _pull_query(target)
        with self.db.transaction() as tx:
            device = devices.authenticate(tx, auth, "GET", target, body.raw, lock=False,
                                          now=time.time())
            try:
                page = feed.page(tx, device, self.config.cursor_secret, cursor or None, limit)
            except HqRefusal as e:
                e.seen = e.seen or (device.id, auth.nonce)
                raise
        return items.encode_pulled_page(page.items_json, page.cursor, page.more, page.reset,
                                        items.Head(device.head_seq, device.head_hash))

    def _maybe_purge(self) -> None:
        if random.random() < 0.02:  # noqa: S311 - housekeeping frequency, not security
            with self.db.transaction() as tx:
                devices.purge_nonces(tx, time.time())


def _pull_query(target: str) -> tuple[str, int]:
    """``cursor`` and ``limit`` of a pull. Raises HqRefusal 400 when they are malformed."""
    query = parse_qs(urlsplit(target).query, keep_blank_values=True)
    cursor, limit = query.get("cursor", [""])[-1], query.get("limit", ["2000"])[-1]
    if not (limit.isascii() and limit.isdigit() and len(limit) <= 9):
        raise HqRefusal(400, "bad_request", "A pull's limit must be a whole number.")
    return cursor, int(limit)


def _is_plain_json(request: Request) -> bool:
    return request.headers.get("content-type", "").split(";")[0].strip() == _PLAIN_JSON


async def _body(request: Request, limit: int) -> bytes:
    """The request body. Raises HqRefusal 413 as soon as it exceeds ``limit`` bytes."""
    declared = request.headers.get("content-length", "")
    too_large = HqRefusal(413, "too_large", f"This request's body is limited to {limit} "
                          "bytes; send smaller batches.")
    if declared.isascii() and declared.isdigit() and int(declared) > limit:
        raise too_large
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)


async def _drain(request: Request, limit: int) -> None:
    """Read and drop what is left of a refused request's body (up to ``limit`` bytes), so
    the client, still sending, reads the refusal instead of a broken connection."""
    size = 0
    with contextlib.suppress(Exception):
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                return


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

    @app.post("/v1/enroll", **api_doc.operation("enroll"))
    async def enroll(request: Request) -> Response:
        hq = _hq(request)
        return await hq.handle(request, hq.enroll, limits.ENROLL, enrollment=True)

    @app.post("/v1/readmit", **api_doc.operation("readmit"))
    async def readmit(request: Request) -> Response:
        hq = _hq(request)  # counted per address like an enrollment (the key is in the body)
        return await hq.handle(request, hq.readmit, limits.ENROLL, enrollment=True)

    @app.get("/v1/head", **api_doc.operation("head"))
    async def head(request: Request) -> Response:
        hq = _hq(request)
        return await hq.handle(request, hq.head, limits.EMPTY)

    @app.post("/v1/push", **api_doc.operation("push"))
    async def push(request: Request) -> Response:
        hq = _hq(request)
        return await hq.handle(request, hq.push, limits.PUSH)

    @app.get("/v1/pull", **api_doc.operation("pull"))
    async def pull(request: Request) -> Response:
        hq = _hq(request)
        return await hq.handle(request, hq.pull, limits.EMPTY)

    app.include_router(agency_api.router())
    app.include_router(inbox.router())
    if faults is not None:
        app.add_middleware(FaultMiddleware, faults=faults)
    return app


def openapi_document() -> dict[str, Any]:
    """The OpenAPI description of the API (committed as docs/openapi.json)."""
    doc: dict[str, Any] = create_app(None).openapi()
    return doc
