"""Lists of record parts edited one at a time: persons, containers, goods, findings.

:class:`ItemList` shows the items on the left and a detail :class:`Part` for the
current one on the right; every edit in the detail writes the item back and
emits ``changed``. The detail parts for persons, goods lines and findings live
here too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

from checkpoint.documents import MrzResult
from checkpoint.domain.goods import (
    Attachment,
    ConcealmentMethod,
    DetectionMethod,
    Finding,
    GoodsLine,
    RiskArea,
    Unit,
)
from checkpoint.domain.ids import new_id
from checkpoint.domain.parties import DocumentType, Person, Role, Sex, TravelDocument
from checkpoint.gui import fields as f
from checkpoint.gui.forms.ui_finding import Ui_FindingPart
from checkpoint.gui.forms.ui_goods_line import Ui_GoodsPart
from checkpoint.gui.forms.ui_item_list import Ui_ItemList
from checkpoint.gui.forms.ui_person import Ui_PersonPart
from checkpoint.gui.mrz import MrzPanel

T = TypeVar("T")


class Detail(f.Part, Generic[T]):
    """A part that edits one item of a list."""

    def load(self, item: T) -> None:
        raise NotImplementedError

    def collect(self) -> T:
        raise NotImplementedError


class ItemList(f.Part, Generic[T]):
    """Items on the left, the current one's detail on the right."""

    current_changed = Signal(int)

    def __init__(self, detail: Detail[T], make: Callable[[], T], label: Callable[[int, T], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ItemList()
        self.ui.setupUi(self)
        self.detail = detail
        self._make, self._label = make, label
        self._items: list[T] = []
        self.ui.detailLayout.addWidget(detail)
        self.ui.addButton.clicked.connect(self.add)
        self.ui.removeButton.clicked.connect(self.remove)
        self.ui.items.currentRowChanged.connect(self._show)
        detail.changed.connect(self._detail_changed)
        self._update()

    # -- the items -----------------------------------------------------------------------

    def load(self, items: Sequence[T]) -> None:
        self._items = list(items)
        self._loading = True
        try:
            self.ui.items.clear()
            for number, item in enumerate(self._items, 1):
                self.ui.items.addItem(QListWidgetItem(self._label(number, item)))
            self.ui.items.setCurrentRow(0 if self._items else -1)
        finally:
            self._loading = False
        self._update()

    def collect(self) -> tuple[T, ...]:
        return tuple(self._items)

    def current(self) -> int:
        return int(self.ui.items.currentRow())

    def select(self, row: int) -> None:
        if 0 <= row < len(self._items):
            self.ui.items.setCurrentRow(row)

    def add(self) -> None:
        self._items.append(self._make())
        self.ui.items.addItem(QListWidgetItem(self._label(len(self._items), self._items[-1])))
        self.ui.items.setCurrentRow(len(self._items) - 1)
        self._update()
        self.changed.emit()
        self.detail.setFocus()
        self.detail.focusNextChild()

    def remove(self) -> None:
        row = self.current()
        if row < 0:
            return
        del self._items[row]
        self.ui.items.takeItem(row)
        self._relabel()
        self._update()
        self.changed.emit()

    def replace_current(self, item: T) -> None:
        row = self.current()
        if row >= 0:
            self._items[row] = item
            self._show(row)
            self._relabel()
            self.changed.emit()

    # -- internals -----------------------------------------------------------------------

    def _show(self, row: int) -> None:
        self.detail.setEnabled(row >= 0)
        if 0 <= row < len(self._items):
            self.detail._loading = True
            try:
                self.detail.load(self._items[row])
            finally:
                self.detail._loading = False
        self.current_changed.emit(row)

    def _detail_changed(self) -> None:
        row = self.current()
        if row < 0 or self._loading:
            return
        self._items[row] = self.detail.collect()
        self._relabel()
        self.changed.emit()

    def _relabel(self) -> None:
        for row, item in enumerate(self._items):
            self.ui.items.item(row).setText(self._label(row + 1, item))

    def _update(self) -> None:
        has = bool(self._items)
        self.ui.removeButton.setEnabled(has and self.ui.addButton.isEnabled())
        self.detail.setVisible(has)


class PersonPart(Detail[Person]):
    """A person and their travel document; the MRZ panel fills both."""

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
            f.FieldCheck(u.birthDateEdit, u.birthDateEditMessage, f.check_date(partial=True)),
            f.FieldCheck(u.nationalityEdit, u.nationalityEditMessage, f.CHECK_COUNTRY),
            f.FieldCheck(u.issuingStateEdit, u.issuingStateEditMessage, f.CHECK_COUNTRY),
            f.FieldCheck(u.expiryEdit, u.expiryEditMessage, f.check_date(partial=False)),
        ]
        self._id = new_id()
        self._mrz_info: Any = None
        self.mrz.scanned.connect(self._scanned)
        self.mrz.override_changed.connect(self._emit)
        self.watch()
        self.focus_map = [
            (r"document mrz", self.mrz.ui.overrideEdit), (r"document: type", u.docTypeCombo),
            (r"issuing state", u.issuingStateEdit), (r"document: number", u.docNumberEdit),
            (r"expiry", u.expiryEdit), (r"surname", u.surnameLatinEdit),
            (r"birth date", u.birthDateEdit), (r"sex", u.sexCombo),
            (r"nationality", u.nationalityEdit), (r"travel document", self.mrz.ui.mrzEdit),
        ]

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
            checks = [(c.field, c.ok, c.expected, c.found) for c in doc.mrz.checks]
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
        current = self.collect()
        scanned = Person.from_mrz(result, current.role, person_id=current.id)
        scanned = replace(scanned, surname=current.surname, given_names=current.given_names)
        self._loading = True
        try:
            self.load(scanned)
            self.mrz.show_result(result)
        finally:
            self._loading = False
        self.changed.emit()
        self.ui.surnameEdit.setFocus()


def person_label(number: int, p: Person) -> str:
    name = " ".join(x for x in (p.surname_latin or p.surname, p.given_names_latin) if x)
    return f"{number}. {name or '—'} ({f.enum_label(p.role)})"


class GoodsPart(Detail[GoodsLine]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = u = Ui_GoodsPart()
        u.setupUi(self)
        f.fill_combo(u.unitCombo, Unit)
        self.checks = [
            f.FieldCheck(u.hsEdit, u.hsEditMessage, f.CHECK_HS),
            f.FieldCheck(u.currencyEdit, u.currencyEditMessage, f.CHECK_CURRENCY),
            f.FieldCheck(u.originEdit, u.originEditMessage, f.CHECK_COUNTRY),
        ]
        self.watch()
        self.focus_map = [(r"hs code", u.hsEdit), (r"description", u.descriptionEdit),
                          (r"quantity", u.declaredEdit), (r"unit", u.unitCombo),
                          (r"currency", u.currencyEdit), (r"origin", u.originEdit)]

    def load(self, item: GoodsLine) -> None:
        u = self.ui
        f.set_text(u.hsEdit, item.hs_code)
        f.set_text(u.descriptionEdit, item.description)
        f.show_number(u.declaredEdit, item.declared_quantity)
        f.show_number(u.foundEdit, item.found_quantity)
        f.set_combo(u.unitCombo, item.unit)
        f.show_number(u.valueEdit, item.value)
        f.set_text(u.currencyEdit, item.currency)
        f.set_text(u.originEdit, item.origin)

    def collect(self) -> GoodsLine:
        u = self.ui
        return GoodsLine(
            hs_code=f.text(u.hsEdit), description=f.text(u.descriptionEdit),
            declared_quantity=f.number(u.declaredEdit), found_quantity=f.number(u.foundEdit),
            unit=f.combo_value(u.unitCombo, Unit), value=f.number(u.valueEdit),
            currency=f.upper(u.currencyEdit), origin=f.upper(u.originEdit))


def goods_label(number: int, g: GoodsLine) -> str:
    return f"{number}. {g.description or g.hs_code or '—'}"


class FindingPart(Detail[Finding]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = u = Ui_FindingPart()
        u.setupUi(self)
        f.fill_combo(u.riskCombo, RiskArea)
        f.fill_combo(u.unitCombo, Unit)
        f.fill_combo(u.concealmentCombo, ConcealmentMethod)
        f.fill_combo(u.detectionCombo, DetectionMethod)
        self._id = new_id()
        self.watch()
        self.focus_map = [(r"risk area", u.riskCombo), (r"commodity", u.commodityEdit),
                          (r"quantity", u.quantityEdit), (r"unit", u.unitCombo),
                          (r"concealment", u.concealmentCombo), (r"detection", u.detectionCombo),
                          (r"photo", u.photosList)]

    def set_attachments(self, attachments: Sequence[Attachment]) -> None:
        """Offer the inspection's photos to tick (keeps what is ticked)."""
        ticked = self._ticked()
        self._loading = True
        try:
            self.ui.photosList.clear()
            for a in attachments:
                item = QListWidgetItem(a.caption or a.id[-8:])
                item.setData(Qt.ItemDataRole.UserRole, a.id)
                item.setCheckState(Qt.CheckState.Checked if a.id in ticked
                                   else Qt.CheckState.Unchecked)
                self.ui.photosList.addItem(item)
        finally:
            self._loading = False

    def _ticked(self) -> set[str]:
        out = set()
        for row in range(self.ui.photosList.count()):
            item = self.ui.photosList.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.add(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def load(self, item: Finding) -> None:
        u = self.ui
        self._id = item.id
        f.set_combo(u.riskCombo, item.risk_area)
        f.set_text(u.commodityEdit, item.commodity)
        f.show_number(u.quantityEdit, item.quantity)
        f.set_combo(u.unitCombo, item.unit)
        f.set_combo(u.concealmentCombo, item.concealment_method)
        f.set_text(u.concealmentDetailsEdit, item.concealment_details)
        f.set_combo(u.detectionCombo, item.detection_method)
        for row in range(u.photosList.count()):
            it = u.photosList.item(row)
            on = it.data(Qt.ItemDataRole.UserRole) in item.attachment_ids
            it.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def collect(self) -> Finding:
        u = self.ui
        ticked = self._ticked()
        order = [str(u.photosList.item(r).data(Qt.ItemDataRole.UserRole))
                 for r in range(u.photosList.count())]
        return Finding(
            id=self._id, risk_area=f.combo_value(u.riskCombo, RiskArea),
            commodity=f.text(u.commodityEdit), quantity=f.number(u.quantityEdit),
            unit=f.combo_value(u.unitCombo, Unit),
            concealment_method=f.combo_value(u.concealmentCombo, ConcealmentMethod),
            concealment_details=f.text(u.concealmentDetailsEdit),
            detection_method=f.combo_value(u.detectionCombo, DetectionMethod),
            attachment_ids=tuple(i for i in order if i in ticked))


def finding_label(number: int, x: Finding) -> str:
    area = f.enum_label(x.risk_area) if x.risk_area else ""
    return f"{number}. {x.commodity or area or '—'}"


def new_person() -> Person:
    return Person(id=new_id(), role=Role.DRIVER)


def new_finding() -> Finding:
    return Finding(id=new_id())
