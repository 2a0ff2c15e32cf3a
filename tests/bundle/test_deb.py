"""``make deb``: the package's files, links, desktop entry and dependencies.

(Installing it on a bare Debian 12 is checked with ``../shared/tools/fresh-debian``,
see the README; here the package is built, read and unpacked.)
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

import checkpoint
from tests.bundle.buildtools import build_module

deb = build_module("deb")


@pytest.fixture(scope="module")
def package(bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("deb")
    assert deb.main(["--bundle", str(bundle), "--out", str(out), "--compression", "zstd"]) == 0
    [built] = out.glob("checkpoint_*.deb")
    return built


def _field(control: str, name: str) -> str:
    return next(line.split(": ", 1)[1] for line in control.splitlines()
                if line.startswith(name + ": "))


def _depends(package: Path) -> list[str]:
    control = subprocess.run(["dpkg-deb", "-f", str(package)], capture_output=True, text=True,
                             check=True).stdout
    return [d.split(" ")[0] for d in _field(control, "Depends").split(", ")]


def test_the_package_installs_the_bundle_a_command_and_a_desktop_entry(
        package: Path, tmp_path: Path) -> None:
    assert package.name.startswith(f"checkpoint_{checkpoint.__version__}_")
    control = subprocess.run(["dpkg-deb", "-f", str(package)], capture_output=True, text=True,
                             check=True).stdout
    assert _field(control, "Package") == "checkpoint"
    assert _field(control, "Version") == checkpoint.__version__
    assert set(deb.declared_depends()) <= set(_depends(package))
    listing = subprocess.run(["dpkg-deb", "-c", str(package)], capture_output=True, text=True,
                             check=True).stdout
    assert "./usr/bin/checkpoint -> /opt/checkpoint/checkpoint" in listing
    assert "-rwxr-xr-x root/root" in next(line for line in listing.splitlines()
                                          if line.endswith("./opt/checkpoint/checkpoint"))

    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(package), str(root)], check=True)
    desktop = (root / "usr/share/applications/checkpoint.desktop").read_text(encoding="utf-8")
    assert "Exec=/usr/bin/checkpoint\n" in desktop and "Icon=checkpoint\n" in desktop
    icon = root / "usr/share/icons/hicolor/scalable/apps/checkpoint.svg"
    assert icon.read_bytes().startswith(b"<svg")
    out = subprocess.run([str(root / "opt/checkpoint/checkpoint"), "--version"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and out.stdout.startswith("checkpoint "), out.stderr


def test_every_library_the_bundle_links_to_is_inside_it_or_a_dependency(
        bundle: Path, package: Path) -> None:
    outside = deb.linked_packages(bundle)
    assert set(outside) - deb.BASE <= set(_depends(package))
    assert "libc6" in _depends(package)
    # the X11/xcb stack is the system's (never a copy from the build machine)
    assert "libxcb-cursor0" in outside and "libx11-6" in outside
