"""HQ in its own process, so a test can SIGKILL it (``python -m tests.e2e.hq_process``).

usage: python -m tests.e2e.hq_process HQ_DIR PORT [FAULTS_JSON]
FAULTS_JSON: a list of {"path", "action", "times", "skip", "seconds"}.
Prints "ready" when it accepts connections.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import uvicorn

from hq.app import create_app
from hq.config import load
from hq.faults import Faults
from hq.server import bind, uvicorn_config


def main() -> None:
    folder, port = Path(sys.argv[1]), int(sys.argv[2])
    faults = Faults()
    for f in json.loads(sys.argv[3]) if len(sys.argv) > 3 else []:
        faults.add(f["path"], f["action"], times=f.get("times", 1), skip=f.get("skip", 0),
                   seconds=f.get("seconds", 0.0))
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


def start(folder: Path, port: int, faults: list[dict[str, Any]] | None = None, *,
          serve: bool = False) -> Any:
    """Start HQ of ``folder`` in a new process on ``port``; return once it accepts.
    With ``serve``: the real `checkpoint-hq serve` command (no fault injection)."""
    args = (["-m", "hq", "--dir", str(folder), "serve", "--port", str(port)] if serve
            else ["-m", "tests.e2e.hq_process", str(folder), str(port), json.dumps(faults or [])])
    proc = subprocess.Popen([sys.executable, *args], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() in (
        "ready", f"HQ serving on https://127.0.0.1:{port}")
    proc.stdout.close()
    deadline = time.monotonic() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return proc
        except OSError:
            assert time.monotonic() < deadline
            time.sleep(0.05)


if __name__ == "__main__":
    main()
