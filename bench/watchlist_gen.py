"""A synthetic watchlist of N entries: realistic multi-script names, documents, plates.

Persons (~85 %): Ukrainian and Russian names in Cyrillic (surname from roots and the
usual suffixes, given name and patronymic from real name lists, a Latin alias on a
third of them), Polish, Czech, German, Turkish, Arabic (Latin script, glued articles
and all) and Greek names; birth dates (some year-only), nationality, sex, a passport
number with its issuing state on most. Vehicles (~8 %): a plate (Ukrainian plates in
Cyrillic look-alikes, Polish, German) and a VIN. Stolen documents with no holder
(~5 %), containers (~1.5 %), vessels (~0.5 %). Names follow a Zipf-like law, so common
surnames and given names recur as they do on real lists.

usage: python bench/watchlist_gen.py N [--seed S] [--ftm FILE]   (FtM JSON lines)
As a module: ``alerts(n, seed)`` yields ``Alert`` objects without holding them.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from stdnum import iso6346

from checkpoint.documents.translit import icao_transliterate
from checkpoint.documents.vin import vin_check_digit
from checkpoint.domain.alert import ACTIONS, Alert, AlertIdentifier, AlertName

LIST = "SYNTH"
UA_ROOTS = [
    "Шевч", "Ковал", "Бондар", "Ткач", "Кравч", "Олійн", "Мельн", "Бойк", "Савч", "Гнат",
    "Марч", "Лисен", "Руден", "Павл", "Петр", "Сидор", "Гончар", "Кузьм", "Мороз", "Левч",
    "Климч", "Дорош", "Бабен", "Колесн", "Ярош", "Тимош", "Харч", "Щерб", "Жур", "Зінч",
    "Волош", "Гриц", "Остап", "Прокоп", "Соловй", "Федор", "Юрч", "Яковл", "Панас", "Грищ",
    "Демч", "Собол", "Заїч", "Хом", "Чорн", "Біл", "Сір", "Костен", "Литвин", "Нестер",
    "Омельч", "Потап", "Рибалк", "Свирид", "Стец", "Фесен", "Ціл", "Чуб", "Шаповал", "Шкурат",
    "Юхим", "Гуз", "Вакул"
]
UA_SUFFIXES = ["енко", "ук", "чук", "як", "ишин", "ович", "ський", "ко", "ак", "ій"]
RU_ROOTS = [
    "Иван", "Петр", "Сидор", "Смирн", "Кузнец", "Попов", "Васил", "Соколов", "Михайл",
    "Новик", "Федор", "Морозов", "Волк", "Алексе", "Лебед", "Семен", "Егор", "Павл", "Козл",
    "Степан", "Никол", "Орл", "Андре", "Макар", "Никит", "Захар", "Зайц", "Солов", "Борис",
    "Яковл", "Григор", "Роман", "Воробь", "Серге", "Кузьмин", "Фрол", "Александр", "Дмитри",
    "Корол", "Гусев", "Киселев", "Ильин", "Максим", "Поляк", "Сорок", "Виноград", "Ковал",
    "Белов", "Медвед", "Антон", "Тарас", "Жук", "Баран", "Филипп", "Комар", "Щерб",
    "Хабибулл", "Цветк", "Ельц", "Хрущ", "Жданов", "Чайк"
]
RU_SUFFIXES = ["ов", "ев", "ин", "ский", "ович", "енков", "ых", "ёв", "ихин", "уллин"]
UA_MEN = [
    "Андрій", "Олександр", "Іван", "Дмитро", "Сергій", "Юрій", "Богдан", "Тарас", "Олег",
    "Микола", "Василь", "Петро", "Володимир", "Євген", "Віктор", "Роман", "Ігор", "Максим",
    "Артем", "Денис", "Владислав", "Григорій", "Остап"
]
UA_WOMEN = [
    "Олена", "Наталія", "Марія", "Юлія", "Тетяна", "Оксана", "Ірина", "Ганна", "Катерина",
    "Людмила", "Світлана", "Галина", "Валентина", "Лариса", "Вікторія", "Софія", "Дарина",
    "Євгенія", "Ксенія"
]
RU_MEN = [
    "Александр", "Сергей", "Дмитрий", "Андрей", "Алексей", "Максим", "Евгений", "Иван",
    "Михаил", "Николай", "Владимир", "Павел", "Артём", "Никита", "Юрий", "Олег", "Виктор",
    "Игорь", "Рустам", "Фёдор", "Пётр", "Илья"
]
RU_WOMEN = [
    "Елена", "Ольга", "Наталья", "Екатерина", "Анна", "Татьяна", "Мария", "Ирина", "Юлия",
    "Светлана", "Ксения", "Людмила", "Анастасия", "Дарья", "Галина", "Надежда", "Вера",
    "Любовь"
]
LATIN = {
    "POL": ("Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński "
            "Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk "
            "Piotrowski Grabowski Nowakowski Pawłowski Michalski Król Wieczorek Jabłoński",
            "Piotr Krzysztof Tomasz Paweł Marcin Michał Łukasz Jakub Adam Marek",
            "Anna Małgorzata Agnieszka Katarzyna Barbara Ewa Krystyna Magdalena"),
    "CZE": ("Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec "
            "Pokorný Marek Pospíšil Hájek Jelínek Král Růžička Beneš Fiala Sedláček",
            "Jiří Jan Petr Josef Pavel Martin Tomáš Jaroslav Miroslav Zdeněk",
            "Marie Jana Eva Hana Anna Lenka Kateřina Věra Lucie Alena"),
    "DEU": ("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann "
            "Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann",
            "Thomas Michael Andreas Stefan Klaus Jürgen Frank Uwe Wolfgang Hans-Peter",
            "Sabine Petra Monika Ursula Claudia Andrea Gabriele Susanne Käthe"),
    "TUR": ("Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan "
            "Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek",
            "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf",
            "Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan"),
    "SYR": ("Al-Rashid Al-Hassan Haddad Khoury Al-Masri Nasser Saleh Hamdan Al-Ahmad "
            "Darwish Mansour Qasim Al-Khatib Yousef Abboud Al-Sayed Barakat Haidar",
            "Mohammed Ahmad Mahmoud Omar Khaled Youssef Ibrahim Abdullah Hussein Ali",
            "Fatima Aisha Mariam Noor Layla Rania Huda Amal Samira Zainab"),
    "GRC": ("Παπαδόπουλος Παπαδάκης Γεωργίου Οικονόμου Νικολάου Βασιλείου Δημητρίου "
            "Κωνσταντίνου Αθανασίου Ιωάννου",
            "Γιώργος Δημήτρης Κώστας Γιάννης Νίκος Παναγιώτης Βασίλης Χρήστος",
            "Μαρία Ελένη Αικατερίνη Βασιλική Σοφία Αγγελική Γεωργία Δήμητρα"),
}
_LATIN_LISTS = {nat: tuple(x.split() for x in lists) for nat, lists in LATIN.items()}
NATIONS = [("UKR", 34), ("RUS", 26), ("POL", 8), ("CZE", 4), ("DEU", 6), ("TUR", 6),
           ("SYR", 8), ("GRC", 1), ("BLR", 5)]
UA_PLATE = "ABCEHIKMOPTX"
CYR_LOOKALIKE = dict(zip("ABCEHIKMOPTX", "АВСЕНІКМОРТХ", strict=True))
WMI = ["WVW", "WDB", "VF1", "TMB", "SJN", "YV1", "WAU", "XTA", "Z8T"]
OWNERS = ["MSC", "MAE", "CMA", "HLX", "CSQ", "TGH", "OOL", "EGH"]


_CUMULATIVE: dict[tuple[int, float], list[float]] = {}


def _zipf(rnd: random.Random, items: list[str], exponent: float = 0.8) -> str:
    """Pick with weight 1/rank**exponent: a few names are common, most are rarer."""
    cum = _CUMULATIVE.get((id(items), exponent))
    if cum is None:
        total = 0.0
        cum = []
        for rank in range(1, len(items) + 1):
            total += 1 / rank**exponent
            cum.append(total)
        _CUMULATIVE[(id(items), exponent)] = cum
    return rnd.choices(items, cum_weights=cum)[0]


CYR_ONSETS = [*"кмпбдтлнсвгршзчхжцф", "ст", "пр", "кр", "гр", "тр", "бр", "др", "хр"]
CYR_VOWELS = list("оаеиуяю")
LAT_ONSETS = [*"kmpbdtlnsvgrzhjfc", "st", "pr", "kr", "gr", "tr", "br", "sch", "ch", "sz"]
LAT_VOWELS = list("aoeiuy")


def _invented(rnd: random.Random, onsets: list[str], vowels: list[str]) -> str:
    """A plausible root nobody in particular has (most names on a long list are rare)."""
    parts = [rnd.choice(onsets) + rnd.choice(vowels) for _ in range(rnd.choice((1, 2, 2, 3)))]
    return ("".join(parts) + rnd.choice(onsets)[:1]).capitalize()


def _surname(rnd: random.Random, roots: list[str], suffixes: list[str]) -> str:
    root = _zipf(rnd, roots) if rnd.random() < 0.15 else _invented(rnd, CYR_ONSETS, CYR_VOWELS)
    return root + _zipf(rnd, suffixes)


def _feminine(surname: str, russian: bool) -> str:
    for male, female in (("ский", "ская"), ("ський", "ська"), ("ов", "ова"), ("ев", "ева"),
                         ("ёв", "ёва"), ("ин", "ина")):
        if surname.endswith(male) and (russian or male in ("ський", "ов", "ев", "ин")):
            return surname[: -len(male)] + female
    return surname


def _patronymic(rnd: random.Random, men: list[str], female: bool, ukrainian: bool) -> str:
    father = _zipf(rnd, men)
    if ukrainian:
        if female:
            return (father[:-1] + "ївна") if father.endswith("й") else father + "івна"
        return (father[:-1] if father.endswith("о") else father) + "ович"
    if father[-1] in "йь":
        return father[:-1] + ("евна" if female else "евич")
    return father + ("овна" if female else "ович")


def person(rnd: random.Random) -> tuple[str, str, str, str, str]:
    """(nationality, surname, given, patronymic, sex) in the original script."""
    nat = rnd.choices([n for n, _ in NATIONS], weights=[w for _, w in NATIONS])[0]
    female = rnd.random() < 0.3
    sex = "F" if female else "M"
    if nat in ("UKR", "RUS", "BLR"):
        ua = nat == "UKR"
        roots, suffixes = (UA_ROOTS, UA_SUFFIXES) if ua else (RU_ROOTS, RU_SUFFIXES)
        men, women = (UA_MEN, UA_WOMEN) if ua else (RU_MEN, RU_WOMEN)
        surname = _surname(rnd, roots, suffixes)
        if female:
            surname = _feminine(surname, not ua)
        given = _zipf(rnd, women if female else men, 0.5)
        return nat, surname, given, _patronymic(rnd, men, female, ua), sex
    surnames, men, women = _LATIN_LISTS[nat]
    given = _zipf(rnd, women if female else men, 0.5)
    if nat == "SYR" and rnd.random() < 0.4:
        given += " " + _zipf(rnd, men, 0.5)
    if nat == "GRC" or rnd.random() < 0.1:
        surname = _zipf(rnd, surnames, 0.3 if nat == "GRC" else 0.8)
    else:
        surname = _invented(rnd, LAT_ONSETS, LAT_VOWELS) + rnd.choice(
            {"POL": ["ski", "czyk", "ak", ""], "CZE": ["ek", "ák", "ý", ""],
             "DEU": ["mann", "er", "ner", ""], "TUR": ["oğlu", "er", "an", ""],
             "SYR": ["i", "an", "ah", ""]}[nat])
        if nat == "SYR" and rnd.random() < 0.5:
            surname = "Al-" + surname
    return nat, surname, given, "", sex


def _birth(rnd: random.Random) -> tuple[str, ...]:
    year = rnd.randint(1940, 2006)
    if rnd.random() < 0.1:
        return (str(year),)
    return (f"{year}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",)


def _passport(rnd: random.Random) -> str:
    return "".join(rnd.choices("ABCEFHKMNPTX", k=2)) + f"{rnd.randrange(10**7):07d}"


def _plate(rnd: random.Random) -> tuple[str, str]:
    kind = rnd.random()
    if kind < 0.5:
        latin = ("".join(rnd.choices(UA_PLATE, k=2)) + f"{rnd.randrange(10**4):04d}"
                 + "".join(rnd.choices(UA_PLATE, k=2)))
        if rnd.random() < 0.5:  # written with Cyrillic look-alikes, as UA registers do
            latin = "".join(CYR_LOOKALIKE.get(c, c) for c in latin)
        return latin, "UKR"
    if kind < 0.8:
        return "W" + rnd.choice("AEIGX") + " " + f"{rnd.randrange(10**5):05d}", "POL"
    return (rnd.choice(["B", "M", "HH", "K", "F"]) + "-" + "".join(rnd.choices(UA_PLATE, k=2))
            + " " + str(rnd.randrange(1, 9999)), "DEU")


def vin(rnd: random.Random) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    body = rnd.choice(WMI) + "".join(rnd.choices(chars, k=14))
    return body[:8] + vin_check_digit(body) + body[9:]


def container(rnd: random.Random) -> str:
    body = rnd.choice(OWNERS) + "U" + f"{rnd.randrange(10**6):06d}"
    return body + iso6346.calc_check_digit(body)


def _alert(rnd: random.Random, i: int) -> Alert:
    kind = rnd.random()
    action = rnd.choices(ACTIONS, weights=[5, 20, 5, 10, 10, 50])[0]
    common = {"alert_id": f"a{i}", "list_code": LIST, "entity_id": f"e{i}", "action": action,
              "covert": action == "discreet_check", "authority": "Synthetic authority"}
    if kind < 0.85:
        nat, surname, given, patronymic, sex = person(rnd)
        full = " ".join(x for x in (surname, given, patronymic) if x)
        names = [AlertName(full, given, surname, patronymic)]
        if nat in ("UKR", "RUS", "BLR", "GRC") and rnd.random() < 0.33:
            names.append(AlertName(icao_transliterate(f"{surname} {given}")))
        ids = (AlertIdentifier("document", _passport(rnd), nat),) if rnd.random() < 0.7 else ()
        return Alert(subject="person", names=tuple(names), birth_dates=_birth(rnd),
                     nationalities=(nat,), sex=sex, identifiers=ids, **common)
    if kind < 0.93:
        plate, country = _plate(rnd)
        return Alert(subject="vehicle", identifiers=(AlertIdentifier("plate", plate, country),
                                                     AlertIdentifier("vin", vin(rnd))), **common)
    if kind < 0.98:
        nat = rnd.choice(["UKR", "POL", "DEU", "RUS"])
        return Alert(subject="document",
                     identifiers=(AlertIdentifier("document", _passport(rnd), nat),), **common)
    if kind < 0.995:
        return Alert(subject="container",
                     identifiers=(AlertIdentifier("container", container(rnd)),), **common)
    imo = f"{rnd.randrange(10**5, 10**6)}"
    digit = sum(int(d) * w for d, w in zip(imo, range(7, 1, -1), strict=True)) % 10
    return Alert(subject="vessel", names=(AlertName(f"SEA {rnd.randrange(10**4)}"),),
                 identifiers=(AlertIdentifier("imo", imo + str(digit)),), **common)


def alerts(n: int, seed: int = 1, start: int = 0) -> Iterator[Alert]:
    rnd = random.Random(seed * 1_000_003 + start)
    for i in range(start, start + n):
        yield _alert(rnd, i)


def ftm_lines(alert: Alert) -> Iterator[str]:
    """The alert as FtM entities (for measuring the FtM reader on the same data)."""
    schema = {"person": "Person", "vehicle": "Vehicle", "document": "Passport",
              "container": "Vehicle", "vessel": "Vessel"}[alert.subject]
    props: dict[str, list[str]] = {"name": [n.full for n in alert.names]} if alert.names else {}
    if alert.subject == "person":
        props.update(birthDate=list(alert.birth_dates), nationality=[
            c[:2].lower() for c in alert.nationalities], gender=[
            {"M": "male", "F": "female"}[alert.sex]])
    for ident in alert.identifiers:
        key = {"document": "passportNumber" if alert.subject == "person" else "number",
               "plate": "registrationNumber", "container": "registrationNumber",
               "imo": "imoNumber"}.get(ident.kind)
        if key:
            props.setdefault(key, []).append(ident.value)
    if alert.subject == "container":
        props["type"] = ["container"]
    yield json.dumps({"id": alert.entity_id, "schema": schema, "properties": props},
                     ensure_ascii=False)
    yield json.dumps({"id": f"s-{alert.entity_id}", "schema": "Sanction",
                      "properties": {"entity": [alert.entity_id], "provisions": [alert.action],
                                     "authority": [alert.authority]}}, ensure_ascii=False)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--ftm", help="write FtM JSON lines here (else alert.v1 lines)")
    args = parser.parse_args()
    if args.ftm:
        with Path(args.ftm).open("w", encoding="utf-8") as out:
            for alert in alerts(args.n, args.seed):
                out.writelines(line + "\n" for line in ftm_lines(alert))
        return
    for alert in alerts(args.n, args.seed):
        sys.stdout.write(json.dumps(alert.to_document(), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
