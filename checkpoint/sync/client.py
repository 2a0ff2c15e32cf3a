"""The HTTPS client for HQ: pinned CA, signed requests, verified answers.

``requests`` is used with ``trust_env = False`` (``REQUESTS_CA_BUNDLE``,
``HTTPS_PROXY``, ``.netrc`` are ignored) and ``verify=`` the CA pinned at
enrollment; plain HTTP only when the development flag was given. Every answer on
``/v1`` must carry HQ's signature over the request's nonce, the status and the body;
one that does not is refused before anything in it is used.

Errors (all ``checkpoint.errors``): NetworkError (unreachable, timed out, reset, or HQ
failing with a 5xx: retry later), ProtocolError (TLS not from the pinned CA, a bad or
missing HQ signature, a malformed body), RemoteRejectedError (HQ refused the request:
signature, replay, rollback, fork, gap…), EnrollmentError (the enrollment code).
The clock offset to HQ is measured on every answer; requests are signed with the
corrected time, so a wrong workstation clock is reported but does not stop sync.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from checkpoint.errors import (
    Code,
    EnrollmentError,
    NetworkError,
    Param,
    ProtocolError,
    RemoteRejectedError,
    UsageError,
)
from checkpoint.sync.protocol import signing, wire

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = (5.0, 30.0)
ENROLLMENT_CODES = {"code_unknown", "code_used", "code_expired", "already_enrolled"}


class Clock:
    """The offset between HQ's clock and ours, learnt from every signed answer."""

    def __init__(self, source: Callable[[], float] = time.time) -> None:
        self.source = source
        self.offset: float | None = None
        self._lock = threading.Lock()

    def local(self) -> float:
        """This workstation's clock (never used to order anything)."""
        return self.source()

    def now(self) -> float:
        """Our best estimate of HQ's clock, for signing requests."""
        return self.source() + (self.offset or 0.0)

    def observe(self, server_time: float, sent: float, received: float) -> None:
        with self._lock:
            self.offset = server_time - (sent + received) / 2


@dataclass(frozen=True)
class Reply:
    status: int
    body: Any
    server_time: float


def check_url(url: str, plain_http: bool) -> str:
    """The base URL without a trailing slash. Raises UsageError for an unusable one."""
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise UsageError(f"{url!r} is not an HQ address like https://hq.example:8443.")
    if parts.scheme == "http" and not plain_http:
        raise UsageError("HQ must be reached over HTTPS; plain HTTP is only for development "
                         "(--dev-plain-http).")
    if parts.query or parts.fragment:
        raise UsageError(f"{url!r} must not have a query or fragment.")
    return url.rstrip("/")


class HqClient:
    """One workstation's connection to HQ. Not thread-safe: one per sync run."""

    def __init__(self, url: str, *, device: str, key: Ed25519PrivateKey,
                 hq_key: Ed25519PublicKey | None, ca_file: Path | None,
                 plain_http: bool = False, timeout: tuple[float, float] = DEFAULT_TIMEOUT,
                 clock: Clock | None = None) -> None:
        self.url = check_url(url, plain_http)
        self.device, self.key, self.hq_key = device, key, hq_key
        self.timeout = timeout
        self.clock = clock or Clock()
        self.session = requests.Session()
        self.session.trust_env = False  # no proxy, CA bundle or netrc from the environment
        self.session.proxies.clear()
        if self.url.startswith("https://"):
            if ca_file is None:
                raise UsageError("HQ's CA certificate is needed to reach HQ over HTTPS.")
            self.session.verify = str(ca_file)
        self.session.headers.update({"User-Agent": f"checkpoint/{wire.PROTOCOL}",
                                     "Accept": wire.MEDIA_TYPE})

    def close(self) -> None:
        close_session(self.session)

    def call(self, method: str, path: str, *, seq: int, body: bytes = b"",
             query: Mapping[str, str] | None = None, accept: Collection[int] = (200,),
             hq_key: Ed25519PublicKey | None = None) -> Reply:
        """Send one signed request; return the verified answer when its status is accepted.

        Raises NetworkError, ProtocolError, RemoteRejectedError or EnrollmentError.
        """
        target = path + (f"?{urlencode(dict(query))}" if query else "")
        for attempt in range(2):
            response, auth, sent, received = self._send(method, target, body, seq)
            try:
                reply = self._answer(response, auth, sent, received, accept, hq_key,
                                     may_retry=attempt == 0)
            except BaseException:
                response.close()
                raise
            if reply is not None:
                return reply
            log.warning("HQ refused the request time; retrying with HQ's clock")
        raise AssertionError("unreachable")

    def _answer(self, response: requests.Response, auth: signing.RequestAuth, sent: float,
                received: float, accept: Collection[int], hq_key: Ed25519PublicKey | None,
                *, may_retry: bool) -> Reply | None:
        """The verified answer; None when HQ refused the request's time and a retry with
        the clock offset just learnt may help; else raises what HQ's refusal stands for."""
        content = response.content
        if response.status_code >= 500 and wire.H_HQ_SIGNATURE not in response.headers:
            raise NetworkError(f"HQ is failing (HTTP {response.status_code}); the sync "
                               "will be retried.", code=Code.SYNC_HQ_FAILING,
                               params={"status": response.status_code})
        key = hq_key or self.hq_key
        if key is not None:  # verified before a byte of it is decoded
            server_time = signing.verify_response(key, auth.nonce, response.status_code,
                                                  content, response.headers)
            self.clock.observe(server_time, sent, received)
        value = wire.decode(content) if content else None
        if key is None:  # enrollment: the answer announces the key that signs it
            key = _offered_key(response.status_code, value)
            if key is not None:
                server_time = signing.verify_response(
                    key, auth.nonce, response.status_code, content, response.headers)
                self.clock.observe(server_time, sent, received)
            elif response.status_code == 200:
                raise ProtocolError("HQ's signing key is unknown; enroll first.")
            else:  # a refused enrollment: only the pinned TLS vouches for it
                server_time = self.clock.local()
        if response.status_code in accept:
            return Reply(response.status_code, value, server_time)
        code, message = _error_of(value)
        if code == "signature_expired" and may_retry:
            response.close()
            return None
        raise _classify(response.status_code, code, message)

    def _send(self, method: str, target: str, body: bytes,
              seq: int) -> tuple[requests.Response, signing.RequestAuth, float, float]:
        auth = signing.sign_request(self.key, method, target, body, self.device, seq,
                                    self.clock.now())
        headers = {**auth.headers(), "Content-Type": wire.MEDIA_TYPE}
        sent = self.clock.local()
        try:
            response = self.session.request(method, self.url + target, data=body,
                                            headers=headers, timeout=self.timeout,
                                            allow_redirects=False)
        except requests.exceptions.SSLError as e:
            raise ProtocolError(
                f"HQ at {self.url} did not prove itself with a certificate from the CA pinned "
                "at enrollment; nothing was sent. If HQ changed its CA, enroll again.",
                code=Code.SYNC_TLS, params={"url": self.url},
            ) from e
        except requests.exceptions.Timeout as e:
            raise NetworkError(f"HQ at {self.url} did not answer in time; the sync will be "
                               "retried.", code=Code.SYNC_TIMEOUT,
                               params={"url": self.url}) from e
        except requests.exceptions.RequestException as e:
            raise NetworkError(f"HQ at {self.url} cannot be reached ({type(e).__name__}); the "
                               "sync will be retried.", code=Code.SYNC_UNREACHABLE,
                               params={"url": self.url}) from e
        return response, auth, sent, self.clock.local()


