"""The whole app speaks Ukrainian: every user-visible string is wrapped, and translated.

The first test runs the project's own ``build/lupdate.py`` into a copy of the Ukrainian
``.ts`` file, so a string added to the code (a form, a ``self.tr`` call) and not yet
translated fails it, whether or not the committed ``.ts`` was refreshed. The second reads
the GUI's modules and fails on a literal handed to a user-visible Qt call without going
through ``tr`` or ``QCoreApplication.translate``. Neither imports Qt.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UK_TS = ROOT / "resources" / "translations" / "checkpoint_uk.ts"
GUI = ROOT / "checkpoint" / "gui"

# Qt calls whose string arguments a person reads (setters, constructors, dialogs).
VISIBLE_CALLS = frozenset({
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip",
    "setWhatsThis", "addAction", "addTab", "setTabText", "setTitle", "setSubTitle",
    "showMessage", "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "addItems",
    "setItemText", "setLabelText", "setInformativeText", "setDetailedText", "setButtonText",
    "setSpecialValueText", "setSuffix", "setPrefix", "addMenu", "setHeaderLabels",
    "setHeaderLabel", "setAccessibleName", "information", "critical", "question", "about",
    "getText", "getItem", "getInt", "QLabel", "QPushButton", "QCheckBox", "QRadioButton",
    "QGroupBox", "QAction", "QMenu", "QToolButton", "QMessageBox", "QTableWidgetItem",
    "QListWidgetItem", "QTreeWidgetItem", "setNameFilter", "setNameFilters",
})
# addItem(text, data) / insertItem(index, text, data): only the text is read.
TEXT_ARGUMENT = {"addItem": 0, "insertItem": 1}
# Calls on these names are logs, never shown: their messages stay English (DESIGN.md).
LOGGERS = frozenset({"log", "logger", "logging", "_log"})
# Literals shown as they are in every language: each language's name in itself.
AS_WRITTEN = frozenset({"English", "Українська"})
LETTERS = re.compile(r"[^\W\d_]{2,}")


def _shown(node: ast.AST) -> bool:
    """Whether the expression is (or contains) a literal with words in it."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value not in AS_WRITTEN and bool(LETTERS.search(node.value))
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.Constant) and isinstance(v.value, str)
                   and LETTERS.search(v.value) for v in node.values)
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_shown(e) for e in node.elts)
    if isinstance(node, ast.BinOp):
        return _shown(node.left) or _shown(node.right)
    return False


def _unwrapped(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        if isinstance(func, ast.Attribute) and getattr(func.value, "id", None) in LOGGERS:
            continue
        if name in TEXT_ARGUMENT:
            index = TEXT_ARGUMENT[name]
            args = node.args[index:index + 1]
        elif name in VISIBLE_CALLS:
            args = [*node.args, *(k.value for k in node.keywords)]
        else:
            continue
        if any(_shown(a) for a in args):
            where = path.relative_to(ROOT)
            found.append(f"{where}:{node.lineno}: {lines[node.lineno - 1].strip()}")
    return found


def _gui_modules() -> list[Path]:
    return sorted(p for p in GUI.rglob("*.py")
                  if "forms" not in p.relative_to(GUI).parts[:-1]
                  and p.name != "resources_rc.py")


def test_every_user_visible_string_in_the_gui_is_wrapped_for_translation() -> None:
    unwrapped = [line for p in _gui_modules() for line in _unwrapped(p)]
    assert not unwrapped, (
        "shown to the user but not translatable (wrap in self.tr or "
        "QCoreApplication.translate):\n" + "\n".join(unwrapped))


def test_the_scan_finds_an_unwrapped_string(tmp_path: Path) -> None:
    """The scanner above is able to fail: a plain literal in a setter is caught."""
    bad = tmp_path / "bad.py"
    bad.write_text('label.setText("Ready")\nlabel.setText(self.tr("Ready"))\n'
                   'combo.addItem(self.tr("yes"), "yes")\nlog.warning("not shown")\n',
                   encoding="utf-8")
    global ROOT
    saved, ROOT = ROOT, tmp_path
    try:
        assert _unwrapped(bad) == ['bad.py:1: label.setText("Ready")']
    finally:
        ROOT = saved


def _entries(ts: Path) -> list[tuple[str, str, list[str]]]:
    """(context, source, [translation forms]) for each live message; [] when unfinished."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            assert tr is not None
            if tr.get("type") in {"vanished", "obsolete"}:
                continue
            if tr.get("type") == "unfinished":
                forms: list[str] = []
            elif message.get("numerus") == "yes":
                forms = [f.text or "" for f in tr.iter("numerusform")]
            else:
                forms = [tr.text or ""]
            out.append((name, message.findtext("source") or "", forms))
    return out


@pytest.fixture(scope="module")
def refreshed_uk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Ukrainian .ts as lupdate makes it from the code as it is now."""
    copy = tmp_path_factory.mktemp("ts") / "checkpoint_uk.ts"
    shutil.copy(UK_TS, copy)
    subprocess.run([sys.executable, str(ROOT / "build" / "lupdate.py"), "--ts", str(copy)],
                   check=True, cwd=ROOT)
    return copy


def test_every_source_string_has_a_finished_ukrainian_translation(refreshed_uk: Path) -> None:
    entries = _entries(refreshed_uk)
    assert len(entries) > 500, "lupdate found too few strings: is the scan broken?"
    missing = [f"{c}: {s!r}" for c, s, forms in entries
               if not forms or not all(f.strip() for f in forms)]
    assert not missing, (
        f"{len(missing)} string(s) without a Ukrainian translation; run "
        "`python build/lupdate.py` and translate them:\n" + "\n".join(missing))


def test_ukrainian_plurals_have_the_three_forms(refreshed_uk: Path) -> None:
    tree = ET.parse(refreshed_uk)
    short = [m.findtext("source") for m in tree.getroot().iter("message")
             if m.get("numerus") == "yes"
             and len(list(m.iter("numerusform"))) != 3]
    assert not short, f"Ukrainian plural entries need one, few and many forms: {short}"


def test_the_placeholders_of_each_translation_match_its_source(refreshed_uk: Path) -> None:
    """A translation that drops %1 or adds %3 shows a wrong or empty value at run time."""
    marks = re.compile(r"%(?:\d+|n)")
    wrong = []
    for context, source, forms in _entries(refreshed_uk):
        want = sorted(set(marks.findall(source)) - {"%n"})
        for form in forms:
            if sorted(set(marks.findall(form)) - {"%n"}) != want:
                wrong.append(f"{context}: {source!r} -> {form!r}")
    assert not wrong, "placeholders differ:\n" + "\n".join(wrong)

