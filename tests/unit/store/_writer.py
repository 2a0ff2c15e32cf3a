"""A writer for the SIGKILL test: commits records one by one, printing each id after commit.

usage: python _writer.py HOME COUNT
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("CHECKPOINT_KDF_CALIBRATION", "floor")

from checkpoint.services import journaled_records as records
from checkpoint.services.session import login


def main() -> None:
    home, count = Path(sys.argv[1]), int(sys.argv[2])
    session = login(home, "anna", "inspector pass 1")
    for i in range(count):
        doc = {"schema": "inspection.v1", "n": i, "remarks": "r" * 5000}
        rec, _ = records.put(session, "inspection", doc, {"document": {f"DOC{i}"}},
                             status="finalized", action="inspection.finalize")
        sys.stdout.write(rec.id + "\n")
        sys.stdout.flush()
    session.close()


if __name__ == "__main__":
    main()
