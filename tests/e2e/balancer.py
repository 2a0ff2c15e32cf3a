"""A round-robin TCP load balancer on loopback, as a country would put in front of
several HQ processes: each new connection goes to the next backend, bytes are passed
through untouched (TLS ends at HQ)."""

from __future__ import annotations

import contextlib
import itertools
import socket
import threading
from collections import Counter


class Balancer:
    def __init__(self, backends: list[int]) -> None:
        self.backends = backends
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.sock.getsockname()[1])
        self.connections: Counter[int] = Counter()
        self._next = itertools.cycle(backends)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True, name="balancer")

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def start(self) -> Balancer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)
        self.sock.close()
        self._thread.join(10)

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            port = next(self._next)
            self.connections[port] += 1
            try:
                upstream = socket.create_connection(("127.0.0.1", port), timeout=10)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            threading.Thread(target=_pipe, args=(client, upstream), daemon=True).start()


def _pipe(client: socket.socket, upstream: socket.socket) -> None:
    back = threading.Thread(target=_pump, args=(upstream, client), daemon=True)
    back.start()
    _pump(client, upstream)
    back.join()
    client.close()
    upstream.close()


def _pump(src: socket.socket, dst: socket.socket) -> None:
    with contextlib.suppress(OSError):
        while data := src.recv(65536):
            dst.sendall(data)
    with contextlib.suppress(OSError):
        dst.shutdown(socket.SHUT_WR)
