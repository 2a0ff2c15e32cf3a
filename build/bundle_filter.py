"""What the workstation bundle leaves out, and why (used by ``build/checkpoint.spec``).

PyInstaller's hooks collect every Qt plugin of the modules a program imports, every
Qt translation and every shared library the collected files link to. The program
uses QtCore, QtGui and QtWidgets (with QtSvg for its icons) on X11 (xcb) or
offscreen; the rest is dead weight, or worse: a GTK platform theme drags in all of
GTK, and system libraries copied from the build machine would shadow the ones the
Debian package depends on (and never get security updates).

- Python modules: HQ and its server stack, the test and development tools, Tk, and
  the Qt bindings the program never imports (``tests/bundle/test_contents.py`` fails when
  the program starts importing one of them).
- Qt plugins: platforms other than xcb and offscreen (Wayland, EGLFS, VNC, linuxfb,
  KMS), the GTK platform theme, evdev/tuio input, image formats no photo comes in,
  QtNetwork's TLS and network-information backends (the program talks HTTPS with
  ``requests``).
- Qt translations: all but Ukrainian (the program's languages are English, Qt's
  source language, and Ukrainian).
- System libraries that the Debian package depends on (X11/xcb, xkbcommon,
  fontconfig/freetype, GLib, D-Bus and what they link to): taken from the system.
- pycountry's gettext catalogues of country names (the program shows codes).
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterable
from typing import Any

EXCLUDED_MODULES = [
    # HQ stays a Python package
    "hq", "fastapi", "starlette", "uvicorn", "psycopg", "psycopg_binary", "pydantic",
    "pydantic_core", "anyio",
    # development and test tools
    "pytest", "_pytest", "pytestqt", "hypothesis", "mypy", "ruff", "importlinter", "grimp",
    "PyInstaller", "setuptools", "pkg_resources", "pip",
    # parts of the standard library no frozen program runs
    "tkinter", "_tkinter", "test", "lib2to3", "idlelib", "pydoc_data", "ensurepip", "venv",
    # requests detects a response's text encoding with charset_normalizer when chardet is
    # absent; HQ's replies are JSON in UTF-8 (chardet's models: 0.6 MB)
    "chardet",
    # Qt bindings the program does not use (requests does the HTTPS; no QML, no web view)
    "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick", "PySide6.QtWebChannel", "PySide6.QtWebSockets",
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtDesigner", "PySide6.QtUiTools",
    "PySide6.QtHelp", "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtXml",
    "PySide6.QtConcurrent", "PySide6.QtLabsStyleKit", "PySide6.QtQuickTest",
]

_QT = r"PySide6/Qt/"
_DROPPED = [
    # platforms: keep xcb (X11 and XWayland) and offscreen (headless smoke tests)
    _QT + r"plugins/platforms/(?!libqxcb\.so|libqoffscreen\.so)",
    _QT + r"plugins/(wayland-[^/]+|egldeviceintegrations|generic|networkinformation|tls)/",
    _QT + r"plugins/platformthemes/libqgtk3\.so",
    # image formats: photos come as JPEG, PNG (built in) or WebP; icons are SVG
    _QT + r"plugins/imageformats/(?!libqjpeg\.so|libqwebp\.so|libqsvg\.so)",
    _QT + r"lib/libQt6(WaylandClient|WaylandEglClientHwIntegration|WlShellIntegration"
    r"|EglFSDeviceIntegration|EglFsKmsSupport|EglFsKmsGbmSupport|Network|OpenGL|Qml\w*"
    r"|Quick\w*|Pdf\w*|VirtualKeyboard\w*)\.so",
    _QT + r"translations/(?!qtbase_uk\.qm|qt_uk\.qm)",
    r"pycountry/locales/",
    # rapidfuzz: the screening uses its Levenshtein only (distance/metrics_cpp*); its fuzz
    # and process modules fall back to their pure-Python versions if ever imported (5.1 MB)
    r"rapidfuzz/(fuzz_cpp\w*|process_cpp_impl)\.",
    # ... and one build of its metrics: the AVX2 one only speeds up batch comparisons
    # (cdist), the screening compares token pairs one at a time (3.0 MB)
    r"rapidfuzz/distance/metrics_cpp_avx2\.",
    # python-stdnum: only ISO 6346 (container numbers) is used, which reads no data file;
    # the others' tables (MAC vendors, IMSI, Chinese and Austrian places...) are 2.2 MB
    r"stdnum/.*\.dat$",
    # pycountry: countries and currencies are used; languages, subdivisions and scripts
    # are not (1.4 MB; pycountry reads a database on its first use)
    r"pycountry/databases/(iso639-3|iso639-5|iso3166-2|iso15924)\.json$",
    # CJK text codecs: the program reads and writes UTF-8 only (0.9 MB)
    r"python3\.11/lib-dynload/_codecs_(jp|hk|cn|kr|tw|iso2022)\.",
]

# Shared libraries that the Debian package's dependencies provide (build/deb.py checks that
# it depends on every package a bundled file needs), matched by soname prefix: they
# come from the system. What only they needed is left out with them (see ``keep``).
SYSTEM_LIBRARIES = (
    "libX11", "libXau", "libXdmcp", "libXext", "libXrender", "libXi", "libxcb", "libxkbcommon",
    "libfontconfig", "libfreetype", "libglib-2.0", "libgobject-2.0", "libgthread-2.0",
    "libgmodule-2.0", "libgio-2.0", "libdbus-1", "libGL", "libEGL", "libOpenGL",
)

_DROP = re.compile("|".join(f"(?:{p})" for p in _DROPPED))


def is_dropped(dest: str) -> bool:
    """True when a file at ``dest`` (its path inside the bundle) is left out."""
    name = dest.rsplit("/", 1)[-1]
    if "/" not in dest and name.startswith(SYSTEM_LIBRARIES):
        return True
    return _DROP.match(dest) is not None


def needed(paths: Iterable[str]) -> dict[str, list[str]]:
    """The sonames each ELF file links to (its DT_NEEDED entries), by ``objdump -p``
    (one run for up to 100 files)."""
    paths = list(paths)
    links: dict[str, list[str]] = {}
    for i in range(0, len(paths), 100):
        chunk = paths[i:i + 100]
        out = subprocess.run(["objdump", "-p", *chunk], capture_output=True, text=True,
                             check=True).stdout
        # each file's part starts with "\n<path>:     file format ..."
        for path, part in zip(chunk, re.split(r"^\S.*:\s+file format .*$", out,
                                              flags=re.MULTILINE)[1:], strict=True):
            links[path] = re.findall(r"^\s*NEEDED\s+(\S+)$", part, re.MULTILINE)
    return links


def keep(entries: Iterable[Any]) -> list[Any]:
    """The TOC entries (dest, source, kind) of the bundle, without the dropped ones.

    Then, repeatedly, a shared library at the top of the bundle (where PyInstaller puts
    the libraries it found as dependencies) that no kept file links to is dropped too:
    what only a dropped plugin or a system library needed goes with it.
    """
    # a symbolic link to a dropped file (PyInstaller links Qt's libraries to the top) goes too
    kept = [e for e in entries if not is_dropped(str(e[0]).replace("\\", "/"))
            and not (e[2] == "SYMLINK" and is_dropped(str(e[1]).replace("\\", "/")))]
    elves = {str(e[0]): str(e[1]) for e in kept
             if e[2] in ("BINARY", "EXTENSION") and _is_elf(str(e[1]))}
    found = needed(elves.values())
    links = {dest: set(found[src]) for dest, src in elves.items()}
    while True:
        wanted = set().union(*(links[d] for d in links))
        orphans = {d for d in links if "/" not in d and d.startswith("lib") and ".so" in d
                   and d not in wanted and not d.startswith(("libpython", "libQt6"))}
        if not orphans:
            break
        for d in orphans:
            del links[d]
        kept = [e for e in kept if str(e[0]) not in orphans]
    return kept


def _is_elf(path: str) -> bool:
    try:
        with open(path, "rb") as fh:  # noqa: PTH123 - a spec helper, paths are strings
            return fh.read(4) == b"\x7fELF"
    except OSError:
        return False
