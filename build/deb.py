"""Package the workstation bundle as a Debian package: ``make deb``.

``build/dist/checkpoint_<version>_<arch>.deb`` installs

- the bundle (``build/dist/checkpoint/``, from ``make bundle``) under ``/opt/checkpoint``,
- ``/usr/bin/checkpoint``, a link to ``/opt/checkpoint/checkpoint``,
- a desktop entry and the program's icon (``/usr/share/applications``,
  ``/usr/share/icons/hicolor/scalable/apps``),

and depends on the system libraries Qt needs (``build/install-system-deps.sh --list
app``: the bundle leaves them out, see ``build/bundle_filter.py``) plus the package of
every other system library a bundled file links to, found here the way
``dpkg-shlibdeps`` would (``ldconfig -p`` then ``dpkg -S``). A library that a bundled
file needs and that neither the bundle nor this machine has stops the build: the
package would not start where it is installed.

Usage: ``python build/deb.py [--bundle DIR] [--out DIR] [--compression xz|gzip|zstd|none]``
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build"))
from bundle_filter import needed  # noqa: E402

DESKTOP = """[Desktop Entry]
Type=Application
Version=1.5
Name=Checkpoint
GenericName=Checkpoint workstation
GenericName[uk]=Робоче місце пункту пропуску
Comment=Record inspections at a border or customs checkpoint, offline, and sync with HQ
Comment[uk]=Облік оглядів на пункті пропуску без мережі, з синхронізацією зі штабом
Exec=/usr/bin/checkpoint
Icon=checkpoint
Terminal=false
Categories=Office;Database;Qt;
Keywords=border;customs;inspection;checkpoint;
StartupWMClass=checkpoint
"""

DESCRIPTION = """\
workstation client for border and customs checkpoints
 Inspectors record inspections into a local encrypted store (SQLCipher) with no
 network at all; supervisors review them; the workstation synchronizes with
 headquarters when the link returns. A self-contained build (Python, Qt) under
 /opt/checkpoint; the command `checkpoint` starts the app or administers the
 workstation."""

# what every Debian system has and what a bundled file may link to without a Depends
BASE = {"libc6"}


def version() -> str:
    text = (ROOT / "checkpoint" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"$', text, re.MULTILINE)
    if not found:
        raise SystemExit("deb: no __version__ in checkpoint/__init__.py")
    return found.group(1)


def declared_depends() -> list[str]:
    out = subprocess.run([str(ROOT / "build" / "install-system-deps.sh"), "--list", "app"],
                         capture_output=True, text=True, check=True)
    return out.stdout.split()


def _elf_files(bundle: Path) -> list[Path]:
    found = []
    for p in sorted(bundle.rglob("*")):
        if p.is_file() and not p.is_symlink():
            with p.open("rb") as fh:
                if fh.read(4) == b"\x7fELF":
                    found.append(p)
    return found


def _system_libraries() -> dict[str, str]:
    """soname → path, for this machine's architecture, from the loader's cache."""
    out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    libs: dict[str, str] = {}
    for m in re.finditer(r"^\s*(\S+) \(([^)]*)\) => (\S+)$", out, re.MULTILINE):
        soname, flags, path = m.groups()
        if ("x86-64" in flags) == (os.uname().machine == "x86_64"):
            libs.setdefault(soname, path)
    return libs


def _packages_of(paths: Iterable[str]) -> dict[str, str]:
    """path → the installed package that owns it, by one ``dpkg -S`` (trying the path as
    given, resolved, and in /lib and /usr/lib, which merged-/usr systems mix)."""
    forms = {p: list(dict.fromkeys([p, os.path.realpath(p), p.replace("/usr/lib/", "/lib/", 1),
                                    p.replace("/lib/", "/usr/lib/", 1)])) for p in paths}
    every = sorted({f for fs in forms.values() for f in fs})
    if not every:
        return {}
    out = subprocess.run(["dpkg", "-S", *every], capture_output=True, text=True).stdout
    owner: dict[str, str] = {}
    for line in out.splitlines():
        package, _, path = line.partition(": ")
        if path:
            owner[path.strip()] = package.split(",")[0].split(":")[0].strip()
    return {p: next(owner[f] for f in fs if f in owner)
            for p, fs in forms.items() if any(f in owner for f in fs)}


def linked_packages(bundle: Path) -> dict[str, set[str]]:
    """Package → the sonames it provides that bundled files link to (outside the bundle).

    Raises SystemExit naming what is missing when a library is nowhere to be found.
    """
    inside = {p.name for p in bundle.rglob("*")}
    users: dict[str, list[str]] = {}
    for elf, sonames in needed(str(p) for p in _elf_files(bundle)).items():
        for soname in sonames:
            if soname not in inside:
                users.setdefault(soname, []).append(str(Path(elf).relative_to(bundle)))
    system = _system_libraries()
    owners = _packages_of(system[so] for so in users if so in system)
    packages: dict[str, set[str]] = {}
    missing = {}
    for soname, where in users.items():
        package = owners.get(system.get(soname, ""))
        if package is None:
            missing[soname] = where
        else:
            packages.setdefault(package, set()).add(soname)
    if missing:
        lines = [f"  {so} (needed by {', '.join(where[:3])})" for so, where in missing.items()]
        raise SystemExit("deb: libraries needed by the bundle are neither in it nor installed "
                         "here from a package (run build/install-system-deps.sh app):\n"
                         + "\n".join(lines))
    return packages


def depends(bundle: Path, linked: Iterable[str] | None = None) -> list[str]:
    """The package's Depends: glibc, the declared packages, then the linked ones."""
    glibc = os.confstr("CS_GNU_LIBC_VERSION") or "glibc 2.36"
    found = sorted(p for p in (linked_packages(bundle) if linked is None else linked)
                   if p not in BASE)
    return [f"libc6 (>= {glibc.split()[-1]})", *dict.fromkeys(declared_depends() + found)]


