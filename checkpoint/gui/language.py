"""The program's language and locale: Qt translations, dates and numbers.

The workstation setting ``language`` is "" (follow the system's locale), "en" or "uk".
:func:`apply` installs the translation of the language it resolves to (replacing the
one installed before, so the set-up wizard can switch at once: Qt sends every widget
a ``LanguageChange`` event) and makes that language's locale the default, which
:func:`date_time` and :func:`number` (and any ``QLocale()``) then follow.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLibraryInfo, QLocale, QObject, QTranslator

from checkpoint.services.settings import LANGUAGES, system_language

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
#: the names the language choosers show (each in its own language, never translated)
NAMES = {"en": "English", "uk": "Українська"}

_installed: list[QTranslator] = []


def resolve(language: str) -> str:
    """The language the program speaks for a setting: the chosen one, else the system's."""
    return language if language in LANGUAGES else system_language()


def locale_for(language: str) -> QLocale:
    """The locale of dates and numbers for a language the program speaks: the system's
    when it speaks the same language (its region kept), else the language's home
    (Ukrainian: Ukraine; English: the United Kingdom, day before month)."""
    system = QLocale.system()
    if system.name().split("_")[0] == language:
        return system
    if language == "uk":
        return QLocale(QLocale.Language.Ukrainian, QLocale.Country.Ukraine)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def apply(app: QCoreApplication, language: str) -> str:
    """Speak ``language`` ("" for the system's) from now on; return the language used."""
    used = resolve(language)
    while _installed:
        app.removeTranslator(_installed.pop())
    # English too: its file holds the plural forms ("1 attempt", "2 attempts"); then
    # Qt's own words (Close, Cancel, Yes in standard buttons and dialogs)
    for name, folder in (("checkpoint", str(TRANSLATIONS)), ("qtbase", QLibraryInfo.path(
            QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator(app)
        if translator.load(QLocale(used), name, "_", folder):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(locale_for(used))
    return used


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date, with a four-digit year (``dd.MM.yyyy``, ``dd/MM/yyyy``)."""
    text = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    return text if "yyyy" in text else text.replace("yy", "yyyy")


def date_time(moment: datetime, *, with_date: bool = True) -> str:
    """A moment in the default locale: its short time, and its date unless told not to."""
    locale = QLocale()
    time = locale.timeFormat(QLocale.FormatType.ShortFormat)
    stamp = QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute,
                      moment.second)
    return locale.toString(stamp, f"{date_format(locale)} {time}" if with_date else time)


def number(value: float, decimals: int = 0) -> str:
    """A number in the default locale (``1 234,50`` in Ukrainian, ``1,234.50`` in English)."""
    locale = QLocale()
    if decimals:
        return locale.toString(float(value), "f", decimals)
    return locale.toString(int(value))


SOURCE_LANGUAGE = "en"  # the English of the code is the source text


def translator(language: str, parent: QObject | None = None) -> QTranslator | None:
    """A translator of its own holding the catalogue of ``language`` (the shift report is
    drawn in the language it is asked for, on a worker thread too), or None for the source
    language or when the catalogue is not built (the English source is shown then)."""
    if language == SOURCE_LANGUAGE:
        return None
    found = QTranslator(parent)
    if found.load(QLocale(language), "checkpoint", "_", str(TRANSLATIONS)):
        return found
    return None


def qt_translator(language: str, parent: QObject | None = None) -> QTranslator | None:
    """Qt's own words in ``language`` (the standard buttons, the file dialog), from the
    catalogue PySide6 ships (``qtbase_<language>.qm``), or None."""
    if language == SOURCE_LANGUAGE:
        return None
    found = QTranslator(parent)
    where = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return found if found.load(QLocale(language), "qtbase", "_", where) else None
