"""Running HQ on uvicorn: in the foreground (``checkpoint-hq serve``) or in a thread
(tests and benchmarks), over HTTPS with HQ's certificate unless plain HTTP is asked
for development."""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
import time
from typing import Any

import uvicorn

from hq.config import HqConfig


def bind(host: str, port: int) -> socket.socket:
    """A listening socket (port 0 picks a free one)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def uvicorn_config(app: Any, config: HqConfig, *, plain_http: bool = False,
                   log_level: str = "warning") -> uvicorn.Config:
    # CERT_OPTIONAL: agencies present a client certificate from HQ's CA (mutual TLS);
    # workstations and the agencies' web inbox do not (they sign requests / log in)
    tls: dict[str, Any] = {} if plain_http else {
        "ssl_certfile": str(config.server_cert), "ssl_keyfile": str(config.server_key),
        "ssl_ca_certs": str(config.ca_cert), "ssl_cert_reqs": ssl.CERT_OPTIONAL}
    return uvicorn.Config(app, log_level=log_level, lifespan="off", access_log=False,
                          timeout_keep_alive=60, backlog=2048, **tls)


class ServerThread:
    """HQ served on a socket from a background thread; ``stop`` shuts it down cleanly."""

    def __init__(self, app: Any, config: HqConfig, host: str = "127.0.0.1", port: int = 0,
                 *, plain_http: bool = False) -> None:
        self.sock = bind(host, port)
        self.host, self.port = host, self.sock.getsockname()[1]
        self.server = uvicorn.Server(uvicorn_config(app, config, plain_http=plain_http))
        self.thread = threading.Thread(target=self._run, name="hq-server", daemon=True)
        self.scheme = "http" if plain_http else "https"

    @property
    def url(self) -> str:
        return f"{self.scheme}://{self.host}:{self.port}"

    def _run(self) -> None:
        self.server.run(sockets=[self.sock])

    def start(self, timeout: float = 30.0) -> ServerThread:
        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("HQ did not start")
            time.sleep(0.01)
        return self

    def stop(self, grace: float = 1.0) -> None:
        """Stop serving. A connection still open after ``grace`` seconds (a client that
        keeps an idle keep-alive connection and never reads again) is aborted: closing it
        politely would wait for the client's TLS close_notify, asyncio's 30 s."""
        self.server.should_exit = True
        self.thread.join(grace)
        for connection in list(self.server.server_state.connections):
            loop, transport = getattr(connection, "loop", None), getattr(
                connection, "transport", None)
            if loop is not None and transport is not None:
                with contextlib.suppress(RuntimeError):  # the loop has just ended
                    loop.call_soon_threadsafe(transport.abort)
        self.thread.join(30)
        with contextlib.suppress(OSError):
            self.sock.close()
