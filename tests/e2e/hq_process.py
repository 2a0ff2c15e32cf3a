"""HQ in its own process, so a test can SIGKILL it (``python -m tests.e2e.hq_process``).

usage: python -m tests.e2e.hq_process HQ_DIR PORT [FAULTS_JSON [HITS_FILE]]
FAULTS_JSON: a list of {"path", "action", "times", "skip", "seconds"}.
HITS_FILE: each fault hit is appended to it as a line "PATH WHAT" (for the test to wait on).
Prints "ready" when it accepts connections.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import uvicorn

from hq.app import create_app
from hq.config import load
from hq.faults import Faults
from hq.server import bind, uvicorn_config


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


if __name__ == "__main__":
    main()
