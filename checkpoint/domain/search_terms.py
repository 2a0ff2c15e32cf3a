"""Search keys of an inspection: the normalised identifiers the store indexes.

Kinds and their normal forms (watchlist entries must be keyed the same way to match):

``document``   document numbers, upper case, without white space;
``plate``      vehicle and trailer plates, upper case, without spaces or hyphens;
``vin``        VINs, upper case, without white space;
``container``  ISO 6346 container numbers, upper case, without white space;
               (in these four, Cyrillic and Greek letters that look like Latin ones
               are folded to Latin: ``АА 1234 ВК`` is ``AA1234BK``);
``name``       ``checkpoint.documents.name_key`` of each surname and given-names field,
               in the original script and in Latin, and each word of those keys.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from checkpoint.documents import name_key
from checkpoint.documents.lookalike import fold_lookalikes

if TYPE_CHECKING:
    from checkpoint.domain.inspection import Inspection

KINDS = ("document", "plate", "vin", "container", "name")

_SPACE_RE = re.compile(r"\s+")
_PLATE_SEPARATORS_RE = re.compile(r"[\s\-]+")


def document_key(number: str) -> str:
    return fold_lookalikes(_SPACE_RE.sub("", number))


def plate_key(plate: str) -> str:
    return fold_lookalikes(_PLATE_SEPARATORS_RE.sub("", plate))


def vin_key(vin: str) -> str:
    return fold_lookalikes(_SPACE_RE.sub("", vin))


def container_key(number: str) -> str:
    return fold_lookalikes(_SPACE_RE.sub("", number))


def is_identifier_shaped(text: str) -> bool:
    """Whether a query looks like a document number, plate, VIN or container (it has a
    digit; names have none), so that it should not also search names."""
    return any(c.isdigit() for c in text)


def name_keys(*names: str | None) -> set[str]:
    """``name_key`` of each name and each word of that key; empty keys are dropped.

    ``name_key`` separates words by single spaces (hyphens, fillers and punctuation
    become separators), so "Wiśniewska-Nowak" gives WISNIEWSKA NOWAK, WISNIEWSKA and NOWAK.
    """
    keys: set[str] = set()
    for name in names:
        key = name_key(name) if name else ""
        if key:
            keys.add(key)
            keys.update(key.split(" "))
    return keys


def search_keys(insp: Inspection) -> dict[str, set[str]]:
    """Every searchable identifier of ``insp`` by kind; every kind is present, maybe empty."""
    keys: dict[str, set[str]] = {kind: set() for kind in KINDS}
    for person in insp.persons:
        keys["name"] |= name_keys(
            person.surname, person.given_names, person.surname_latin, person.given_names_latin
        )
        if person.document is not None and person.document.number:
            keys["document"].add(document_key(person.document.number))
    vehicle = insp.vehicle
    if vehicle is not None:
        for plate in (vehicle.plate, vehicle.trailer_plate):
            if plate:
                keys["plate"].add(plate_key(plate))
        if vehicle.vin:
            keys["vin"].add(vin_key(vehicle.vin))
    if insp.consignment is not None:
        for container in insp.consignment.containers:
            keys["container"].add(container_key(container.number))
    for kind in KINDS:
        keys[kind].discard("")
    return keys
