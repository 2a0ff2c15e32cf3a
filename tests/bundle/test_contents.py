"""The bundle is lean: what the program does not use is left out, and nothing it uses."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.bundle.buildtools import ROOT, build_module

bundle_filter = build_module("bundle_filter")


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
    return names


def test_the_program_imports_nothing_the_bundle_leaves_out() -> None:
    excluded = tuple(bundle_filter.EXCLUDED_MODULES)
    used = {name: str(p.relative_to(ROOT)) for p in (ROOT / "checkpoint").rglob("*.py")
            for name in _imports(p)}
    wrong = {n: where for n, where in used.items()
             if n in excluded or n.startswith(tuple(e + "." for e in excluded))}
    assert wrong == {}, "build/bundle_filter.py leaves out a module the program imports"


def test_the_filter_keeps_what_the_program_needs_and_drops_the_rest() -> None:
    dropped = bundle_filter.is_dropped
    for kept in ("PySide6/Qt/plugins/platforms/libqxcb.so",
                 "PySide6/Qt/plugins/platforms/libqoffscreen.so",
                 "PySide6/Qt/plugins/imageformats/libqjpeg.so",
                 "PySide6/Qt/plugins/imageformats/libqsvg.so",
                 "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
                 "PySide6/Qt/lib/libQt6Widgets.so.6", "PySide6/Qt/lib/libQt6Svg.so.6",
                 "PySide6/Qt/translations/qtbase_uk.qm", "libpython3.11.so.1.0",
                 "checkpoint/gui/translations/checkpoint_uk.qm"):
        assert not dropped(kept), kept
    for gone in ("PySide6/Qt/plugins/platforms/libqwayland.so",
                 "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
                 "PySide6/Qt/plugins/imageformats/libqtiff.so",
                 "PySide6/Qt/lib/libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Qml.so.6",
                 "PySide6/Qt/translations/qtbase_de.qm", "libX11.so.6", "libxcb-cursor.so.0",
                 "libglib-2.0.so.0", "pycountry/locales/uk/LC_MESSAGES/iso3166-1.mo"):
        assert dropped(gone), gone


def test_the_built_bundle_has_none_of_the_parts_left_out(bundle: Path) -> None:
    from PyInstaller.archive.readers import CArchiveReader

    files = [str(p.relative_to(bundle / "_internal")) for p in (bundle / "_internal").rglob("*")]
    heavy = ("Quick", "Qml", "WebEngine", "Wayland", "gtk", "gdk", "Pdf", "Network")
    assert [f for f in files if any(h in f.rsplit("/", 1)[-1] for h in heavy)] == []
    assert [f for f in files if bundle_filter.is_dropped(f)] == []
    assert not (bundle / "_internal" / "hq").exists()
    modules = list(CArchiveReader(str(bundle / "checkpoint")).open_embedded_archive("PYZ.pyz").toc)
    assert "checkpoint.gui.main_window" in modules and "sqlcipher3" in modules
    tops = {m.split(".")[0] for m in modules}
    assert tops.isdisjoint({"hq", "fastapi", "uvicorn", "psycopg", "pytest", "hypothesis",
                            "tkinter", "test", "mypy", "PyInstaller"})
