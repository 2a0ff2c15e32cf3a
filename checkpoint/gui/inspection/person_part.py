"""A person of the inspection and their travel document; the MRZ panel fills both."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from checkpoint.documents import MrzResult
from checkpoint.domain.completeness import document_warnings
from checkpoint.domain.ids import new_id
from checkpoint.domain.inspection import ConveyanceMode
from checkpoint.domain.parties import DocumentType, Person, Role, Sex, TravelDocument
from checkpoint.gui.forms.ui_person import Ui_PersonPart
from checkpoint.gui.inspection import field_checks as fc
from checkpoint.gui.inspection import field_values as f
from checkpoint.gui.inspection.item_list import Detail
from checkpoint.gui.inspection.mrz_panel import MrzCheck, MrzPanel
from checkpoint.gui.problems import problem_text


class PersonPart(Detail[Person]):
    """A person and their travel document; the MRZ panel fills both."""

    scanned = Signal(object)  # MrzResult: a zone read by the panel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonPart()
        self.ui.setupUi(self)
        self.mrz = MrzPanel(self)
        self.ui.mrzLayout.addWidget(self.mrz)
        f.fill_combo(self.ui.roleCombo, Role, blank=False)
        f.fill_combo(self.ui.sexCombo, Sex, labels={"M": "M", "F": "F", "X": "X"})
        f.fill_combo(self.ui.docTypeCombo, DocumentType)
        u = self.ui
        self.checks = [
            fc.FieldCheck(u.birthDateEdit, u.birthDateEditMessage, fc.check_date(partial=True)),
            fc.FieldCheck(u.nationalityEdit, u.nationalityEditMessage, fc.CHECK_COUNTRY),
            fc.FieldCheck(u.issuingStateEdit, u.issuingStateEditMessage, fc.CHECK_COUNTRY),
            fc.FieldCheck(u.expiryEdit, u.expiryEditMessage, fc.check_date(partial=False)),
        ]
        self._id = new_id()
        self._mrz_info: Any = None
        self.mrz.scanned.connect(self._scanned)
        self.mrz.override_changed.connect(self._emit)
        self.watch()
        self.field_widgets = {
            "surname_latin": u.surnameLatinEdit, "birth_date": u.birthDateEdit,
            "sex": u.sexCombo, "nationality": u.nationalityEdit,
            "document": self.mrz.ui.mrzEdit, "document.type": u.docTypeCombo,
            "document.issuing_state": u.issuingStateEdit, "document.number": u.docNumberEdit,
            "document.expiry": u.expiryEdit, "document.mrz": self.mrz.ui.overrideEdit,
        }

    def load(self, item: Person) -> None:
        u = self.ui
        self._id = item.id
        f.set_combo(u.roleCombo, item.role)
        for edit, value in ((u.surnameEdit, item.surname), (u.givenNamesEdit, item.given_names),
                            (u.surnameLatinEdit, item.surname_latin),
                            (u.givenNamesLatinEdit, item.given_names_latin),
                            (u.birthDateEdit, item.birth_date),
                            (u.nationalityEdit, item.nationality)):
            f.set_text(edit, value)
        f.set_combo(u.sexCombo, item.sex)
        doc = item.document or TravelDocument()
        f.set_combo(u.docTypeCombo, doc.type)
        f.set_text(u.issuingStateEdit, doc.issuing_state)
        f.set_text(u.docNumberEdit, doc.number)
        f.set_text(u.expiryEdit, doc.expiry)
        self._mrz_info = doc.mrz
        if doc.mrz is None:
            self.mrz.show_checks((), ())
            self.mrz.set_override_reason(None)
        else:
            checks = [MrzCheck(c.field, c.ok, c.expected, c.found) for c in doc.mrz.checks]
            self.mrz.show_checks(doc.mrz.lines, checks, doc.mrz.format.value)
            self.mrz.set_override_reason(doc.mrz.override_reason)

    def collect(self) -> Person:
        u = self.ui
        mrz = self._mrz_info
        if mrz is not None:
            mrz = replace(mrz, override_reason=self.mrz.override_reason())
        document = TravelDocument(
            type=f.combo_value(u.docTypeCombo, DocumentType),
            issuing_state=f.upper(u.issuingStateEdit),
            number=f.upper(u.docNumberEdit), expiry=f.text(u.expiryEdit), mrz=mrz)
        return Person(
            id=self._id, role=f.combo_value(u.roleCombo, Role) or Role.DRIVER,
            surname=f.text(u.surnameEdit), given_names=f.text(u.givenNamesEdit),
            surname_latin=f.upper(u.surnameLatinEdit),
            given_names_latin=f.upper(u.givenNamesLatinEdit),
            birth_date=f.text(u.birthDateEdit), sex=f.combo_value(u.sexCombo, Sex),
            nationality=f.upper(u.nationalityEdit),
            document=None if document == TravelDocument() else document)

    def _scanned(self, result: MrzResult) -> None:
        """The panel read a zone: whose it is is the form's decision (:func:`scan_target`)."""
        self.scanned.emit(result)

    def show_scan(self, result: MrzResult) -> None:
        """Show the check digits of the zone just read (after the person is loaded) and
        warn about the document (expired, expiring soon)."""
        self.mrz.show_result(result)
        document = self.collect().document
        if document is not None:
            self.mrz.add_warnings(
                problem_text(w).partition(": ")[2] or problem_text(w)
                for w in document_warnings(document, "document", date.today()))
        self.ui.surnameEdit.setFocus()


def person_label(number: int, p: Person) -> str:
    name = " ".join(x for x in (p.surname_latin or p.surname, p.given_names_latin) if x)
    return f"{number}. {name or '—'} ({f.enum_label(p.role)})"


def default_role(persons: Sequence[Person], mode: ConveyanceMode | None) -> Role:
    """The role a new person starts with (the officer changes it when it is wrong).

    On foot everyone is a pedestrian. By road (or while the mode is not chosen yet)
    the first person is the driver as long as nobody is the driver yet; everyone
    after that is a passenger. By rail, sea, air or post nobody is presumed to be
    the driver: a passenger (the officer picks crew).
    """
    if mode is ConveyanceMode.PEDESTRIAN:
        return Role.PEDESTRIAN
    road = mode is None or mode is ConveyanceMode.ROAD
    if road and not any(p.role is Role.DRIVER for p in persons):
        return Role.DRIVER
    return Role.PASSENGER


def is_blank(person: Person) -> bool:
    """Nothing typed or scanned for this person yet (the role is a default)."""
    return person == Person(id=person.id, role=person.role)


def scan_target(persons: Sequence[Person], current: int, result: MrzResult) -> int | None:
    """The row a scanned zone fills, or None for a new person.

    A scan never overwrites another traveller: it fills the current person only when
    nothing was entered for them yet or it is their own document scanned again; the
    person who already holds that document number is filled again (selected); any
    other scan starts a new person.
    """
    number = result.document_number

    def holds(p: Person) -> bool:
        return bool(number) and p.document is not None and p.document.number == number

    if 0 <= current < len(persons) and (is_blank(persons[current]) or holds(persons[current])):
        return current
    return next((row for row, p in enumerate(persons) if holds(p)), None)


def scanned_person(result: MrzResult, before: Person) -> Person:
    """``before`` as the scanned zone describes them: the zone's fields replace the
    person's, the names in the original script (not in the zone) are kept."""
    scanned = Person.from_mrz(result, before.role, person_id=before.id)
    return replace(scanned, surname=before.surname, given_names=before.given_names)