def close_session(session: requests.Session) -> None:
    """Close a session and its connections now. (urllib3 2 leaves pooled connections to
    the garbage collector, so an exception kept with its traceback — a status bar's
    "last error" — would keep a socket to HQ open.)"""
    for adapter in session.adapters.values():
        pools: Any = getattr(getattr(adapter, "poolmanager", None), "pools", None)
        if pools is None:
            continue
        for key in list(pools.keys()):
            with contextlib.suppress(KeyError):
                pools[key].close()
    session.close()


def reachable(url: str, ca_file: Path | None, timeout: float = 3.0) -> bool:
    """Whether HQ at ``url`` answers its unsigned liveness check (``/healthz``) over TLS
    verified with the pinned CA. Never raises."""
    session = requests.Session()
    session.trust_env = False
    try:
        verify: str | bool = str(ca_file) if url.startswith("https://") and ca_file else False
        return session.get(url.rstrip("/") + "/healthz", verify=verify, timeout=timeout,
                           allow_redirects=False).ok
    except requests.RequestException:
        return False
    finally:
        close_session(session)


def _offered_key(status: int, value: Any) -> Ed25519PublicKey | None:
    """The signing key HQ announces in a successful enrollment answer (it signs that answer)."""
    if status != 200 or not isinstance(value, dict) or "signing_key" not in value:
        return None
    try:
        return Ed25519PublicKey.from_public_bytes(wire.unb64(value["signing_key"], "HQ's key"))
    except ValueError as e:
        raise ProtocolError("HQ's signing key in the enrollment answer is malformed.") from e


def _error_of(value: Any) -> tuple[str, str]:
    if isinstance(value, dict):
        return str(value.get("error", "")), str(value.get("message", ""))
    return "", ""


def _classify(status: int, code: str, message: str) -> Exception:
    """The error an HQ refusal stands for. HQ's machine code goes into the params
    (``hq_code``) for the caller to word; HQ's sentence stays in ``str()`` for the log
    and the command line."""
    text = message or f"HQ refused the request (HTTP {status})."
    params: dict[str, Param] = {"status": status, "hq_code": code or "unknown"}
    if status >= 500:
        return NetworkError(f"HQ is failing (HTTP {status}): {text} The sync will be retried.",
                            code=Code.SYNC_HQ_FAILING, params=params)
    if code in ENROLLMENT_CODES:
        return EnrollmentError(text, code=Code.ENROLL_REFUSED, params=params)
    if status in (401, 403, 409, 410, 429):
        return RemoteRejectedError(text, code=Code.SYNC_REFUSED, params=params)
    return ProtocolError(f"HQ could not accept the request (HTTP {status}): {text}",
                         code=Code.SYNC_REFUSED, params=params)
