"""Bundle figures (issue 13), each with its same-run baseline; prints one JSON object.

    python bench/bundle.py [--starts 15] [--reuse]

- build time of the bundle (``pyinstaller --clean`` of ``build/checkpoint.spec``, after
  the Qt forms are compiled), into a folder of its own;
- its size on disk, compressed (``tar`` + gzip -6, and the ``.deb`` from ``make deb`` when
  there is one), and its largest parts;
- cold start of the bundled app to its login window's first paint, against a bare
  PySide6 window frozen the same way (same spec options and filter, same PyInstaller)
  and started the same way (a new process, offscreen platform, until Qt logs the
  window's first paint), interleaved in the same run: ratio of the medians;
- ``checkpoint --version`` of the bundle against ``checkpoint --help`` (which loads no
  Qt at all), same run.

``--reuse`` keeps an existing ``build/dist/checkpoint`` (no build-time figure).
"""

from __future__ import annotations

import argparse
import io
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _util import ROOT, emit, percentiles

from tests.bundle import smoke

PYINSTALLER = str(Path(sys.executable).parent / "pyinstaller")

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
w = QWidget(); w.setObjectName("BareWindow"); w.resize(420, 200); w.show()
app.exec()
"""
BARE_SPEC = """
import sys
sys.path.insert(0, {build!r})
import bundle_filter
a = Analysis([{script!r}], excludes=bundle_filter.EXCLUDED_MODULES, optimize=0)
a.binaries = bundle_filter.keep(a.binaries)
a.datas = bundle_filter.keep(a.datas)
pyz = PYZ(a.pure)
exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name="bare", strip=True, upx=False,
          console=True)
COLLECT(exe, a.binaries, a.datas, strip=True, upx=False, name="bare")
"""
BARE_PAINTED = re.compile(r'Drawing .* of QWidget\(0x[0-9a-f]+, name="BareWindow"\)')


def pyinstaller(spec: Path, dist: Path, work: Path) -> float:
    start = time.perf_counter()
    subprocess.run([PYINSTALLER, "--noconfirm", "--clean", "--log-level", "ERROR",
                    "--distpath", str(dist), "--workpath", str(work), str(spec)], check=True)
    return time.perf_counter() - start


def sizes(folder: Path) -> dict[str, Any]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    total = sum(p.stat().st_size for p in files)
    buf = io.BytesIO()
    start = time.perf_counter()
    with tarfile.open(fileobj=buf, mode="w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=folder.name)
    gz_s = time.perf_counter() - start
    parts: Counter[str] = Counter()
    for p in files:
        rel = p.relative_to(folder).parts
        key = "/".join(rel[:4]) if rel[1:2] == ("PySide6",) else "/".join(rel[:2])
        parts[key] += p.stat().st_size
    debs = sorted((ROOT / "build" / "dist").glob("checkpoint_*.deb"))
    mb = 1_000_000
    return {
        "files": len(files), "on_disk_mb": round(total / mb, 1),
        "tar_gz_mb": round(len(buf.getvalue()) / mb, 1), "tar_gz_s": round(gz_s, 1),
        "deb_mb": round(debs[-1].stat().st_size / mb, 1) if debs else None,
        "largest_parts_mb": {k: round(v / mb, 1) for k, v in parts.most_common(14)},
        "largest_files_mb": {str(p.relative_to(folder)): round(p.stat().st_size / mb, 1)
                             for p in sorted(files, key=lambda p: -p.stat().st_size)[:8]},
    }


def cold_starts(program: str, bare: str, home: Path, n: int) -> dict[str, Any]:
    def app_once() -> smoke.Paint:
        return smoke.wait_for_paint(smoke.start_app(program, home), smoke.LOGIN_PAINTED, 60)

    def bare_once() -> smoke.Paint:
        env = smoke.environment(QT_QPA_PLATFORM="offscreen",
                                QT_LOGGING_RULES="qt.widgets.painting=true")
        proc = subprocess.Popen([bare], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True, env=env, cwd=home.parent)
        return smoke.wait_for_paint(proc, BARE_PAINTED, 60)

    app_once(), bare_once()  # the page cache holds both
    apps, bares = [], []
    for _ in range(n):  # interleaved: drift affects both alike
        bares.append(bare_once())
        apps.append(app_once())
    a, b = percentiles([x.wall_s for x in apps]), percentiles([x.wall_s for x in bares])
    ac = percentiles([x.cpu_s for x in apps])
    bc = percentiles([x.cpu_s for x in bares])
    return {"bundled_app_login": a, "bare_frozen_window": b,
            "ratio_p50": round(a["p50_ms"] / b["p50_ms"], 2),
            "processor_time": {"bundled_app_login": ac, "bare_frozen_window": bc,
                               "ratio_p50": round(ac["p50_ms"] / bc["p50_ms"], 2)}}


def version_cost(program: str, n: int) -> dict[str, Any]:
    def once(arg: str) -> float:
        start = time.perf_counter()
        subprocess.run([program, arg], capture_output=True, check=True, env=smoke.environment())
        return time.perf_counter() - start

    once("--version"), once("--help")
    versions, helps = [], []
    for _ in range(n):
        helps.append(once("--help"))
        versions.append(once("--version"))
    v, h = percentiles(versions), percentiles(helps)
    return {"version": v, "help_baseline": h, "ratio_p50": round(v["p50_ms"] / h["p50_ms"], 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--starts", type=int, default=15)
    parser.add_argument("--reuse", action="store_true")
    args = parser.parse_args()
    figures: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as tmp:
        t = Path(tmp)
        subprocess.run([sys.executable, str(ROOT / "build" / "compile_qt.py")], check=True,
                       stdout=subprocess.DEVNULL)
        if args.reuse:
            folder = ROOT / "build" / "dist" / "checkpoint"
        else:
            figures["build_s"] = round(pyinstaller(ROOT / "build" / "checkpoint.spec",
                                                   t / "dist", t / "work"), 1)
            folder = t / "dist" / "checkpoint"
        figures["bundle"] = sizes(folder)
        (t / "bare.py").write_text(BARE, encoding="utf-8")
        spec = t / "bare.spec"
        spec.write_text(BARE_SPEC.format(build=str(ROOT / "build"), script=str(t / "bare.py")),
                        encoding="utf-8")
        figures["bare_build_s"] = round(pyinstaller(spec, t / "bare-dist", t / "bare-work"), 1)
        figures["bare_on_disk_mb"] = sizes(t / "bare-dist" / "bare")["on_disk_mb"]
        program = str(folder / "checkpoint")
        home = t / "ws"
        smoke.check_init_and_audit(program, home)
        figures["cold_start"] = cold_starts(program, str(t / "bare-dist" / "bare" / "bare"),
                                            home, args.starts)
        figures["version_cli"] = version_cost(program, args.starts)
        shutil.rmtree(t / "work", ignore_errors=True)
    figures["load_average"] = os.getloadavg()
    emit(figures)


if __name__ == "__main__":
    main()
