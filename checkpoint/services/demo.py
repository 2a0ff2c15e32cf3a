"""Realistic synthetic inspections for training and benchmarks.

Every generated identifier is valid by its standard: TD3 passports whose MRZ is
built with correct check digits and parsed back by the real parser, ISO 6346
container numbers, VINs with a correct check digit, HS codes, EORI numbers. Names
come in the original script (Cyrillic for Ukrainian citizens) with their ICAO Latin
form. The same seed gives the same records (ids and times excepted).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from stdnum import iso6346

from checkpoint.documents import check_digit, icao_transliterate, mrz_name_field, parse_mrz
from checkpoint.documents.vin import vin_check_digit
from checkpoint.domain import inspection as model
from checkpoint.domain.conveyance import Consignment, Container, Vehicle
from checkpoint.domain.goods import (
    CashDeclaration,
    ConcealmentMethod,
    DetectionMethod,
    Finding,
    GoodsLine,
    RiskArea,
    Unit,
)
from checkpoint.domain.ids import format_utc, new_id
from checkpoint.domain.inspection import (
    ControlType,
    ConveyanceMode,
    Direction,
    Inspection,
    Outcome,
    Trigger,
)
from checkpoint.domain.parties import Person, Role
from checkpoint.domain.search_terms import search_keys
from checkpoint.services import journaled_records as records
from checkpoint.services.session import Session

PEOPLE: dict[str, tuple[list[str], list[str], list[str]]] = {
    # nationality: (surnames, male given names, female given names), original script
    "UKR": (["Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравченко", "Олійник",
             "Шевчук", "Поліщук", "Бойко", "Мельник", "Хабибуллин", "Гнатюк", "Савчук"],
            ["Андрій", "Олександр", "Іван", "Дмитро", "Сергій", "Юрій", "Богдан"],
            ["Олена", "Наталія", "Марія", "Юлія", "Тетяна", "Оксана", "Ірина"]),
    "POL": (["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski"],
            ["Piotr", "Krzysztof", "Tomasz", "Paweł"], ["Anna", "Małgorzata", "Agnieszka"]),
    "DEU": (["Müller", "Schmidt", "Schneider", "Fischer", "Weiß"],
            ["Jürgen", "Thomas", "Stefan"], ["Sabine", "Jana", "Käthe"]),
    "LTU": (["Kazlauskas", "Jankauskas", "Petrauskas"], ["Tomas", "Mindaugas"], ["Rūta", "Asta"]),
    "MDA": (["Rusu", "Ceban", "Popa", "Lungu"], ["Ion", "Vasile"], ["Elena", "Ana"]),
    "TUR": (["Yılmaz", "Kaya", "Demir", "Şahin"], ["Mehmet", "Mustafa"], ["Ayşe", "Fatma"]),
}
WMI = ["WVW", "WDB", "VF1", "TMB", "SJN", "YV1", "1M8", "2T1"]
GOODS = [
    ("240220", "Cigarettes containing tobacco", "pcs"), ("870323", "Passenger car", "pcs"),
    ("220421", "Wine in containers of 2 l or less", "l"), ("847130", "Laptop computers", "pcs"),
    ("610910", "T-shirts of cotton", "pcs"), ("080810", "Fresh apples", "kg"),
    ("300490", "Medicaments, packaged", "kg"), ("940360", "Wooden furniture", "pcs"),
]
OWNERS = ["MSC", "MAE", "CMA", "HLX", "CSQ", "TGH"]
PLATE_LETTERS = "ABCEHIKMOPTX"
CONCEALMENT = ConcealmentMethod.VEHICLE_NATURAL_VOID


def _mrz_date(d: date) -> str:
    return d.strftime("%y%m%d")


def _passport(rnd: random.Random, nat: str, surname: str, given: str, sex: str,
              birth: date, expiry: date) -> str:
    number = "".join(rnd.choices("ABCEFHKMNPTX", k=2)) + f"{rnd.randrange(10**6):06d}"
    line1 = f"P<{nat}" + mrz_name_field(surname, given, 39)
    num = number.ljust(9, "<")
    opt = "<" * 14
    body = (num + check_digit(num) + nat + _mrz_date(birth) + check_digit(_mrz_date(birth))
            + sex + _mrz_date(expiry) + check_digit(_mrz_date(expiry)) + opt + check_digit(opt))
    composite = body[0:10] + body[13:20] + body[21:43]
    return f"{line1}\n{body}{check_digit(composite)}"


def _person(rnd: random.Random, role: Role, today: date) -> Person:
    nat = rnd.choices(list(PEOPLE), weights=[6, 3, 1, 1, 1, 1])[0]
    surnames, men, women = PEOPLE[nat]
    sex = rnd.choice("MF")
    surname = rnd.choice(surnames)
    given = rnd.choice(men if sex == "M" else women)
    birth = date(rnd.randint(1950, 2005), rnd.randint(1, 12), rnd.randint(1, 28))
    expiry = today + timedelta(days=rnd.randint(30, 3650))
    mrz = parse_mrz(_passport(rnd, nat, icao_transliterate(surname),
                              icao_transliterate(given), sex, birth, expiry))
    person = Person.from_mrz(mrz, role)
    return replace(person, surname=surname, given_names=given)


def _plate(rnd: random.Random) -> str:
    a = "".join(rnd.choices(PLATE_LETTERS, k=2))
    b = "".join(rnd.choices(PLATE_LETTERS, k=2))
    return f"{a} {rnd.randrange(10**4):04d} {b}"


def _vin(rnd: random.Random) -> str:
    body = rnd.choice(WMI) + "".join(rnd.choices("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", k=14))
    return body[:8] + vin_check_digit(body[:8] + "0" + body[9:]) + body[9:]


def _container(rnd: random.Random) -> str:
    base = rnd.choice(OWNERS) + "U" + f"{rnd.randrange(10**6):06d}"
    return base + iso6346.calc_check_digit(base)


def generate(rnd: random.Random, author: str, device_id: str, checkpoint: str,
             when: datetime) -> Inspection:
    """One finalized inspection as an officer would have recorded it at ``when``."""
    today = when.date()
    stamp = format_utc(when)
    draft = replace(model.new_draft(author, device_id, checkpoint=checkpoint),
                    created_at=stamp, updated_at=stamp, started_at=stamp)
    kind = rnd.random()
    persons = [_person(rnd, Role.DRIVER, today)]
    persons += [_person(rnd, Role.PASSENGER, today) for _ in range(rnd.choice([0, 0, 1, 2]))]
    vehicle = Vehicle(plate=_plate(rnd), registration_country=persons[0].nationality,
                      vin=_vin(rnd))
    consignment = None
    goods: list[GoodsLine] = []
    if kind < 0.3:
        consignment = Consignment(containers=tuple(
            Container(number=_container(rnd)) for _ in range(rnd.randint(1, 2))))
        for hs, desc, unit in rnd.sample(GOODS, k=rnd.randint(1, 3)):
            qty = float(rnd.randint(1, 400))
            goods.append(GoodsLine(hs_code=hs, description=desc, declared_quantity=qty,
                                   found_quantity=qty, unit=Unit(unit),
                                   value=float(rnd.randint(50, 20000)), currency="EUR",
                                   origin=rnd.choice(["CHN", "TUR", "POL", "UKR"])))
    findings: list[Finding] = []
    cash = None
    if rnd.random() < 0.05:
        findings.append(Finding(id=new_id(), risk_area=RiskArea.TOBACCO_ALCOHOL_FUEL,
                                commodity="cigarettes", quantity=float(rnd.randint(200, 5000)),
                                unit=Unit.PIECE, concealment_method=CONCEALMENT,
                                detection_method=DetectionMethod.XRAY))
    if rnd.random() < 0.03:
        amount = float(rnd.randint(2000, 30000))
        cash = CashDeclaration(amount=amount, currency="EUR", eur_equivalent=amount,
                               declared=True)
    outcome = Outcome.REFERRED if findings else rnd.choice(
        [Outcome.RELEASED] * 12 + [Outcome.SECONDARY_INSPECTION])
    controls = (ControlType.DOCUMENTARY, *((ControlType.XRAY,) if findings else ()))
    filled = replace(
        draft, lane=str(rnd.randint(1, 6)), direction=rnd.choice([Direction.ENTRY, Direction.EXIT]),
        conveyance_mode=ConveyanceMode.ROAD, control_types=controls,
        trigger=rnd.choice([Trigger.RANDOM, Trigger.RISK_PROFILE, Trigger.RANDOM]),
        persons=tuple(persons), vehicle=vehicle, consignment=consignment, goods=tuple(goods),
        findings=tuple(findings), cash=cash, outcome=outcome,
    )
    done = model.finalize(filled)
    return replace(done, finalized_at=stamp, updated_at=stamp)


def fill(session: Session, count: int, *, seed: int = 1, days: int = 30, batch: int = 2000,
         progress: Callable[[int], None] | None = None) -> int:
    """Write ``count`` generated inspections spread over the last ``days`` days."""
    rnd = random.Random(seed)  # noqa: S311 - synthetic training data, not secrets
    now = datetime.now(UTC)
    checkpoint = "UA-DEMO"
    done = 0
    while done < count:
        with session.write():  # one transaction per batch; each record is a savepoint
            for _ in range(min(batch, count - done)):
                when = now - timedelta(seconds=rnd.randint(0, days * 86400))
                insp = generate(rnd, session.username, session.device_id, checkpoint, when)
                records.put(session, "inspection", insp.to_document(), search_keys(insp),
                            status="finalized", action="inspection.demo", record_id=insp.id)
                done += 1
        if progress:
            progress(done)
    return done
