"""The first-run wizard, driven from the keyboard as a post's IT officer would: every
page with wrong input first, Back, and the result (a workstation that logs in; enrolled
with the real HQ when chosen)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from checkpoint.services import session, settings
from checkpoint.services.sync import is_enrolled
from checkpoint.store.keyslots import KeySlots
from tests.e2e.conftest import Hq
from tests.gui.helpers import WAIT_MS, logged_in

NAME, PASSWORD = "chief", "correct horse battery"


def _public_pem(key: X25519PrivateKey | Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.PEM,
                                         serialization.PublicFormat.SubjectPublicKeyInfo)


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    """HQ's recovery public key, and files that are not one."""
    folder = tmp_path / "from-hq"
    folder.mkdir()
    out = {"recovery": folder / "recovery-public.pem", "ed25519": folder / "signing.pem",
           "text": folder / "notes.txt", "missing": folder / "nowhere.pem"}
    recovery = X25519PrivateKey.generate()
    out["recovery"].write_bytes(_public_pem(recovery))
    out["ed25519"].write_bytes(_public_pem(Ed25519PrivateKey.generate()))
    out["text"].write_text("not a key\n")
    (folder / "recovery-key.pem").write_bytes(recovery.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    return out


def _wizard(qtbot: Any, app: Any) -> Any:
    qtbot.waitUntil(lambda: app.login.setup_wizard is not None
                    and app.login.setup_wizard.isVisible(), timeout=WAIT_MS)
    return app.login.setup_wizard


def _focus(wizard: Any) -> Any:
    widget = wizard.focusWidget()
    assert widget is not None
    return widget


def _type(qtbot: Any, wizard: Any, text: str, *, expect: Any = None) -> None:
    """Type into the field that has the focus (replacing what it holds)."""
    widget = _focus(wizard)
    if expect is not None:
        assert widget is expect, widget.objectName()
    widget.selectAll()
    if text:
        qtbot.keyClicks(widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Delete)


def _tab(qtbot: Any, wizard: Any) -> None:
    qtbot.keyClick(_focus(wizard), Qt.Key.Key_Tab)


def _enter(qtbot: Any, wizard: Any) -> None:
    qtbot.keyClick(_focus(wizard), Qt.Key.Key_Return)


def _refused(qtbot: Any, wizard: Any, page: Any, words: str) -> None:
    _enter(qtbot, wizard)
    assert wizard.currentPage() is page
    text = page.ui.messageLabel.text()
    assert words in text, text


def _accepted(qtbot: Any, wizard: Any, page: Any) -> None:
    _enter(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is not page, timeout=WAIT_MS)
    assert page.ui.messageLabel.text() == ""


def _post_page(qtbot: Any, w: Any) -> None:
    assert _focus(w) is w.post.ui.languageCombo
    _tab(qtbot, w)
    _refused(qtbot, w, w.post, "Give the post code")
    _type(qtbot, w, "UA PL 01", expect=w.post.ui.postEdit)
    _refused(qtbot, w, w.post, "A post code has up to 32")
    _type(qtbot, w, "UA-PL-01", expect=w.post.ui.postEdit)
    _tab(qtbot, w)
    _type(qtbot, w, "Lane 3 booth", expect=w.post.ui.labelEdit)
    _accepted(qtbot, w, w.post)


def _supervisor_page(qtbot: Any, w: Any) -> None:
    page = w.supervisor
    _refused(qtbot, w, page, "user name")
    _type(qtbot, w, "x", expect=page.ui.nameEdit)
    _refused(qtbot, w, page, "is not a valid user name")
    assert _focus(w) is page.ui.nameEdit
    _type(qtbot, w, NAME)
    _tab(qtbot, w)
    _type(qtbot, w, "short", expect=page.ui.passwordEdit)
    _refused(qtbot, w, page, "at least 12 characters; this one has 5")
    _type(qtbot, w, "aaaaaaaaaaaaaa", expect=page.ui.passwordEdit)
    _refused(qtbot, w, page, "at least 4 different characters")
    _type(qtbot, w, PASSWORD, expect=page.ui.passwordEdit)
    _tab(qtbot, w)
    _type(qtbot, w, PASSWORD + "!", expect=page.ui.confirmEdit)
    _refused(qtbot, w, page, "The two passwords differ")
    assert _focus(w) is page.ui.confirmEdit and page.ui.confirmEdit.text() == ""
    _type(qtbot, w, PASSWORD)
    _accepted(qtbot, w, page)


def _recovery_page(qtbot: Any, w: Any, files: dict[str, Path]) -> None:
    page = w.recovery
    assert _focus(w) is page.ui.keyEdit
    _refused(qtbot, w, page, "Choose the recovery key file")
    for path, words in ((files["missing"], "cannot be read"),
                        (files["text"], "not a public key"),
                        (files["ed25519"], "not an X25519 key")):
        _type(qtbot, w, str(path), expect=page.ui.keyEdit)
        _refused(qtbot, w, page, words)
    _type(qtbot, w, str(files["recovery"]), expect=page.ui.keyEdit)
    _accepted(qtbot, w, page)
    assert len(page.ui.fingerprintValue.text()) == 16


def _back(qtbot: Any, w: Any) -> None:
    before = w.currentPage()
    qtbot.mouseClick(w.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert w.currentPage() is not before


def _settings_page(qtbot: Any, w: Any) -> None:
    page = w.work
    assert _focus(w) is page.ui.idleSpin
    qtbot.keyClicks(page.ui.idleSpin, "5")  # the value is selected: typing replaces it
    _tab(qtbot, w)
    _type(qtbot, w, "", expect=page.ui.laneEdit)
    _refused(qtbot, w, page, "Give the lane")
    _type(qtbot, w, "2", expect=page.ui.laneEdit)
    _accepted(qtbot, w, page)


def _set_up(qtbot: Any, w: Any) -> None:
    assert w.currentPage() is w.summary
    _enter(qtbot, w)  # Set up
    qtbot.waitUntil(lambda: w.currentPage() is w.done_page, timeout=WAIT_MS)


def test_the_wizard_makes_a_workstation_that_logs_in(
        qtbot: Any, launch: Any, home: Path, files: dict[str, Path]) -> None:
    app = launch(home)
    w = _wizard(qtbot, app)
    assert w.width() <= 1366 and w.height() <= 700
    _post_page(qtbot, w)
    _supervisor_page(qtbot, w)
    _recovery_page(qtbot, w, files)
    # Back to the start: what was typed is still there, and each page checks it again
    assert w.currentPage() is w.hq
    _back(qtbot, w)
    assert w.currentPage() is w.recovery
    _back(qtbot, w)
    assert w.currentPage() is w.supervisor and w.supervisor.ui.nameEdit.text() == NAME
    _back(qtbot, w)
    assert w.currentPage() is w.post and w.post.ui.postEdit.text() == "UA-PL-01"
    _accepted(qtbot, w, w.post)
    _accepted(qtbot, w, w.supervisor)
    _accepted(qtbot, w, w.recovery)
    # enrollment later
    assert w.currentPage() is w.hq
    qtbot.mouseClick(w.hq.ui.laterRadio, Qt.MouseButton.LeftButton)
    w.hq.ui.laterRadio.setFocus()
    assert w.hq.ui.laterRadio.isChecked() and not w.hq.ui.urlEdit.isEnabled()
    _accepted(qtbot, w, w.hq)
    _settings_page(qtbot, w)
    summary = w.summary.ui.summaryValue.text()
    assert "UA-PL-01" in summary and w.recovery.key.fingerprint in summary
    assert "Enrollment: later" in summary and "5 minute(s)" in summary
    assert "Language: the system's (English)" in summary  # seen: it said "English"
    assert not (home / "keyslots.json").exists()  # nothing written before Set up
    _set_up(qtbot, w)
    assert "Not enrolled with HQ yet" in w.done_page.ui.resultValue.text()
    assert not w.button(QWizard.WizardButton.CancelButton).isVisible()
    _enter(qtbot, w)  # Log in
    qtbot.waitUntil(lambda: app.login.login_dialog is not None, timeout=WAIT_MS)
    assert app.login.login_dialog.ui.userEdit.text() == NAME
    logged_in(qtbot, app, NAME, PASSWORD)
    assert app.window.role_label.text() == "Role: Supervisor"
    conf = settings.load(home)
    assert (conf.checkpoint_code, conf.workstation_label, conf.idle_lock_minutes,
            conf.default_lane, conf.language) == ("UA-PL-01", "Lane 3 booth", 5, "2", "")
    assert app.idle.timer.interval() == 5 * 60_000
    recovery = serialization.load_pem_private_key(
        (files["recovery"].parent / "recovery-key.pem").read_bytes(), None)
    assert isinstance(recovery, X25519PrivateKey)
    slots = KeySlots.parse((home / "keyslots.json").read_bytes())
    assert len(slots.recover(recovery)) == 32  # HQ's key opens the workstation


def test_the_wizard_enrolls_with_hq_and_a_refused_code_can_be_corrected(
        qtbot: Any, launch: Any, home: Path, hq: Hq, files: dict[str, Path],
        tmp_path: Path) -> None:
    server_cert = tmp_path / "server.pem"
    server_cert.write_bytes(hq.config.server_cert.read_bytes())
    app = launch(home)
    w = _wizard(qtbot, app)
    _post_page(qtbot, w)
    _supervisor_page(qtbot, w)
    assert _focus(w) is w.recovery.ui.keyEdit
    qtbot.keyClick(w.recovery.ui.keyEdit, Qt.Key.Key_Tab)
    qtbot.keyClick(_focus(w), Qt.Key.Key_Tab)
    assert _focus(w) is w.recovery.ui.noKeyCheck
    qtbot.keyClick(w.recovery.ui.noKeyCheck, Qt.Key.Key_Space)
    assert not w.recovery.ui.keyEdit.isEnabled()
    _accepted(qtbot, w, w.recovery)
    page = w.hq
    assert page.now() and _focus(w) is page.ui.urlEdit
    _refused(qtbot, w, page, "Give HQ's address")
    for url, words in (("hq.example", "is not an HQ address"),
                       ("http://127.0.0.1:1", "HTTPS")):
        _type(qtbot, w, url, expect=page.ui.urlEdit)
        _tab(qtbot, w)
        _type(qtbot, w, "some code", expect=page.ui.codeEdit)
        _tab(qtbot, w)
        _type(qtbot, w, str(hq.config.ca_cert), expect=page.ui.caEdit)
        _refused(qtbot, w, page, words)
    _type(qtbot, w, hq.url, expect=page.ui.urlEdit)
    _tab(qtbot, w)
    _type(qtbot, w, "", expect=page.ui.codeEdit)
    _refused(qtbot, w, page, "one-time code")
    _type(qtbot, w, "WRONG-CODE", expect=page.ui.codeEdit)
    _tab(qtbot, w)
    for path, words in ((server_cert, "no CA certificate"), (files["text"], "not a certificate")):
        _type(qtbot, w, str(path), expect=page.ui.caEdit)
        _refused(qtbot, w, page, words)
    _type(qtbot, w, str(hq.config.ca_cert), expect=page.ui.caEdit)
    _accepted(qtbot, w, page)
    _settings_page(qtbot, w)
    assert "recovery key: none" in w.summary.ui.summaryValue.text()
    # the code is wrong: the workstation is made, the enrollment refused, and Back leads
    # to the enrollment page only
    _enter(qtbot, w)
    qtbot.waitUntil(lambda: "HQ refused the code" in w.summary.ui.messageLabel.text(),
                    timeout=WAIT_MS)
    assert w.currentPage() is w.summary and w.device is not None
    assert (home / "keyslots.json").exists()
    # seen on the desktop: the summary still promised to make the workstation
    assert "only enrolls it" in w.summary.ui.summaryValue.text()
    _back(qtbot, w)
    _back(qtbot, w)
    assert w.currentPage() is page and page.ui.codeEdit.isEnabled()
    assert "HQ refused the code" in page.ui.messageLabel.text()
    assert not w.supervisor.ui.passwordEdit.isEnabled()
    code = hq.code()
    _type(qtbot, w, code, expect=page.ui.codeEdit)
    _accepted(qtbot, w, page)
    _accepted(qtbot, w, w.work)
    assert "only enrolls it" in w.summary.ui.summaryValue.text()
    _set_up(qtbot, w)
    result = w.done_page.ui.resultValue.text()
    assert "Enrolled with HQ" in result and "UA-PL-01" in result
    _enter(qtbot, w)
    logged_in(qtbot, app, NAME, PASSWORD)
    with session.login(home, NAME, PASSWORD) as s:
        assert is_enrolled(s)
        device = s.device_id
    assert hq.scalar("SELECT count(*) FROM devices WHERE id = ?", (device,)) == 1


def test_an_unreachable_hq_puts_the_cursor_in_the_address_and_later_still_works(
        qtbot: Any, launch: Any, home: Path, files: dict[str, Path]) -> None:
    """Seen on the desktop: HQ not reached, Back led to the code field, though the message
    asks to check the address."""
    ca = Path(__file__).resolve().parents[1] / "fixtures" / "hq-405f971" / "hq" / "ca.pem"
    app = launch(home)
    w = _wizard(qtbot, app)
    _post_page(qtbot, w)
    _supervisor_page(qtbot, w)
    _type(qtbot, w, str(files["recovery"]), expect=w.recovery.ui.keyEdit)
    _accepted(qtbot, w, w.recovery)
    page = w.hq
    _type(qtbot, w, "https://127.0.0.1:1", expect=page.ui.urlEdit)  # nothing listens there
    _tab(qtbot, w)
    _type(qtbot, w, "SOME-CODE", expect=page.ui.codeEdit)
    _tab(qtbot, w)
    _type(qtbot, w, str(ca), expect=page.ui.caEdit)
    _accepted(qtbot, w, page)
    _accepted(qtbot, w, w.work)
    _enter(qtbot, w)  # Set up: the workstation is made, HQ is not reached
    qtbot.waitUntil(lambda: "cannot be reached" in w.summary.ui.messageLabel.text(),
                    timeout=WAIT_MS)
    assert w.device is not None
    _back(qtbot, w)
    _back(qtbot, w)
    assert w.currentPage() is page and _focus(w) is page.ui.urlEdit
    assert page.ui.messageLabel.property("severity") == "error"
    # seen: the pages the workstation now holds said so in the colour of a refusal
    note = w.work.ui.messageLabel
    assert note.text().startswith("The workstation is set up") and note.property("severity") == ""
    qtbot.keyClick(page.ui.urlEdit, Qt.Key.Key_Backtab)  # into the Now/Later pair
    radio = _focus(w)
    assert radio in (page.ui.nowRadio, page.ui.laterRadio)
    qtbot.keyClick(radio, Qt.Key.Key_Down if radio is page.ui.nowRadio else Qt.Key.Key_Space)
    assert page.ui.laterRadio.isChecked() and not page.ui.urlEdit.isEnabled()
    _accepted(qtbot, w, page)
    _accepted(qtbot, w, w.work)
    assert "Enrollment: later" in w.summary.ui.summaryValue.text()
    _set_up(qtbot, w)
    assert "Not enrolled with HQ yet" in w.done_page.ui.resultValue.text()
    _enter(qtbot, w)
    logged_in(qtbot, app, NAME, PASSWORD)


def test_cancel_before_set_up_writes_nothing(qtbot: Any, launch: Any, home: Path) -> None:
    app = launch(home)
    w = _wizard(qtbot, app)
    _post_page(qtbot, w)
    quits: list[int] = []
    QApplication.instance().aboutToQuit.connect(lambda: quits.append(1))  # type: ignore[union-attr]
    qtbot.keyClick(_focus(w), Qt.Key.Key_Escape)
    assert not w.isVisible() and app._stopped
    assert not (home / "keyslots.json").exists() and not (home / "settings.json").exists()


def test_the_language_chosen_first_speaks_at_once_and_is_kept(
        qtbot: Any, launch: Any, home: Path) -> None:
    from checkpoint.gui.language import apply

    app = launch(home)
    w = _wizard(qtbot, app)
    combo = w.post.ui.languageCombo
    try:
        qtbot.keyClick(combo, Qt.Key.Key_End)  # the last entry: Українська
        assert combo.currentData() == "uk"
        # Qt posts the LanguageChange to every window: the wizard speaks at the next turn
        qtbot.waitUntil(lambda: w.windowTitle() == "Налаштування робочого місця",
                        timeout=WAIT_MS)
        assert w.post.ui.postEditLabel.text() == "&Код пункту:"
        assert w.buttonText(QWizard.WizardButton.NextButton) == "&Далі >"
        _tab(qtbot, w)
        _refused(qtbot, w, w.post, "код пункту")
        qtbot.keyClick(combo, Qt.Key.Key_Up)  # English
        assert combo.currentData() == "en"
        qtbot.waitUntil(lambda: w.windowTitle() == "Set up this workstation", timeout=WAIT_MS)
        assert w.buttonText(QWizard.WizardButton.NextButton) == "&Next >"
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        qtbot.waitUntil(lambda: w.windowTitle() == "Налаштування робочого місця",
                        timeout=WAIT_MS)
        assert _focus(w) is w.post.ui.postEdit  # still where the refusal put it
        _type(qtbot, w, "UA-PL-01")
        _accepted(qtbot, w, w.post)
        assert w.settings().language == "uk"
        assert w.supervisor.ui.nameEditLabel.text() == "&Ім'я користувача:"
    finally:
        apply(QApplication.instance(), "en")  # type: ignore[arg-type]


def test_dates_and_numbers_follow_the_language(qtbot: Any) -> None:
    from datetime import datetime

    from checkpoint.gui.language import apply, date_time, number

    app = QApplication.instance()
    try:
        apply(app, "uk")  # type: ignore[arg-type]
        assert number(1234.5, 2) == "1\u00a0234,50"
        assert date_time(datetime(2026, 12, 6, 14, 5)) == "06.12.2026 14:05"
        apply(app, "en")  # type: ignore[arg-type]
        assert number(1234.5, 2) == "1,234.50"
        assert date_time(datetime(2026, 12, 6, 14, 5)).startswith("06/12/2026")
    finally:
        apply(app, "en")  # type: ignore[arg-type]


def test_settings_json_keeps_the_chosen_language(home: Path) -> None:
    settings.save(home, settings.Settings(language="uk"))
    assert json.loads((home / "settings.json").read_text())["language"] == "uk"
