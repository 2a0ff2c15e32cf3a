"""HQ in its own process, so a test can SIGKILL it (``python -m tests.e2e.hq_process``).

usage: python -m tests.e2e.hq_process HQ_DIR PORT [FAULTS_JSON [HITS_FILE]]
FAULTS_JSON: a list of {"path", "action", "times", "skip", "seconds"}.
HITS_FILE: each fault hit is appended to it as a line "PATH WHAT" (for the test to wait on).
Prints "ready" when it accepts connections.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import uvicorn

from hq.app import create_app
from hq.config import load
from hq.faults import Faults
from hq.server import bind, uvicorn_config
from tests.helpers import wait_until


class _LoggedHits(list[tuple[str, str]]):
    """Fault hits, also appended to a file the test process reads."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def append(self, hit: tuple[str, str]) -> None:
        super().append(hit)
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(f"{hit[0]} {hit[1]}\n")


def main() -> None:
    folder, port = Path(sys.argv[1]), int(sys.argv[2])
    faults = Faults()
    for f in json.loads(sys.argv[3]) if len(sys.argv) > 3 else []:
        faults.add(f["path"], f["action"], times=f.get("times", 1), skip=f.get("skip", 0),
                   seconds=f.get("seconds", 0.0))
    if len(sys.argv) > 4:
        faults.hits = _LoggedHits(Path(sys.argv[4]))
    config = load(folder)
    sock = bind("127.0.0.1", port)
    server = uvicorn.Server(uvicorn_config(create_app(config, faults=faults), config))
    print("ready", flush=True)
    server.run(sockets=[sock])


ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start(folder: Path, port: int, faults: list[dict[str, Any]] | None = None,
          hits: Path | None = None, *, serve: bool = False) -> Any:
    """Start HQ of ``folder`` in a new process on ``port``; return once it accepts.
    ``hits``: a file the process appends its fault hits to. With ``serve``: the real
    `checkpoint-hq serve` command (no fault injection)."""
    args = (["-m", "hq", "--dir", str(folder), "serve", "--port", str(port)] if serve
            else ["-m", "tests.e2e.hq_process", str(folder), str(port), json.dumps(faults or []),
                  *([str(hits)] if hits else [])])
    proc = subprocess.Popen([sys.executable, *args], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() in (
        "ready", f"HQ serving on https://127.0.0.1:{port}")
    proc.stdout.close()

    def accepts() -> bool:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return True
        except OSError:
            return False

    wait_until(accepts, 30, what="HQ to accept connections")
    return proc


if __name__ == "__main__":
    main()