def _installed_size_kib(root: Path) -> int:
    return sum(p.lstat().st_size for p in root.rglob("*")) // 1024 + 1


def stage(bundle: Path, root: Path, deps: list[str]) -> None:
    if root.exists():
        shutil.rmtree(root)
    opt = root / "opt" / "checkpoint"
    shutil.copytree(bundle, opt, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "checkpoint").symlink_to("/opt/checkpoint/checkpoint")
    apps = root / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    (apps / "checkpoint.desktop").write_text(DESKTOP, encoding="utf-8")
    icons = root / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps"
    icons.mkdir(parents=True)
    shutil.copyfile(ROOT / "resources" / "icons" / "checkpoint.svg", icons / "checkpoint.svg")
    doc = root / "usr" / "share" / "doc" / "checkpoint"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "Checkpoint workstation client. Proprietary; see the project's licence terms.\n"
        "Bundled third-party components (Python, Qt via PySide6, SQLCipher, OpenSSL and\n"
        "the Python packages listed in /opt/checkpoint/_internal/*.dist-info) keep their\n"
        "own licences.\n", encoding="utf-8")
    for p in [root, *root.rglob("*")]:
        if not p.is_symlink():
            mode = 0o755 if p.is_dir() or os.access(p, os.X_OK) else 0o644
            p.chmod(mode)
    control = root / "DEBIAN"
    control.mkdir()
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()
    (control / "control").write_text(
        f"Package: checkpoint\nVersion: {version()}\nArchitecture: {arch}\n"
        "Maintainer: Checkpoint maintainers <checkpoint@localhost>\n"
        f"Installed-Size: {_installed_size_kib(root)}\n"
        f"Depends: {', '.join(deps)}\n"
        "Section: misc\nPriority: optional\n"
        f"Description: {DESCRIPTION}\n", encoding="utf-8")
    control.chmod(0o755)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "build" / "dist" / "checkpoint")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "dist")
    parser.add_argument("--compression", default="xz", choices=["xz", "gzip", "zstd", "none"])
    args = parser.parse_args(argv)
    if not (args.bundle / "checkpoint").is_file():
        raise SystemExit(f"deb: no bundle in {args.bundle}: run make bundle first")
    deps = depends(args.bundle)
    root = ROOT / "build" / "work" / "deb-root"
    stage(args.bundle, root, deps)
    arch = (root / "DEBIAN" / "control").read_text().split("Architecture: ")[1].split()[0]
    out = args.out / f"checkpoint_{version()}_{arch}.deb"
    args.out.mkdir(parents=True, exist_ok=True)
    subprocess.run(["dpkg-deb", "--root-owner-group", f"-Z{args.compression}", "--build",
                    str(root), str(out)], check=True, stdout=subprocess.DEVNULL)
    shutil.rmtree(root)
    print(f"deb: {out} ({out.stat().st_size / 2**20:.1f} MiB); Depends: {', '.join(deps)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
