"""Helpers the tests share (not fixtures)."""

from __future__ import annotations

import io
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
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


def wait_until(pred: Callable[[], object], timeout: float = 60.0, *, what: str = "it",
               interval: float = 0.02) -> None:
    """Poll ``pred`` until it is true; fail the test after ``timeout`` seconds.

    The one way tests wait for another thread or process (never a fixed sleep)."""
    deadline = time.monotonic() + timeout
    while not pred():
        if time.monotonic() > deadline:
            pytest.fail(f"gave up after {timeout:g} s waiting for {what}")
        time.sleep(interval)
