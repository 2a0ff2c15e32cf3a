"""The name-matching test set: listed persons, queries that must find them, decoys.

Built by hand from public transliteration rules, each query written as a document of
that scheme would print the name:

- Ukrainian 2010 national scheme (Cabinet resolution No 55): Г→H, И→Y, Х→KH, Щ→SHCH,
  initial Є/Ї/Й/Ю/Я → YE/YI/Y/YU/YA, else IE/I/I/IU/IA, ЗГ→ZGH;
- ICAO 9303 (Russian passports since 2013): Х→KH, Ц→TS, Й→I, Ю→IU, Я→IA, Ъ→IE;
- Russian passport practice before 2013: Й→Y, Ю→YU, Я→YA (1997), Ц→TC (2010);
- German (Duden): Ш→SCH, Ч→TSCH, Щ→SCHTSCH, Ж→SCH, В→W, Х→CH, Ц→Z, Е→JE initially;
- French: У→OU, Ш→CH, Ч→TCH, Ж→J, Х→KH;
- Polish: Ш→SZ, Ч→CZ, Щ→SZCZ, Ж→Ż, Х→CH, Ц→C, В→W, Л→Ł;
- Czech: Ш→Š, Ч→Č, Щ→ŠČ, Ж→Ž, Х→CH, Ц→C, Й→J;
- swapped name order, missing birth date, one-letter typos, and the MRZ form
  (diacritics dropped, ß→SS).

Decoys are listed persons that share a surname or a birth date with a wanted one (or
are the known near miss Щербак / SHCHERBAKOV); ``innocents`` are travellers who share
a surname or a birth date with someone listed. Neither may be a hit at the default
threshold. A query is *found* when its expected entry is a hit; a hit on any other
entry is a *wrong hit* (for an innocent: a false alarm). Used by
tests/unit/screening/test_name_set.py and bench/screening.py (which runs nomenklatura's
logic-v2 and a naive rapidfuzz scan on the same set).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["INNOCENTS", "LISTED", "QUERIES", "Listed", "NameQuery"]


@dataclass(frozen=True)
class Listed:
    key: str
    name: str
    birth: str = ""
    nationality: str = ""  # alpha-3
    sex: str = ""
    decoy: bool = False  # a decoy: must never be hit by a query


@dataclass(frozen=True)
class NameQuery:
    expect: str  # the Listed.key it must find, or "" (must hit nothing)
    surname: str
    given: str
    birth: str = ""
    nationality: str = ""
    sex: str = ""
    rule: str = ""


LISTED: tuple[Listed, ...] = (
    Listed("shevchenko", "Шевченко Тарас Григорович", "1961-03-09", "UKR", "M"),
    Listed("khabibullin", "Хабибуллин Рустам Ильдарович", "1979-05-14", "RUS", "M"),
    Listed("shcherbak", "Щербак Олег Петрович", "1970-11-02", "UKR", "M"),
    Listed("zhukova", "Жукова Юлия Сергеевна", "1985-07-21", "RUS", "F"),
    Listed("tsvetkov", "Цветков Дмитрий Андреевич", "1968-01-30", "RUS", "M"),
    Listed("hryhorenko", "Григоренко Євген Іванович", "1990-09-05", "UKR", "M"),
    Listed("yakovleva", "Яковлева Ксения Игоревна", "1993-02-17", "RUS", "F"),
    Listed("khrushchev", "Хрущёв Никита Сергеевич", "1958-04-17", "RUS", "M"),
    Listed("zghurskyi", "Згурський Юрій Олексійович", "1982-12-01", "UKR", "M"),
    Listed("yeltsova", "Ельцова Наталья Викторовна", "1976-06-11", "RUS", "F"),
    Listed("chaikovskyi", "Чайковський Андрій Миколайович", "1988-08-08", "UKR", "M"),
    Listed("voloshyn", "Волошин Владислав", "1995", "UKR", "M"),
    Listed("muller", "Müller Hans-Jürgen", "1966-10-03", "DEU", "M"),
    Listed("wojcik", "Wójcik Łukasz", "1984-03-15", "POL", "M"),
    Listed("dvorak", "Dvořák Jiří", "1972-05-20", "CZE", "M"),
    Listed("al-rashid", "Mohammed Abdullah Al-Rashid", "1975-01-01", "", "M"),
    Listed("papadopoulos", "Παπαδόπουλος Γιώργος", "1980-04-04", "GRC", "M"),
    # decoys: same surname, same birth date, or the near miss
    Listed("d-shevchenko", "Шевченко Петро Іванович", "1961-03-09", "UKR", "M", decoy=True),
    Listed("d-shcherbakov", "Щербаков Олег Николаевич", "1970-11-02", "RUS", "M", decoy=True),
    Listed("d-zhukov", "Жуков Юрий Петрович", "1985-07-21", "RUS", "M", decoy=True),
    Listed("d-tsvetkova", "Цветкова Мария", "1968-01-30", "RUS", "F", decoy=True),
    Listed("d-hryhorenko", "Григоренко Олена", "1990-09-05", "UKR", "F", decoy=True),
    Listed("d-ivanov", "Иванов Иван Иванович", "1979-05-14", "RUS", "M", decoy=True),
    Listed("d-muller", "Müller Anna", "1966-10-03", "DEU", "F", decoy=True),
    Listed("d-yakovlev", "Яковлев Игорь", "1993-02-17", "RUS", "M", decoy=True),
)

QUERIES: tuple[NameQuery, ...] = (
    # Шевченко Тарас
    NameQuery("shevchenko", "SHEVCHENKO", "TARAS", "1961-03-09", "UKR", "M", "ICAO / UA 2010"),
    NameQuery("shevchenko", "SCHEWTSCHENKO", "TARAS", "1961-03-09", "", "M", "German"),
    NameQuery("shevchenko", "CHEVTCHENKO", "TARAS", "", "", "", "French, no birth date"),
    NameQuery("shevchenko", "SZEWCZENKO", "TARAS", "1961-03-09", "", "", "Polish"),
    NameQuery("shevchenko", "ŠEVČENKO", "TARAS", "1961", "", "", "Czech, birth year only"),
    NameQuery("shevchenko", "SEVCENKO", "TARAS", "", "", "", "Czech MRZ (diacritics dropped)"),
    NameQuery("shevchenko", "TARAS", "SHEVCHENKO", "1961-03-09", "", "", "swapped order"),
    NameQuery("shevchenko", "SHEVCHENKP", "TARAS", "1961-03-09", "", "", "typo"),
    NameQuery("shevchenko", "SHEVCHENKO", "TARAS HRYHOROVYCH", "", "", "", "with patronymic"),
    NameQuery("shevchenko", "Шевченко", "Тарас", "", "", "", "Cyrillic as listed"),
    # Хабибуллин Рустам
    NameQuery("khabibullin", "KHABIBULLIN", "RUSTAM", "1979-05-14", "RUS", "M", "ICAO"),
    NameQuery("khabibullin", "HABIBULLIN", "RUSTAM", "", "", "", "H for Х"),
    NameQuery("khabibullin", "CHABIBULLIN", "RUSTAM", "1979-05-14", "", "", "German/Polish"),
    NameQuery("khabibullin", "KHABIBOULLINE", "ROUSTAM", "", "", "", "French"),
    NameQuery("khabibullin", "KHABIBULIN", "RUSTAM", "1979-05-14", "", "", "typo: one L"),
    # Щербак Олег
    NameQuery("shcherbak", "SHCHERBAK", "OLEH", "1970-11-02", "UKR", "M", "UA 2010"),
    NameQuery("shcherbak", "SHCHERBAK", "OLEG", "1970-11-02", "", "", "ICAO"),
    NameQuery("shcherbak", "SZCZERBAK", "OLEG", "", "", "", "Polish"),
    NameQuery("shcherbak", "SCHTSCHERBAK", "OLEG", "1970-11-02", "", "", "German"),
    NameQuery("shcherbak", "CHTCHERBAK", "OLEG", "", "", "", "French"),
    NameQuery("shcherbak", "ŠČERBAK", "OLEH", "", "", "", "Czech"),
    # Жукова Юлия
    NameQuery("zhukova", "ZHUKOVA", "IULIIA", "1985-07-21", "RUS", "F", "ICAO"),
    NameQuery("zhukova", "ZHUKOVA", "YULIYA", "1985-07-21", "", "F", "RU 1997"),
    NameQuery("zhukova", "SCHUKOWA", "JULIJA", "", "", "", "German"),
    NameQuery("zhukova", "JOUKOVA", "IOULIA", "", "", "", "French"),
    NameQuery("zhukova", "ŻUKOWA", "JULIA", "1985-07-21", "", "", "Polish"),
    NameQuery("zhukova", "ZUKOVA", "JULIJA", "", "", "", "Czech MRZ"),
    # Цветков Дмитрий
    NameQuery("tsvetkov", "TSVETKOV", "DMITRII", "1968-01-30", "RUS", "M", "ICAO"),
    NameQuery("tsvetkov", "TCVETKOV", "DMITRIY", "1968-01-30", "", "", "RU 2010"),
    NameQuery("tsvetkov", "ZWETKOW", "DMITRIJ", "", "", "", "German"),
    NameQuery("tsvetkov", "CWIETKOW", "DMITRIJ", "", "", "", "Polish"),
    NameQuery("tsvetkov", "CVETKOV", "DMITRIJ", "1968", "", "", "Czech"),
    NameQuery("tsvetkov", "DMITRY", "TSVETKOV", "", "", "", "swapped, English"),
    # Григоренко Євген (Ukrainian)
    NameQuery("hryhorenko", "HRYHORENKO", "YEVHEN", "1990-09-05", "UKR", "M", "UA 2010"),
    NameQuery("hryhorenko", "GRIGORENKO", "EVGENII", "", "", "", "Russian reading"),
    NameQuery("hryhorenko", "HRYHORENKO", "IEVGEN", "1990-09-05", "", "", "ICAO-ish"),
    # Яковлева Ксения
    NameQuery("yakovleva", "IAKOVLEVA", "KSENIIA", "1993-02-17", "RUS", "F", "ICAO"),
    NameQuery("yakovleva", "YAKOVLEVA", "KSENIYA", "1993-02-17", "", "F", "RU 1997"),
    NameQuery("yakovleva", "JAKOWLEWA", "XENIA", "", "", "", "German"),
    # Хрущёв Никита
    NameQuery("khrushchev", "KHRUSHCHEV", "NIKITA", "1958-04-17", "", "", "ICAO"),
    NameQuery("khrushchev", "CHRUSCHTSCHOW", "NIKITA", "", "", "", "German"),
    NameQuery("khrushchev", "KHROUCHTCHEV", "NIKITA", "", "", "", "French"),
    NameQuery("khrushchev", "CHRUSZCZOW", "NIKITA", "1958-04-17", "", "", "Polish"),
    # Згурський Юрій
    NameQuery("zghurskyi", "ZGHURSKYI", "YURII", "1982-12-01", "UKR", "M", "UA 2010 (ZGH)"),
    NameQuery("zghurskyi", "ZGURSKII", "IURII", "", "", "", "ICAO"),
    # Ельцова Наталья
    NameQuery("yeltsova", "ELTSOVA", "NATALIA", "1976-06-11", "RUS", "F", "ICAO"),
    NameQuery("yeltsova", "YELTSOVA", "NATALYA", "", "", "", "BGN/English"),
    NameQuery("yeltsova", "JELZOWA", "NATALJA", "", "", "", "German"),
    # Чайковський Андрій
    NameQuery("chaikovskyi", "CHAIKOVSKYI", "ANDRII", "1988-08-08", "UKR", "M", "UA 2010"),
    NameQuery("chaikovskyi", "TSCHAIKOWSKI", "ANDRIJ", "", "", "", "German"),
    NameQuery("chaikovskyi", "CZAJKOWSKI", "ANDRIJ", "1988-08-08", "", "", "Polish"),
    # Волошин Владислав (birth year only listed)
    NameQuery("voloshyn", "VOLOSHYN", "VLADYSLAV", "1995-06-01", "UKR", "M", "UA 2010"),
    NameQuery("voloshyn", "WOLOSCHIN", "WLADISLAW", "", "", "", "German"),
    # Latin originals
    NameQuery("muller", "MUELLER", "HANS JUERGEN", "1966-10-03", "DEU", "M", "MRZ (Ü→UE)"),
    NameQuery("muller", "MULLER", "HANS-JURGEN", "", "", "", "plain"),
    NameQuery("wojcik", "WOJCIK", "LUKASZ", "1984-03-15", "POL", "M", "MRZ"),
    NameQuery("wojcik", "Войцик", "Лукаш", "", "", "", "Cyrillic rendering"),
    NameQuery("dvorak", "DVORAK", "JIRI", "1972-05-20", "CZE", "M", "MRZ"),
    NameQuery("al-rashid", "AL RASHID", "MOHAMMED ABDULLAH", "1975-01-01", "", "M", "as listed"),
    NameQuery("al-rashid", "ALRASHID", "MOHAMED", "", "", "", "spelling variant"),
    NameQuery("papadopoulos", "PAPADOPOULOS", "GIORGOS", "1980-04-04", "GRC", "M", "ELOT 743"),
    # the decoys themselves (found, and not confused with the wanted person), then
    # innocents who must hit nothing: they share only a surname, a birth date or a given name
    NameQuery("d-shevchenko", "SHEVCHENKO", "PETRO", "1961-03-09", "UKR", "M", "the decoy itself"),
    NameQuery("", "SHEVCHENKO", "ANDRII", "1961-03-09", "UKR", "M", "same surname and birth"),
    NameQuery("d-shcherbakov", "SHCHERBAKOV", "OLEG", "1970-11-02", "RUS", "M", "near miss -OV"),
    NameQuery("", "ZHUKOV", "ANDREI", "1985-07-21", "RUS", "M", "same surname root and birth"),
    NameQuery("", "PETRENKO", "TARAS", "1961-03-09", "UKR", "M", "same given name and birth"),
    NameQuery("", "KOVALENKO", "OLEG", "1970-11-02", "UKR", "M", "same given and birth"),
    NameQuery("d-muller", "MUELLER", "ANNA", "1966-10-03", "DEU", "F", "the decoy itself"),
    NameQuery("", "MUELLER", "PETER", "1966-10-03", "DEU", "M", "same surname and birth"),
    NameQuery("", "TSVETKOVA", "ANNA", "1968-01-30", "RUS", "F", "female form, other given"),
    NameQuery("", "IVANOV", "RUSTAM", "1979-05-14", "RUS", "M", "given of one, surname of other"),
    NameQuery("", "ZHUKOVA", "MARINA", "1985-07-21", "RUS", "F", "same surname and birth"),
    NameQuery("", "SHCHERBAK", "IRYNA", "", "UKR", "F", "same surname, other sex"),
    NameQuery("", "KHABIBULLINA", "ALSU", "1979-05-14", "RUS", "F", "female form, same birth"),
)

#: Travellers who are nobody on the list (they only resemble someone listed).
INNOCENTS: tuple[NameQuery, ...] = tuple(q for q in QUERIES if not q.expect)
