"""Approve every waiting case as the supervisor, one transaction each, saying so after
each (a test SIGKILLs this process in the middle).

usage: python -m tests.e2e.approve_all HOME   (the supervisor's password on stdin)
"""

from __future__ import annotations

import sys
from pathlib import Path

from checkpoint.services.cases import offences
from checkpoint.services.session import login
from tests.conftest import SUPERVISOR


def main() -> None:
    password = sys.stdin.readline().rstrip("\n")
    with login(Path(sys.argv[1]), SUPERVISOR, password) as s:
        for case in offences.waiting(s):
            offences.approve(s, case.id, offences.digest(case))
            print(case.id, flush=True)


if __name__ == "__main__":
    main()
