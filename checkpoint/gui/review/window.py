"""The supervisor's review of a shift: records, audit trail, highlights, charts, journal.

Opened from the Shift menu. The first paint needs only :func:`review.load` (the
shift's records and its journal range); the journal's verification (every entry
since the workstation was set up) and the 30-day charts follow on the database
thread and fill in when ready, so a large store never delays the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from checkpoint.gui.messages import message_for
from checkpoint.gui.ops import Op, TaskManager
from checkpoint.gui.review.charts import ChartWidget
from checkpoint.gui.review.dialogs import RemarksDialog
from checkpoint.gui.review.journal_view import JournalView
from checkpoint.gui.review.models import EventsModel, ItemsModel, local_time
from checkpoint.gui.review.report_text import Words
from checkpoint.services.shifts import review, stats
from checkpoint.services.shifts.review import Highlight, JournalCheck, ReviewData
from checkpoint.services.shifts.trail import CATEGORIES

HIGH = QColor("#b3261e")
MEDIUM = QColor("#8a5a00")
SHIFT_CHARTS = ("per_hour", "outcome", "risk_area", "hit_list", "hit_triage")
DAY_CHARTS = ("per_day", "hour_of_day", "outcome", "risk_area")
CHART_SLICE = 20_000  # records counted for the charts in one turn of the database thread


def _stamp(dt: QDateTime) -> str:
    return dt.toUTC().toString("yyyy-MM-ddTHH:mm:ss.zzz") + "Z"


class ReviewWindow(QDialog):
    loaded = Signal()           # the review is painted
    journal_checked = Signal()  # the journal's verification is shown
    charts_loaded = Signal()    # the 30-day charts are shown
    reviewed = Signal()         # the shift was marked reviewed
    report_saved = Signal(str)  # the report PDF was written there

    def __init__(self, tasks: TaskManager, shift_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.shift_id = shift_id
        self.data: ReviewData | None = None
        self.check: JournalCheck | None = None
        self.words = Words.app()
        self.setWindowTitle(self.tr("Shift review"))
        self.fit_to_screen()
        self._build()

    # -- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel(self.tr("Loading the shift…"))
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.officer = QComboBox()
        self.kind = QComboBox()
        self.since, self.until = QDateTimeEdit(), QDateTimeEdit()
        for edit in (self.since, self.until):
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            edit.setCalendarPopup(True)
        filters = QHBoxLayout()
        for text_, widget in ((self.tr("Officer:"), self.officer),
                              (self.tr("Kind:"), self.kind), (self.tr("From:"), self.since),
                              (self.tr("To:"), self.until)):
            filters.addWidget(QLabel(text_))
            filters.addWidget(widget)
        filters.addStretch(1)
        self.highlights = QListWidget()
        self.highlights.setWordWrap(True)
        self.items_model = ItemsModel([self.tr("Time"), self.tr("Kind"), self.tr("Officer"),
                                       self.tr("Status"), self.tr("Outcome"),
                                       self.tr("Person / vehicle"), self.tr("Flags"),
                                       self.tr("Reason")], self.words)
        self.events_model = EventsModel([self.tr("Entry"), self.tr("Time"), self.tr("Who"),
                                         self.tr("Category"), self.tr("Action"),
                                         self.tr("Subject")], self.words)
        self.items_view, self.events_view = QTableView(), QTableView()
        for view, model in ((self.items_view, self.items_model),
                            (self.events_view, self.events_model)):
            view.setModel(model)
            view.verticalHeader().hide()
            view.horizontalHeader().setStretchLastSection(True)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
            view.setWordWrap(False)
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        self.charts: dict[str, ChartWidget] = {}
        charts = QWidget()
        grid = QGridLayout(charts)
        for n, code in enumerate((*(f"shift.{c}" for c in SHIFT_CHARTS),
                                  *(f"days.{c}" for c in DAY_CHARTS))):
            horizontal = code.split(".")[1] not in ("per_hour", "per_day", "hour_of_day")
            self.charts[code] = ChartWidget(horizontal=horizontal)
            grid.addWidget(self.charts[code], n // 3, n % 3)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.items_view, self.tr("Records"))
        self.tabs.addTab(self.events_view, self.tr("Audit trail"))
        self.tabs.addTab(charts, self.tr("Charts"))
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel(self.tr("Needs your attention:")))
        lv.addWidget(self.highlights)
        split.addWidget(left)
        split.addWidget(self.tabs)
        split.setSizes([290, 910])
        self.journal = JournalView(self.tasks, self)
        self.journal.checked.connect(self._journal)
        self.journal.ended.connect(self.journal_checked.emit)
        self.walk_progress = self.journal.progress
        self.verify_button, self.walk_bar, self.cancel_walk_button = (
            self.journal.verify_button, self.journal.bar, self.journal.cancel_button)
        self.mark_button = QPushButton(self.tr("Mark reviewed…"))
        self.report_button = QPushButton(self.tr("Shift report (PDF)…"))
        close = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.walk_bar)
        buttons.addWidget(self.cancel_walk_button)
        buttons.addWidget(self.mark_button)
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.journal.label)
        self.journal_label = self.journal.label
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.mark_button.clicked.connect(self.ask_remarks)
        self.report_button.clicked.connect(self.ask_report_file)
        close.clicked.connect(self.close)
        for combo in (self.officer, self.kind):
            combo.currentIndexChanged.connect(self.apply_filters)
        for edit in (self.since, self.until):
            edit.dateTimeChanged.connect(self.apply_filters)
        self.mark_button.setEnabled(False)
        self.report_button.setEnabled(False)

    # -- loading -----------------------------------------------------------------------

    def load(self) -> None:
        def work(s: Any) -> tuple[ReviewData, stats.Charts]:
            data = review.load(s, self.shift_id)
            return data, stats.shift(data)

        Op(self.tasks, work).success(self._show).failure(self._failed).run()

    def _failed(self, error: BaseException) -> None:
        self.title.setText(message_for(error))
        self.loaded.emit()

    def _show(self, found: tuple[ReviewData, stats.Charts]) -> None:
        data, shift_charts = found
        self.data = data
        s = data.shift
        closed = local_time(s.closed_at) if s.closed_at else self.tr("open")
        self.title.setText(self.tr("Shift at %1: %2 – %3, supervisor %4 (%5)")
                           .replace("%1", s.checkpoint).replace("%2", local_time(s.opened_at))
                           .replace("%3", closed).replace("%4", s.supervisor)
                           .replace("%5", self.words.label(s.state.value, "state.")))
        self.summary.setText(self.summary_text(data))
        self._fill_filters(data)
        self._show_highlights()
        self.apply_filters()
        self._size_columns()
        self._show_charts(shift_charts)
        self.mark_button.setEnabled(not s.is_open and s.review is None)
        self.report_button.setEnabled(not s.is_open)
        self.loaded.emit()
        Op(self.tasks, lambda s_: review.check_journal(s_, data)).success(self.journal.show).run()
        self._count_for_charts(0)

    def summary_text(self, data: ReviewData) -> str:
        """The handover and the review in a few lines: who, when, the note, open items."""
        s, lines = data.shift, []
        if s.handover is not None:
            h = s.handover
            ack = (self.tr("acknowledged by %1 at %2").replace("%1", h.acknowledged_by)
                   .replace("%2", local_time(h.acknowledged_at or ""))
                   if h.acknowledged_by else self.tr("not acknowledged yet"))
            lines.append(self.tr("Handed over by %1 at %2, %3. Note: %4").replace(
                "%1", h.closed_by).replace("%2", local_time(h.closed_at)).replace(
                "%3", ack).replace("%4", h.note))
            if h.open_items:
                lines.append(self.tr("Open items: %1").replace("%1", "; ".join(h.open_items)))
        if s.review is not None:
            r = s.review
            lines.append(self.tr("Reviewed by %1 at %2: %3").replace("%1", r.reviewed_by)
                         .replace("%2", local_time(r.reviewed_at))
                         .replace("%3", r.remarks or "—"))
        return "\n".join(lines)

    def _count_for_charts(self, counted: int) -> None:
        """Bring the chart counts up to date a slice at a time (the database thread is
        shared: after an upgrade a large store is counted once, over minutes), then show
        the 30-day charts."""
        def work(s: Any) -> tuple[int, stats.Charts | None]:
            n = stats.catch_up(s, limit=CHART_SLICE)
            return n, (stats.days(s, update=False) if n < CHART_SLICE else None)

        def done(result: tuple[int, stats.Charts | None]) -> None:
            n, charts = result
            if charts is not None:
                self._show_charts(charts)
                return
            self.charts["days.per_day"].set_data(
                self.tr("Counting records for the charts: %1…").replace(
                    "%1", str(counted + n)), [], [])
            self._count_for_charts(counted + n)

        if self.isVisible() or counted == 0:
            Op(self.tasks, work).success(done).run()

    def _size_columns(self) -> None:
        """Column widths from the texts they show at most, measured with the view's font
        (sizing them to the contents would read every row): the time, the translated
        kinds, statuses, outcomes and categories, the officers' names."""
        assert self.data is not None
        w = self.words
        names = [*self.data.officers, self.data.shift.supervisor]
        items = (["00-00 00:00:00"], [w.label(k, "kind.") for k in ("inspection", "shift")],
                 names, [w.label(s, "status.") for s in ("draft", "finalized")],
                 [w.label(o) for o in ("released", "secondary_inspection", "refused_entry")],
                 ["KOVALENKO OLEKSANDR"], [w.label("outside", "flag.")])
        events = (["000000"], ["00-00 00:00:00"], names,
                  [w.label(c, "category.") for c in CATEGORIES], ["inspection.finalize"])
        for view, samples in ((self.items_view, items), (self.events_view, events)):
            fm = view.fontMetrics()
            header = view.horizontalHeader()
            for column, texts in enumerate(samples):
                title = str(view.model().headerData(column, Qt.Orientation.Horizontal))
                widest = max(fm.horizontalAdvance(t) for t in [*texts, title])
                view.setColumnWidth(column, widest + 2 * fm.averageCharWidth()
                                    + header.style().pixelMetric(
                                        header.style().PixelMetric.PM_HeaderMargin) * 2)

    def fit_to_screen(self) -> None:
        """The window's default size, within the screen it is on (a 1366×768 laptop)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        room = screen.availableGeometry()
        frame = self.frameGeometry().height() - self.geometry().height()
        self.resize(min(1200, room.width()), min(760, room.height() - max(frame, 30)))
        if self.isVisible():  # keep the whole window, its buttons too, on the screen
            self.move(max(room.left(), min(self.x(), room.right() - self.frameGeometry().width())),
                      max(room.top(), min(self.y(),
                                          room.bottom() - self.frameGeometry().height())))

    def _fill_filters(self, data: ReviewData) -> None:
        for combo in (self.officer, self.kind):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
        for name in data.officers:
            self.officer.addItem(name, name)
        for kind in sorted({i.kind for i in data.items}):
            self.kind.addItem(self.words.label(kind, "kind."), kind)
        for cat in CATEGORIES:
            if any(e.category == cat for e in data.events):
                self.kind.addItem(self.tr("audit: %1").replace(
                    "%1", self.words.label(cat, "category.")), cat)
        first = QDateTime.fromString(data.window_start, Qt.DateFormat.ISODateWithMs)
        last = (QDateTime.fromString(data.window_end, Qt.DateFormat.ISODateWithMs)
                if data.window_end else QDateTime.currentDateTimeUtc().addSecs(3600))
        for edit, value in ((self.since, first.addSecs(-60)), (self.until, last.addSecs(60))):
            edit.blockSignals(True)
            edit.setDateTime(value.toLocalTime())
            edit.blockSignals(False)
        for combo in (self.officer, self.kind):
            combo.blockSignals(False)

    def apply_filters(self) -> None:
        if self.data is None:
            return
        items, events = self.data.filtered(
            officer=self.officer.currentData(), kind=self.kind.currentData(),
            since=_stamp(self.since.dateTime()), until=_stamp(self.until.dateTime()))
        self.items_model.set_rows(items)
        self.events_model.set_rows(events)

    def highlight_text(self, h: Highlight) -> str:
        params = {k: str(v) for k, v in h.params.items()}
        when = local_time(h.time) + " " if h.time else ""
        return when + self.words.text("hl." + h.code, actor=h.actor, **params)

    def _show_highlights(self) -> None:
        assert self.data is not None
        self.highlights.clear()
        shown = list(self.data.highlights)
        if self.check is not None and (h := review.journal_highlight(self.check)):
            shown.insert(0, h)
        for h in shown:
            item = QListWidgetItem(self.highlight_text(h))
            item.setData(Qt.ItemDataRole.UserRole, h.code)
            item.setForeground(QBrush(HIGH if h.severity == "high" else MEDIUM))
            self.highlights.addItem(item)
        if not shown:
            self.highlights.addItem(self.tr("Nothing stands out."))

    def _journal(self, check: JournalCheck) -> None:
        self.check = check
        if self.data is not None:
            self._show_highlights()
        self.journal_checked.emit()

    def _show_charts(self, charts: stats.Charts) -> None:
        codes = SHIFT_CHARTS if charts.scope == "shift" else DAY_CHARTS
        for code in codes:
            series = charts.get(code)
            widget = self.charts[f"{charts.scope}.{code}"]
            title = self.words.text("chart." + code)
            if code in ("outcome", "risk_area", "hit_list", "hit_triage"):
                title += f" ({self.words.text('scope.' + charts.scope)})"
                labels = [self.words.label(x) for x in series.labels]
            else:
                labels = list(series.labels)
            widget.set_data(title, labels, series.values)
        if charts.scope == "days":
            self.charts_loaded.emit()

    # -- actions -----------------------------------------------------------------------

    def ask_remarks(self) -> None:
        dialog = RemarksDialog(self)
        dialog.submitted.connect(lambda remarks: self.mark_reviewed(remarks, dialog))
        dialog.open()
        self.remarks_dialog = dialog

    def mark_reviewed(self, remarks: str, dialog: RemarksDialog | None = None) -> None:
        assert self.data is not None
        shift_id = self.data.shift.shift_id

        def done(_shift: Any) -> None:
            if dialog is not None:
                dialog.accept()
            self.shift_id = shift_id
            self.reviewed.emit()
            self.load()

        def failed(e: BaseException) -> None:
            if dialog is not None:
                dialog.show_error(message_for(e))

        Op(self.tasks, lambda s: review.mark_reviewed(s, shift_id, remarks), parent=self,
           label=self.tr("Verifying the journal and signing…")).success(done).failure(
            failed).run()

    def ask_report_file(self) -> None:
        assert self.data is not None
        s = self.data.shift
        name = f"shift-report-{s.checkpoint}-{(s.closed_at or s.opened_at)[:10]}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the shift report"),
                                              str(Path.home() / name), self.tr("PDF (*.pdf)"))
        if path:
            self.save_report(path)

    def save_report(self, path: str) -> None:
        from checkpoint.gui.review.report_pdf import render
        from checkpoint.services.shifts import report

        assert self.data is not None
        shift_id = self.data.shift.shift_id

        def work(s: Any) -> str:
            made = report.make(s, render, shift_id)
            report.export(s, made, Path(path))
            return made.verification_code

        def done(code: str) -> None:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Shift report"), self.tr(
                "The signed shift report is saved in %1.\n\nVerification code: %2\n\nIt is "
                "also kept as a record and goes to HQ with the next sync.").replace(
                "%1", path).replace("%2", code), QMessageBox.StandardButton.Ok, self)
            box.open()
            self.saved_box = box
            self.report_saved.emit(path)

        def failed(error: BaseException) -> None:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Shift report"),
                              message_for(error), QMessageBox.StandardButton.Ok, self)
            box.open()
            self.saved_box = box

        Op(self.tasks, work, parent=self, label=self.tr("Making the signed report…")).success(
            done).failure(failed).run()
