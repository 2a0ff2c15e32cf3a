"""Errors reach the officer worded by their code, translated, without the core's English."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QLocale, QTranslator

from checkpoint.domain.inspection import Inspection, amend, finalize, new_draft
from checkpoint.errors import (
    AuthError,
    Code,
    ConflictError,
    EnrollmentError,
    LockedError,
    NetworkError,
    NotInitializedError,
    PermissionDeniedError,
    RemoteRejectedError,
    ThrottledError,
    UsageError,
    ValidationError,
    WrongPasswordError,
)
from checkpoint.formats.schema import load_example
from checkpoint.gui import messages
from checkpoint.gui.language import TRANSLATIONS

ERROR_CODES = list(Code)[list(Code).index(Code.ERROR) + 1:]


def test_every_error_code_has_words_in_the_app() -> None:
    assert [code for code in ERROR_CODES if code not in messages.ERRORS] == []


def test_errors_are_worded_by_code_without_the_cores_english() -> None:
    restore = ConflictError("A workstation already exists in /x; replacing it needs force.",
                            code=Code.WORKSTATION_EXISTS, params={"home": "/x"})
    assert "force" not in messages.message_for(restore)
    role = PermissionDeniedError("Only a supervisor may do this; anna is an inspector.",
                                 code=Code.ROLE_REQUIRED,
                                 params={"role": "supervisor", "username": "anna",
                                         "actual": "inspector"})
    assert messages.message_for(role) == (
        "Your role does not allow this: only a supervisor may do it.")
    assert messages.message_for(UsageError("x", code=Code.SETTING_RANGE, params={
        "setting": "autosave_delay_ms", "minimum": 50, "maximum": 900})) == (
        "The setting autosave delay (ms) must be between 50 and 900.")
    assert "anna" not in messages.message_for(PermissionDeniedError("anna may not"))
    assert "--home" not in messages.message_for(NotInitializedError("use --home"))
    assert messages.message_for(LockedError()) == "The workstation is locked; log in again."
    photo = UsageError("A photo must be JPEG…", code=Code.PHOTO_TYPE,
                       params={"media_type": "image/gif"})
    assert messages.message_for(photo) == "A photo must be JPEG, PNG or WebP, not image/gif."
    assert messages.message_for(ValidationError("x", code=Code.MRN_FORM,
                                                params={"value": "1"})) == (
        "An MRN has 18 characters, like 25UA205050000123E0.")


def test_a_refused_record_names_its_problems() -> None:

    example = Inspection.from_document(load_example("inspection"))
    with pytest.raises(ValidationError) as blank:
        amend(example, "  ", "anna", "ws-01")
    assert messages.message_for(blank.value) == "Inspection: amendment reason is missing."
    with pytest.raises(ValidationError) as incomplete:
        finalize(new_draft("anna", "ws-01"))
    assert messages.message_for(incomplete.value) == (
        "The inspection cannot be finalized yet: 8 problem(s).")


def test_not_enrolled_names_the_menu_not_the_command() -> None:
    coded = EnrollmentError("not enrolled", code=Code.NOT_ENROLLED)
    assert "checkpoint enroll" not in messages.sync_message(coded)
    assert "Enroll with HQ" in messages.sync_message(coded)


def test_sync_failures_are_worded_by_code_and_hqs_code_not_by_hqs_sentence() -> None:
    refused = RemoteRejectedError("HQ's own English: rollback detected at seq 40",
                                  code=Code.SYNC_REFUSED,
                                  params={"status": 409, "hq_code": "rollback"})
    text = messages.sync_message(refused)
    assert "old backup" in text and "seq 40" not in text
    unknown = RemoteRejectedError("whatever", code=Code.SYNC_REFUSED,
                                  params={"status": 418, "hq_code": "teapot"})
    assert "418" in messages.sync_message(unknown) and "whatever" not in (
        messages.sync_message(unknown))
    down = NetworkError("HQ at https://hq:1 cannot be reached (ConnectionError)",
                        code=Code.SYNC_UNREACHABLE, params={"url": "https://hq:1"})
    assert messages.sync_message(down).startswith("HQ at https://hq:1 cannot be reached.")
    assert "ConnectionError" not in messages.sync_message(down)
    used = EnrollmentError("code used", code=Code.ENROLL_REFUSED,
                           params={"status": 403, "hq_code": "code_used"})
    assert "already been used" in messages.enrollment_message(used)


def test_login_and_account_refusals_are_worded_by_code(qapp: Any) -> None:
    assert messages.message_for(ThrottledError(14.2)) == (
        "Too many failed attempts: wait 15 s before trying again.")
    assert messages.message_for(WrongPasswordError(retry_after=2.0)) == (
        "Wrong user name or password.")
    mixed = UsageError("'Оlena' mixes Latin and Cyrillic letters…",
                       code=Code.USERNAME_MIXED_SCRIPT, params={"name": "Оlena"})
    assert messages.message_for(mixed) == (
        "Оlena mixes Latin and Cyrillic letters, which can look identical: write the name "
        "in one script.")
    alike = ConflictError("'АРЕ' looks the same as…", code=Code.OPERATOR_LOOKALIKE,
                          params={"username": "АРЕ", "existing": "APE"})
    assert messages.message_for(alike).startswith(
        "АРЕ looks the same as the existing operator APE")
    first = AuthError("anna must choose their own password first.",
                      code=Code.MUST_CHANGE_PASSWORD, params={"username": "anna"})
    assert "checkpoint user passwd" not in messages.message_for(first)
    taken = ConflictError("This draft is already yours.", code=Code.TAKE_OVER_OWN)
    assert messages.message_for(taken) == "This draft is already yours."


def test_login_and_account_refusals_are_worded_in_ukrainian(qapp: Any) -> None:
    translator = QTranslator()
    assert translator.load(QLocale("uk"), "checkpoint", "_", str(TRANSLATIONS))
    qapp.installTranslator(translator)
    try:
        assert messages.message_for(ThrottledError(3)) == (
            "Забагато невдалих спроб: зачекайте 3 с і спробуйте знову.")
        assert messages.message_for(WrongPasswordError()) == (
            "Неправильне ім'я користувача або пароль.")
        mixed = UsageError("x", code=Code.USERNAME_MIXED_SCRIPT, params={"name": "Оlena"})
        assert messages.message_for(mixed).startswith("Оlena поєднує латинські й кириличні")
    finally:
        qapp.removeTranslator(translator)
