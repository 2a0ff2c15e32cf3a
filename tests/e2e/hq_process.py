"""HQ in its own process, so a test can SIGKILL it (``python -m tests.e2e.hq_process``).

usage: python -m tests.e2e.hq_process HQ_DIR PORT [FAULTS_JSON]
FAULTS_JSON: a list of {"path", "action", "times", "skip", "seconds"}.
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


if __name__ == "__main__":
    main()
