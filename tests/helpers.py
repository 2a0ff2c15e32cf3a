"""Helpers the tests share (not fixtures)."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Sequence
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest


def run_cli(args: Sequence[str], stdin: str = "", home: Path | None = None,
            monkeypatch: pytest.MonkeyPatch | None = None) -> tuple[int, str, str]:
    """Run ``checkpoint`` in this process; return (exit code, stdout, stderr)."""
    from checkpoint.cli import main

    argv = list(args)
    if home is not None:
        argv = ["--home", str(home), *argv]
    out, err = io.StringIO(), io.StringIO()
    old_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        with redirect_stdout(out), redirect_stderr(err):
            code = main(argv)
    finally:
        sys.stdin = old_stdin
    return code, out.getvalue(), err.getvalue()


def run_cli_process(args: Sequence[str], stdin: str = "", home: Path | None = None,
                    timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run ``checkpoint`` as a separate process (to see exactly what a user sees)."""
    argv = [sys.executable, "-m", "checkpoint.cli", *args]
    if home is not None:
        argv[3:3] = ["--home", str(home)]
    return subprocess.run(argv, input=stdin, capture_output=True, text=True, timeout=timeout)
