"""Smoke test of a built workstation program (the bundle or the installed package).

Standard library only, so that it also runs on a bare Debian next to the installed
package: ``python3 tests/bundle/smoke.py /usr/bin/checkpoint``. It runs the program as
a user would, in a temporary workstation folder, with nothing of the source tree:

- ``checkpoint --version`` names the program, the schema, SQLCipher and Qt;
- ``checkpoint init`` makes a workstation, ``checkpoint audit verify`` finds its
  journal intact;
- the app, started offscreen on that workstation, paints its login window. Qt's own
  ``qt.widgets.painting`` log says when a window is drawn and names its widget
  (``LoginDialog``), so nothing in the program is there for the test.
"""

from __future__ import annotations

import os
import queue
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import NamedTuple

SUPERVISOR, PASSWORD = "chief", "correct horse battery"
LOGIN_PAINTED = re.compile(r"Drawing .* of LoginDialog\(")


def environment(**extra: str) -> dict[str, str]:
    """A plain user's environment: no PYTHONPATH, no virtualenv; fast key derivation."""
    keep = {k: v for k, v in os.environ.items()
            if k in ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "USER", "DISPLAY",
                      "XAUTHORITY", "XDG_RUNTIME_DIR")}
    return {**keep, "CHECKPOINT_KDF_CALIBRATION": "floor", **extra}


def run(program: str, *args: str, stdin: str = "", cwd: Path | None = None,
        timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([program, *args], input=stdin, capture_output=True, text=True,
                          timeout=timeout, env=environment(), cwd=cwd)


def check_version(program: str) -> list[str]:
    out = run(program, "--version")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert re.fullmatch(r"checkpoint \d+\.\d+\.\d+\S*", lines[0]), lines
    assert re.fullmatch(r"schema \d+ \(\S+\)", lines[1]), lines
    assert re.fullmatch(r"SQLCipher 4\.\d+\.\d+ community \(SQLite 3\.\d+\.\d+\)", lines[2]), lines
    assert re.fullmatch(r"Qt 6\.\d+\.\d+ \(PySide6 6\.\d+\.\d+\)", lines[3]), lines
    return lines


def check_init_and_audit(program: str, home: Path) -> str:
    out = run(program, "--home", str(home), "init", "--supervisor", SUPERVISOR,
              "--password-stdin", stdin=PASSWORD + "\n", cwd=home.parent)
    assert out.returncode == 0 and "created" in out.stdout, out.stdout + out.stderr
    out = run(program, "--home", str(home), "audit", "verify", "--as", SUPERVISOR,
              "--password-stdin", stdin=PASSWORD + "\n", cwd=home.parent)
    assert out.returncode == 0, out.stdout + out.stderr
    assert re.fullmatch(r"journal intact: \d+ entries", out.stdout.strip()), out.stdout
    return out.stdout.strip()


def check_screening(program: str, home: Path) -> dict[str, object]:
    """The screening core runs in the built program (its compiled parts, rapidfuzz and
    rigour, are there): a person screened against no list is no hit, with no candidate."""
    import json

    out = run(program, "--home", str(home), "screen", "--surname", "Шевченко", "--given",
              "Тарас", "--birth", "1961-03-09", "--document", "FE123456", "--state", "UKR",
              "--as", SUPERVISOR, "--password-stdin", "--json", stdin=PASSWORD + "\n",
              cwd=home.parent)
    assert out.returncode == 0, out.stdout + out.stderr
    result = json.loads(out.stdout)
    assert result["schema"] == "screening-result.v1" and result["hit"] is False, result
    assert result["candidates"] == [], result
    return dict(result)


def start_app(program: str, home: Path, platform: str = "offscreen") -> subprocess.Popen[str]:
    env = environment(QT_QPA_PLATFORM=platform, QT_LOGGING_RULES="qt.widgets.painting=true")
    return subprocess.Popen([program, "--home", str(home)], stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            env=env, cwd=home.parent)


class Paint(NamedTuple):
    wall_s: float  # from the start of the process to the paint
    cpu_s: float  # processor time the process used until then (all threads; 10 ms steps)
    line: str  # what Qt logged


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wait_for_paint(proc: subprocess.Popen[str], pattern: re.Pattern[str],
                   timeout: float = 90) -> Paint:
    """Time until the process logs the paint ``pattern`` names; then it is stopped.

    Raises AssertionError with what it printed when it exits or times out first.
    """
    assert proc.stderr is not None
    lines: queue.Queue[str] = queue.Queue()
    reader = threading.Thread(
        target=lambda: [lines.put(x) for x in proc.stderr or ()] + [lines.put("")], daemon=True)
    reader.start()
    start, seen = time.monotonic(), []
    try:
        while (left := timeout - (time.monotonic() - start)) > 0:
            try:
                line = lines.get(timeout=left)
            except queue.Empty:
                break
            if not line:
                break
            if pattern.search(line):
                return Paint(time.monotonic() - start, _cpu_seconds(proc.pid), line.strip())
            if not line.startswith("qt.widgets.painting"):
                seen.append(line.rstrip())
        raise AssertionError(f"no paint of {pattern.pattern} (exit {proc.poll()}):\n"
                             + "\n".join(seen[-30:]))
    finally:
        proc.kill()
        proc.wait(10)
        reader.join(10)
        proc.stderr.close()


def check_login_window(program: str, home: Path, platform: str = "offscreen") -> Paint:
    return wait_for_paint(start_app(program, home, platform), LOGIN_PAINTED)


def main(argv: list[str]) -> int:
    program = argv[1] if len(argv) > 1 else "checkpoint"
    program = str(Path(program).resolve()) if "/" in program else program
    platforms = argv[2:] or ["offscreen"]
    with tempfile.TemporaryDirectory(prefix="checkpoint-smoke-") as tmp:
        home = Path(tmp) / "ws"
        print("\n".join(check_version(program)))
        print(check_init_and_audit(program, home))
        check_screening(program, home)
        print("screening: no list, no hit")
        for platform in platforms:
            took = check_login_window(program, home, platform)
            print(f"login window painted ({platform}) after {took.wall_s:.2f} s "
                  f"({took.cpu_s:.2f} s of processor time)")
    print("smoke: 5 passed, 0 failed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
