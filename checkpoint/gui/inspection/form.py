"""The inspection form: every part of the record, autosaved, finalized, amended.

Every edit restarts a short timer (the workstation's ``autosave_delay_ms``, 300 ms
by default); when it fires the draft is saved to the encrypted store on the
database thread. Work submitted later (finalize, lock, close) runs after that save
because the one database thread runs work in order. Finalizing lists what is
missing (each line a problem's code worded in the officer's language); activating a
line moves the cursor to the field the problem's path names. A finalized record is
shown read-only with its amendments; an amendment shows what it corrects and why.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from checkpoint.documents import MrzResult
from checkpoint.domain.goods import Finding, GoodsLine
from checkpoint.domain.ids import new_id
from checkpoint.domain.inspection import (
    ConveyanceMode,
    Direction,
    Inspection,
    Outcome,
    Trigger,
    finalize_problems,
    finalize_warnings,
    has_content,
)
from checkpoint.domain.parties import Person
from checkpoint.errors import Problem, ValidationError, path_parts
from checkpoint.gui.forms.ui_inspection_form import Ui_InspectionForm
from checkpoint.gui.inspection import field_values as f
from checkpoint.gui.inspection.cash_part import CashPart
from checkpoint.gui.inspection.consignment_part import ConsignmentPart
from checkpoint.gui.inspection.crossings import CrossingsView
from checkpoint.gui.inspection.finding_part import FindingPart, finding_label, new_finding
from checkpoint.gui.inspection.general_part import GeneralPart
from checkpoint.gui.inspection.goods_part import GoodsPart, goods_label
from checkpoint.gui.inspection.hit_panel import HitPanel, finalize_notes
from checkpoint.gui.inspection.item_list import ItemList
from checkpoint.gui.inspection.ownership_bar import OwnershipBar
from checkpoint.gui.inspection.part import Part, input_widgets, keep_at_top
from checkpoint.gui.inspection.person_part import (
    PersonPart,
    default_role,
    person_label,
    scan_target,
    scanned_person,
)
from checkpoint.gui.inspection.photos_part import PhotosPart
from checkpoint.gui.inspection.protocol import write_pdf
from checkpoint.gui.inspection.summary import FinalizeSummary
from checkpoint.gui.inspection.vehicle_part import VehiclePart
from checkpoint.gui.list_model import local_time
from checkpoint.gui.messages import message_for
from checkpoint.gui.ops import Op, TaskManager
from checkpoint.gui.problems import problem_text
from checkpoint.gui.wheel_guard import guard_wheel
from checkpoint.services import exchange_rates, inspections, printing
from checkpoint.services.ownership import Access

log = logging.getLogger(__name__)


def first_field(page: QWidget) -> QWidget:
    """The first widget Tab reaches inside ``page`` (the page itself when none)."""
    widget: QWidget | None = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (page.isAncestorOf(widget) and widget.isVisibleTo(page) and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            return widget
        widget = widget.nextInFocusChain()
    return page


def _names(parts: Sequence[str | int]) -> str:
    """A path relative to a part, list indexes left out: ``document.number``."""
    return ".".join(str(part) for part in parts if isinstance(part, str))


#: The tab of each part of the record, by the first name of a problem's path.
_TABS = {"persons": 1, "vehicle": 2, "consignment": 3, "goods": 4, "cash": 5, "findings": 6}


class InspectionForm(QWidget):
    saved = Signal(object)  # the Inspection as saved
    finalized = Signal(object)
    open_requested = Signal(str)  # a related record's id
    amend_requested = Signal(str)  # the id of the record to amend
    case_requested = Signal(str, str)  # an offence case from (inspection id, finding id)
    close_requested = Signal()
    failed = Signal(object)  # an error to show
    printed = Signal(str)  # the protocol's file, written and journaled

    def __init__(self, tasks: TaskManager, insp: Inspection, related: Sequence[Inspection] = (),
                 *, autosave_ms: int = 300, access: Access | None = None,
                 parent: QWidget | None = None) -> None:
        """``access`` (:func:`checkpoint.services.ownership.access`): whether the operator
        may change the record; None for their own new draft or amendment."""
        super().__init__(parent)
        self.tasks = tasks
        self.access = access
        self.ui = u = Ui_InspectionForm()
        u.setupUi(self)
        self.general = GeneralPart()
        self.persons: ItemList[Person] = ItemList(PersonPart(), self._new_person, person_label)
        self.vehicle = VehiclePart()
        self.consignment = ConsignmentPart()
        self.goods: ItemList[GoodsLine] = ItemList(GoodsPart(), GoodsLine,
                                        goods_label)
        self.cash = CashPart()
        self.findings: ItemList[Finding] = ItemList(FindingPart(), new_finding, finding_label)
        self.photos = PhotosPart()
        self.parts: list[Part] = [self.general, self.persons, self.vehicle, self.consignment,
                                    self.goods, self.cash, self.findings, self.photos]
        for part, layout in zip(self.parts, (
                u.generalTabLayout, u.personsTabLayout, u.vehicleTabLayout,
                u.consignmentTabLayout, u.goodsTabLayout, u.cashTabLayout,
                u.findingsTabLayout, u.photosTabLayout), strict=True):
            if isinstance(part, ItemList):  # the detail scrolls, the list and buttons stay
                layout.addWidget(part)
            else:
                scroll = QScrollArea()
                scroll.setWidgetResizable(True)
                scroll.setFrameShape(QFrame.Shape.NoFrame)
                scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields
                scroll.setWidget(part)
                layout.addWidget(scroll)
            part.changed.connect(self._changed)
            keep_at_top(part.detail if isinstance(part, ItemList) else part)
        self.crossings = CrossingsView(tasks, u.personsTabLayout, u.vehicleTabLayout,
                                       lambda: self.disposed, self)
        self.crossings.open_requested.connect(self.open_requested)
        self.persons.changed.connect(self._persons_changed)
        self.person_part.scanned.connect(self.take_scan)
        self.photos.add_requested.connect(self._add_photo)
        self.photos.photo_wanted.connect(self._fetch_photo)
        Op(tasks, exchange_rates.rates).success(self.cash.set_rates).failure(
            lambda e: log.info("no EUR rates: %s", type(e).__name__)).run()
        u.problemsBox.hide()
        # the banner of a finalized record is one line; the tabs take the spare height
        u.readOnlyBanner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        u.verticalLayout.setStretchFactor(u.splitter, 1)
        u.splitter.setStretchFactor(0, 3)
        u.splitter.setStretchFactor(1, 1)
        u.problemsList.itemActivated.connect(self._go_to_problem)
        u.finalizeButton.clicked.connect(self.ask_finalize)
        u.amendButton.clicked.connect(lambda: self.amend_requested.emit(self.insp.id))
        u.openCaseButton.clicked.connect(self.request_case)
        u.closeButton.clicked.connect(self.close_requested)
        u.relatedLabel.linkActivated.connect(self.open_requested)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.ask_finalize)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.ask_finalize)
        QShortcut(QKeySequence("Ctrl+W"), self, self.close_requested.emit)
        self.print_button = QPushButton(self.tr("Print protocol…"))
        self.print_button.setToolTip(self.tr("The protocol as a PDF, with the record's number "
                                             "and digest (Ctrl+P)"))
        u.headerLayout.insertWidget(u.headerLayout.indexOf(u.amendButton), self.print_button)
        self.print_button.clicked.connect(lambda: self.print_protocol())
        QShortcut(QKeySequence("Ctrl+P"), self, lambda: self.print_protocol())
        self.ownership = OwnershipBar(tasks, u.readOnlyBanner, self)
        u.headerLayout.insertWidget(u.headerLayout.indexOf(u.closeButton), self.ownership.button)
        self.ownership.taken.connect(self._taken_over)
        self.ownership.failed.connect(self.failed)
        self.hits = HitPanel(tasks, self)
        u.headerLayout.insertWidget(u.headerLayout.indexOf(u.closeButton), self.hits.button)
        self._tab_keys()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(autosave_ms)
        self._timer.timeout.connect(self.save_now)
        self._dirty = False
        self.saves_in_flight = 0
        self.disposed = False
        keep = {id(w) for w in (u.closeButton, u.amendButton, u.finalizeButton,
                                u.openCaseButton, self.print_button, self.ownership.button,
                                self.hits.button)}
        self._inputs = [w for w in input_widgets(self) if id(w) not in keep]
        self._shown_read_only = False
        self.wheel_guard = guard_wheel(self)
        self.load(insp, related)

    def dispose(self, *, drop_if_empty: bool = False) -> None:
        """Save what is pending and let the widget go; late results are then ignored.

        ``drop_if_empty`` (closing the form): a draft in which nothing was recorded is
        deleted rather than left behind as an empty row (a lock keeps it)."""
        self.save_now()
        self.disposed = True
        if drop_if_empty and not self.read_only and not has_content(self.collect()):
            record_id = self.insp.id
            Op(self.tasks, lambda s: inspections.drop_if_empty(s, record_id)).failure(
                lambda e: log.info("an empty draft was kept: %s", type(e).__name__)).run()
        self.deleteLater()

    def request_case(self) -> None:
        """Ask for an offence case from the finding shown on the Findings tab (the first
        one when none is selected); a finalized inspection only."""
        findings = self.insp.findings
        if self.insp.is_draft or not findings:
            return
        row = self.findings.current()
        finding = findings[row] if 0 <= row < len(findings) else findings[0]
        self.case_requested.emit(self.insp.id, finding.id)

    # -- showing a record ----------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        """Finalized, or a draft of another officer (:mod:`.ownership_bar`)."""
        return not self.insp.is_draft or (self.access is not None and not self.access.editable)

    def load(self, insp: Inspection, related: Sequence[Inspection] = ()) -> None:
        self.insp = insp
        self.related = list(related)
        for part in self.parts:
            part._loading = True
        try:
            self.general.load(insp.checkpoint, insp.lane, insp.direction, insp.conveyance_mode,
                              insp.control_types, insp.trigger, insp.started_at, insp.outcome,
                              insp.remarks)
            self.photos.load(insp.attachments)
            self._offer_photos()
            self.persons.load(insp.persons)
            self.vehicle.load(insp.vehicle)
            self.consignment.load(insp.consignment)
            self.goods.load(insp.goods)
            self.cash.set_persons(insp.persons)
            self.cash.load(insp.cash)
            self.findings.load(insp.findings)
        finally:
            for part in self.parts:
                part._loading = False
        if not insp.is_draft:
            self.hits.load(insp.id)
        else:
            self.hits.preview(insp)
        self._dirty = False
        self._apply_state()
        self.crossings.refresh(insp)

    def _apply_state(self) -> None:
        """Header, banner, buttons and read-only state for the record's status."""
        self._show_header()
        ro = self.read_only
        if ro != self._shown_read_only:
            for widget in self._inputs:
                if isinstance(widget, QLineEdit | QPlainTextEdit):
                    widget.setReadOnly(ro)
                    # the style sheet's :read-only look is not recomputed on its own (a
                    # draft taken over stayed drawn grey)
                    widget.style().unpolish(widget)
                    widget.style().polish(widget)
                else:
                    widget.setEnabled(not ro)
            self._shown_read_only = ro
        self.ownership.show_for(self.insp, self.access)
        final = not self.insp.is_draft
        self.ui.finalizeButton.setVisible(not ro)
        self.ui.amendButton.setVisible(final)
        self.print_button.setVisible(final)
        self.ui.openCaseButton.setVisible(final and bool(self.insp.findings))
        if ro:
            self.ui.problemsBox.hide()

    def _show_header(self) -> None:
        insp = self.insp
        state = self.tr("draft") if insp.is_draft else self.tr("finalized")
        kind = self.tr("Amendment") if insp.amends else self.tr("Inspection")
        when = local_time(insp.created_at)
        self.ui.titleLabel.setText(f"{kind} {when} · {insp.author} · {state}")
        lines = []
        if insp.amends:
            lines.append(self.tr("Corrects <a href=\"%1\">the original record</a>. Reason: %2")
                         .replace("%1", insp.amends)
                         .replace("%2", html.escape(insp.amendment_reason or "")))
        for a in self.related:
            lines.append(self.tr("Amended <a href=\"%1\">%2 by %3</a> (%4): %5")
                         .replace("%1", a.id).replace("%2", local_time(a.created_at))
                         .replace("%3", html.escape(a.author))
                         .replace("%4", self.tr("draft") if a.is_draft else self.tr("finalized"))
                         .replace("%5", html.escape(a.amendment_reason or "")))
        current = [a for a in self.related if not a.is_draft]
        if current:
            lines.insert(0, "<b>" + self.tr(
                "A later version corrects this record: <a href=\"%1\">open the current "
                "version</a>.").replace("%1", current[-1].id) + "</b>")
        self.ui.relatedLabel.setText("<br>".join(lines))
        self.ui.relatedLabel.setVisible(bool(lines))
        if not insp.is_draft and insp.finalized_at:
            self.ui.saveStateLabel.setText(self.tr("Finalized %1").replace(
                "%1", local_time(insp.finalized_at)))

    def collect(self) -> Inspection:
        """The draft as the form shows it now."""
        g = self.general
        return self.insp.with_changes(
            checkpoint=f.text(g.ui.checkpointEdit), lane=f.text(g.ui.laneEdit),
            direction=f.combo_value(g.ui.directionCombo, Direction),
            conveyance_mode=f.combo_value(g.ui.modeCombo, ConveyanceMode),
            control_types=g.control_types(),
            trigger=f.combo_value(g.ui.triggerCombo, Trigger),
            outcome=f.combo_value(g.ui.outcomeCombo, Outcome),
            remarks=f.text(g.ui.remarksEdit), persons=self.persons.collect(),
            vehicle=self.vehicle.collect(), consignment=self.consignment.collect(),
            goods=self.goods.collect(), cash=self.cash.collect(),
            findings=self.findings.collect())

    # -- saving --------------------------------------------------------------------------

    def _changed(self) -> None:
        if self.read_only:
            return
        if self.ui.problemsBox.isVisible():
            self._refresh_problems()
        self._dirty = True
        self.ui.saveStateLabel.setText(self.tr("Editing…"))
        self._timer.start()

    @property
    def person_part(self) -> PersonPart:
        detail = self.persons.detail
        assert isinstance(detail, PersonPart)
        return detail

    def _new_person(self) -> Person:
        mode = f.combo_value(self.general.ui.modeCombo, ConveyanceMode)
        return Person(id=new_id(), role=default_role(self.persons.collect(), mode))

    def take_scan(self, result: MrzResult) -> None:
        """A zone read by the reader (in the MRZ field or anywhere in the form): fill the
        person it belongs to, or a new one (never another traveller: see
        :func:`~.person_part.scan_target`). A finalized record takes no scan."""
        if self.read_only:
            return
        self.ui.tabs.setCurrentIndex(_TABS["persons"])
        persons = self.persons
        items = persons.collect()
        row = scan_target(items, persons.current(), result)
        if row is None:
            row = persons.append(self._new_person())
            items = persons.collect()
        persons.select(row)
        persons.replace_current(scanned_person(result, items[row]))
        self.person_part.show_scan(result)

    def _taken_over(self, insp: Inspection) -> None:
        """The supervisor took the draft over: theirs now, editable."""
        if self.disposed:
            return
        previous = self.access.owner if self.access is not None else ""
        self.access = Access(editable=True, owner=insp.author, can_take_over=False)
        self.load(insp, self.related)
        self.ui.saveStateLabel.setText(self.tr("Taken over from %1").replace("%1", previous))
        self.focus_first()

    def _persons_changed(self) -> None:
        self.cash.set_persons(self.persons.collect())

    def save_now(self) -> None:
        """Save the draft now if anything changed since the last save."""
        self._timer.stop()
        if not self._dirty or self.read_only:
            return
        self._dirty = False
        draft = self.collect()
        self.insp = draft
        self.saves_in_flight += 1
        Op(self.tasks, lambda s: inspections.autosave(s, draft)).success(
            self._saved).failure(self._save_failed).run()

    def _saved(self, insp: Inspection) -> None:
        self.saves_in_flight -= 1
        if self.disposed:
            return
        self.ui.saveStateLabel.setText(self.tr("Saved %1").replace(
            "%1", local_time(insp.updated_at)))
        self.crossings.refresh(insp)
        if insp.is_draft:
            self.hits.preview(insp)  # screened as typed
        self.saved.emit(insp)

    def _save_failed(self, error: BaseException) -> None:
        self.saves_in_flight -= 1
        if self.disposed:
            return
        self._dirty = True
        self.ui.saveStateLabel.setText(self.tr("NOT saved"))
        self.failed.emit(error)

    @property
    def pending_save(self) -> bool:
        return self._timer.isActive() or self._dirty

    # -- finalizing ----------------------------------------------------------------------

    def _tab_keys(self) -> None:
        """Tabs from anywhere in the form: Ctrl+Tab / Ctrl+PgDn next, Ctrl+Shift+Tab /
        Ctrl+PgUp previous, Alt+1…Alt+8 directly (the tabs have no Alt+letter, which the
        menus and the fields use)."""
        tabs = self.ui.tabs

        def step(by: int) -> None:
            tabs.setCurrentIndex((tabs.currentIndex() + by) % tabs.count())
            first_field(tabs.currentWidget()).setFocus(Qt.FocusReason.TabFocusReason)

        for keys, by in (("Ctrl+Tab", 1), ("Ctrl+PgDown", 1), ("Ctrl+Shift+Tab", -1),
                         ("Ctrl+Backtab", -1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda by=by: step(by))
        for index in range(tabs.count()):
            shortcut = QShortcut(QKeySequence(f"Alt+{index + 1}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda index=index: step(index - tabs.currentIndex()))
            tabs.setTabToolTip(index, f"Alt+{index + 1}")

    def ask_finalize(self) -> None:
        """Ctrl+Enter, Finalize: list what is missing, or show the summary to confirm."""
        if self.read_only:
            return
        draft = self.collect()
        problems = finalize_problems(draft)
        if problems:
            self.save_now()
            self.show_problems(problems)
            return
        warnings = [problem_text(w) for w in finalize_warnings(draft)]
        warnings += finalize_notes(self.hits.found)  # the hits screened as typed
        dialog = FinalizeSummary(draft, warnings, self)
        dialog.accepted.connect(self.finalize)
        self.summary_dialog = dialog
        dialog.open()

    def finalize(self) -> None:
        """Finalize now (after the summary was confirmed)."""
        if self.read_only:
            return
        self.save_now()
        draft = self.collect()
        Op(self.tasks, lambda s: inspections.finalize(s, draft), parent=self,
           label=self.tr("Finalizing…")).success(self._finalized).failure(
            self._not_finalized).run()

    def _finalized(self, insp: Inspection) -> None:
        if self.disposed:
            return
        self.insp = insp  # the content on screen is what was finalized: only the state changes
        self._apply_state()
        self.hits.load(insp.id, announce=True)
        self.finalized.emit(insp)

    def _not_finalized(self, error: BaseException) -> None:
        if self.disposed:
            return
        if isinstance(error, ValidationError) and error.problems:
            self.show_problems(error.problems)
        else:
            self.failed.emit(error)

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """List what stops finalizing, in the officer's words; each line keeps its problem
        (Enter or a double click on it goes to the field)."""
        lst = self.ui.problemsList
        lst.clear()
        for problem in problems:
            item = QListWidgetItem(problem_text(problem))
            item.setData(Qt.ItemDataRole.UserRole, problem.path)
            lst.addItem(item)
        self._problems_title(len(problems))
        self.ui.problemsBox.show()
        lst.setCurrentRow(0)
        lst.setFocus()

    def _problems_title(self, count: int) -> None:
        self.ui.problemsTitle.setText(
            self.tr("To do before finalizing: %1").replace("%1", str(count)) if count
            else self.tr("Nothing left to do: finalize with Ctrl+Enter."))
        self.ui.problemsHint.setVisible(count > 0)
        self.ui.problemsList.setVisible(count > 0)

    def _refresh_problems(self) -> None:
        """The list follows the form: a fixed problem leaves it as it is fixed."""
        lst = self.ui.problemsList
        current = lst.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        problems = finalize_problems(self.collect())
        lst.blockSignals(True)
        try:
            lst.clear()
            for problem in problems:
                item = QListWidgetItem(problem_text(problem))
                item.setData(Qt.ItemDataRole.UserRole, problem.path)
                lst.addItem(item)
                if problem.path == keep:
                    lst.setCurrentItem(item)
        finally:
            lst.blockSignals(False)
        self._problems_title(len(problems))

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        self.focus_path(str(item.data(Qt.ItemDataRole.UserRole)))

    def focus_path(self, path: str) -> bool:
        """Show the tab and focus the field at ``path`` (a problem's path in the record's
        document, ``persons[0].document.number``); tell whether there was one."""
        parts = path_parts(path)
        if not parts:
            return False
        head, rest = parts[0], parts[1:]
        tabs = self.ui.tabs
        if head not in _TABS:
            tabs.setCurrentIndex(0)
            return self.general.focus_path(_names(parts))
        tabs.setCurrentIndex(_TABS[str(head)])
        if head == "persons" and not rest:
            self.persons.ui.addButton.setFocus()  # there is no person yet
            return True
        lists: dict[str, ItemList[Any]] = {"persons": self.persons, "goods": self.goods,
                                           "findings": self.findings}
        if str(head) in lists and rest and isinstance(rest[0], int):
            items = lists[str(head)]
            items.select(rest[0])
            return items.detail.focus_path(_names(rest[1:]))
        if head == "cash" and rest[:1] == ("currencies",) and len(rest) > 1:
            index = rest[1]
            self.cash.currencies.select(index if isinstance(index, int) else 0)
        if head == "consignment" and rest[:1] == ("containers",) and len(rest) > 1:
            containers = self.consignment.containers
            index = rest[1]
            containers.select(index if isinstance(index, int) else 0)
            return containers.detail.focus_path(_names(rest[2:]))
        part: Part | None = {"vehicle": self.vehicle, "consignment": self.consignment,
                             "cash": self.cash}.get(str(head))
        return part is not None and part.focus_path(_names(rest))

    # -- printing ------------------------------------------------------------------------

    def print_protocol(self, path: Path | None = None) -> None:
        """Write the finalized record's protocol as a PDF (asking where, unless ``path``
        is given); the print is journaled with the record's digest."""
        if self.insp.is_draft:
            return
        if path is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation)
            if not Path(folder).is_dir():  # no Documents folder: the home folder
                folder = QStandardPaths.writableLocation(
                    QStandardPaths.StandardLocation.HomeLocation)
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the protocol"),
                str(Path(folder) / f"protocol-{self.insp.id[-12:]}.pdf"), self.tr("PDF (*.pdf)"))
            if not chosen:
                return
            path = Path(chosen)
        target, record_id = path, self.insp.id
        Op(self.tasks, lambda s: printing.protocol(s, record_id)).success(
            lambda proto: self._write_protocol(proto, target)).failure(self.failed.emit).run()

    def _write_protocol(self, proto: printing.Protocol, path: Path) -> None:
        if self.disposed:
            return
        try:
            pages = write_pdf(path, proto.record, proto.digest, proto.operator)
        except OSError as e:
            self.failed.emit(e)
            return
        record_id = proto.record.id
        Op(self.tasks, lambda s: printing.printed(s, record_id, proto.digest, pages)).success(
            lambda _r: self.printed.emit(str(path))).failure(self.failed.emit).run()

    # -- photos --------------------------------------------------------------------------

    def _add_photo(self, data: bytes, media_type: str, caption: str) -> None:
        self.save_now()
        draft = self.collect()
        Op(self.tasks, lambda s: inspections.add_photo(s, draft, data, media_type,
                                                       caption or None)).success(
            self._photo_added).failure(self.failed.emit).run()

    def _photo_added(self, insp: Inspection) -> None:
        if self.disposed:
            return
        self.insp = insp
        self.photos.load(insp.attachments)
        self._offer_photos()
        self.saved.emit(insp)

    def _offer_photos(self) -> None:
        detail = self.findings.detail
        assert isinstance(detail, FindingPart)
        detail.set_attachments(self.insp.attachments)

    def _fetch_photo(self, attachment_id: str) -> None:
        Op(self.tasks, lambda s: inspections.photo(s, attachment_id)).success(
            lambda photo: None if self.disposed else self.photos.show_photo(attachment_id,
                                                                             photo.data)
        ).failure(lambda e: log.info("photo not shown: %s", message_for(e))).run()

    def focus_first(self) -> None:
        self.ui.tabs.setCurrentIndex(0)
        self.general.ui.checkpointEdit.setFocus()
