"""The app's translation catalogue (``translations/checkpoint_<language>.qm``).

One catalogue for every word of the program, the screens' and the printed report's:
the app installs it for the workstation's language (:func:`install`); the shift report,
which is drawn in the language it is asked for whatever the running program shows
(the command line installs none), reads the same catalogue through a translator of
its own (:func:`translator`), so it works on a worker thread too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
SOURCE_LANGUAGE = "en"  # the English of the code is the source text


def translator(language: str, parent: QObject | None = None) -> QTranslator | None:
    """A translator holding the catalogue of ``language``, or None for the source
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


def install(app: QCoreApplication, language: str) -> None:
    """Install the catalogue of ``language`` on the application, English too (its file
    holds the plural forms: "1 attempt", "2 attempts"), and Qt's own words for the
    standard buttons and dialogs (Close, Cancel, Yes)."""
    found = QTranslator(app)
    if found.load(QLocale(language), "checkpoint", "_", str(TRANSLATIONS)):
        app.installTranslator(found)
    qt_words = qt_translator(language, app)
    if qt_words is not None:
        app.installTranslator(qt_words)
