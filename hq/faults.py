"""Failure injection for tests: make HQ fail the way networks and servers fail.

Off unless a :class:`Faults` plan is given to ``create_app`` (the test suite and the
benchmarks do; ``checkpoint-hq serve`` never does). Each fault matches a path and
hits ``times`` requests after letting ``skip`` through:

- ``error500``      answer 500 without handling the request;
- ``error500_after`` handle the request (HQ commits), then answer 500;
- ``drop_before``   break the connection without handling the request;
- ``drop_after``    handle it (HQ commits), then break the connection mid-answer
                    (the acknowledgement is lost);
- ``delay_before`` / ``delay_after``  wait ``seconds`` before handling / before
                    answering (past the client's timeout, or long enough to kill HQ);
                    ``delay_before`` reads the whole request first, then records its
                    hit (HQ now holds a complete request, even if the client dies),
                    and records ``delay_before_done`` once the request was handled
                    (``delay_after_done`` once the held answer was sent).
- ``corrupt``       handle it, then alter one byte of the signed answer's body.
"""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass
from typing import Any

Message = dict[str, Any]
ACTIONS = ("error500", "error500_after", "drop_before", "drop_after", "delay_before",
           "delay_after", "corrupt")


@dataclass
class Fault:
    path: str
    action: str
    times: int = 1
    skip: int = 0
    seconds: float = 0.0


class Faults:
    """A thread-safe plan of faults, consumed as matching requests arrive."""

    def __init__(self) -> None:
        self._plan: list[Fault] = []
        self._lock = threading.Lock()
        self.hits: list[tuple[str, str]] = []

    def add(self, path: str, action: str, *, times: int = 1, skip: int = 0,
            seconds: float = 0.0) -> None:
        if action not in ACTIONS:
            raise ValueError(f"unknown fault {action!r}")
        with self._lock:
            self._plan.append(Fault(path, action, times, skip, seconds))

    def record(self, path: str, what: str) -> None:
        with self._lock:
            self.hits.append((path, what))

    def clear(self) -> None:
        with self._lock:
            self._plan.clear()

    def take(self, path: str) -> Fault | None:
        with self._lock:
            for fault in self._plan:
                if fault.path != path or fault.times <= 0:
                    continue
                if fault.skip > 0:
                    fault.skip -= 1
                    return None
                fault.times -= 1
                if fault.action != "delay_before":  # recorded once the body is in
                    self.hits.append((path, fault.action))
                return fault
        return None


class FaultMiddleware:
    def __init__(self, app: Any, faults: Faults) -> None:
        self.app, self.faults = app, faults

    async def __call__(self, scope: Message, receive: Any, send: Any) -> None:
        fault = self.faults.take(scope.get("path", "")) if scope["type"] == "http" else None
        if fault is None:
            await self.app(scope, receive, send)
            return
        if fault.action == "delay_before":
            path = scope.get("path", "")
            request = await _read_all(receive)
            self.faults.record(path, "delay_before")
            await asyncio.sleep(fault.seconds)

            async def replay() -> Message:
                return request.pop(0) if request else {"type": "http.disconnect"}

            try:
                await self.app(scope, replay, send)
            finally:
                self.faults.record(path, "delay_before_done")
        elif fault.action == "error500":
            await _drain(receive)
            await _plain(send, 500, b"injected failure")
        elif fault.action == "drop_before":
            await _drain(receive)
            await _broken(send)
        else:
            held: list[Message] = []

            async def hold(message: Message) -> None:
                held.append(message)

            await self.app(scope, receive, hold)
            if fault.action == "error500_after":
                await _plain(send, 500, b"injected failure after commit")
            elif fault.action == "drop_after":
                await _broken(send)
            elif fault.action == "corrupt":
                for message in held:
                    body = message.get("body")
                    if message["type"] == "http.response.body" and body:
                        message["body"] = bytes([body[0] ^ 1]) + body[1:]
                    await send(message)
            else:
                await asyncio.sleep(fault.seconds)
                for message in held:
                    await send(message)
                self.faults.record(scope.get("path", ""), "delay_after_done")


async def _read_all(receive: Any) -> list[Message]:
    """Every message of the request body, kept to be handed to the app later."""
    messages = []
    while True:
        message = await receive()
        messages.append(message)
        if message["type"] != "http.request" or not message.get("more_body"):
            return messages


async def _drain(receive: Any) -> None:
    """Read the request body, as a server that fails after reading it would."""
    while True:
        message = await receive()
        if message["type"] != "http.request" or not message.get("more_body"):
            return


async def _plain(send: Any, status: int, text: bytes) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain"),
                            (b"content-length", str(len(text)).encode())]})
    await send({"type": "http.response.body", "body": text})


async def _broken(send: Any) -> None:
    """Promise a long answer, send a little of it, and stop: the connection breaks."""
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-length", b"100000")]})
    await send({"type": "http.response.body", "body": b"x" * 10, "more_body": True})
    raise ConnectionResetError("injected connection drop")
