"""The watchlist hits of an inspection on its form, and the officer's triage.

After finalizing, the form asks for the inspection's hits (:func:`checkpoint.services.
hits.hits_of`). An open hit opens the triage dialog at once and the header gains a
*Watchlist hits* button. A **covert** alert (discreet check) never shows anything a
traveller facing the screen could read as an alarm: no dialog opens by itself, the
button says only *Report (n)* in the normal colours, and its dialog asks for the
reporting fields (place, time, route, accompanying persons, objects, circumstances)
the owning authority asked for, recorded as the triage's action taken.

Each hit says where its confirmation stands (:mod:`checkpoint.domain.hit_answer`):
provisional and not yet asked, provisional awaiting the owning authority until the
deadline (or past it), confirmed or not confirmed by the authority with its
instructions; the selected hit's full answer is shown under the list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkpoint.domain import hit_answer
from checkpoint.domain.ids import utc_now
from checkpoint.domain.inspection import Inspection
from checkpoint.gui.inspection.hit_words import (
    action_word,
    explanation_text,
    match_word,
    triage_word,
)
from checkpoint.gui.list_model import local_time
from checkpoint.gui.messages import message_for
from checkpoint.gui.ops import Op, TaskManager
from checkpoint.services import hits

Hit = tuple[str, dict[str, Any]]


def is_covert(hit: Hit) -> bool:
    return bool(hit[1]["candidate"].get("covert"))


def finalize_notes(found: list[Hit]) -> list[str]:
    """What the summary before finalizing says of a draft's hits: one line per hit that is
    not covert (a covert one shows nothing a traveller facing the screen could read)."""
    lines = []
    for _hit_id, doc in found:
        c = doc["candidate"]
        if c.get("covert"):
            continue
        lines.append(QCoreApplication.translate(
            "HitDialog", "Watchlist hit: %1, %2 (%3 match); recorded for triage when you "
            "finalize.").replace("%1", str(c["list"])).replace(
            "%2", action_word(str(c["action"]))).replace("%3", match_word(str(c["match"]))))
    return lines


class HitDialog(QDialog):
    """The hits of one inspection, each with its explanation, and the triage of one."""

    triaged = Signal()

    def __init__(self, tasks: TaskManager, found: list[Hit], covert: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.found, self.covert = tasks, found, covert
        self.setObjectName("hitDialog")
        self.setWindowTitle(self.tr("Report") if covert else self.tr("Watchlist hits"))
        layout = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setObjectName("hitList")
        for hit_id, doc in found:
            c = doc["candidate"]
            text = (f"{c['list']} · {action_word(str(c['action']))} · "
                    f"{match_word(str(c['match']))} {float(c['score']):.2f} · "
                    f"{triage_word(str(doc['triage']))}\n"
                    f"{self.owner_text(c)}{self.confirmation_text(doc)}\n"
                    f"{explanation_text(c)}")
            item = QListWidgetItem(text)
            item.setData(256, hit_id)
            self.list.addItem(item)
        # the explanation is read whole, wrapped, never behind a horizontal scroll bar
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(640)
        layout.addWidget(self.list)
        self.confirmation = QLabel(self)
        self.confirmation.setObjectName("hitConfirmation")
        self.confirmation.setWordWrap(True)
        self.confirmation.setTextInteractionFlags(
            self.confirmation.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.confirmation)
        self.list.currentRowChanged.connect(self._show_confirmation)
        form = QFormLayout()
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("hitOutcome")
        for code, word in (("confirmed", self.tr("Confirmed")),
                           ("possible", self.tr("Possible")),
                           ("false_positive", self.tr("False positive (dismiss)"))):
            self.outcome.addItem(word, code)
        form.addRow(self.tr("Outcome:"), self.outcome)
        self.action = QPlainTextEdit(self) if covert else QLineEdit(self)
        self.action.setObjectName("hitAction")
        if covert:
            self.action.setPlaceholderText(self.tr(
                "Place, time, route, accompanying persons, objects, circumstances"))
        form.addRow(self.tr("Report:") if covert else self.tr("Action taken:"), self.action)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("hitReason")
        form.addRow(self.tr("Reason (to dismiss):"), self.reason)
        layout.addLayout(form)
        # a draft's hits, screened as typed: explained now, triaged once finalized
        self.preview = all(not hit_id for hit_id, _ in found)
        if self.preview:
            for row in range(form.rowCount()):
                for role in (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole):
                    cell = form.itemAt(row, role)
                    widget = cell.widget() if cell is not None else None
                    if widget is not None:
                        widget.hide()
            note = QLabel(self.tr("Screened as typed. Each hit is recorded and triaged when "
                                  "the inspection is finalized."), self)
            note.setObjectName("hitPreviewNote")
            note.setWordWrap(True)
            layout.addWidget(note)
        self.error = QLabel(self)
        self.error.setObjectName("hitError")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.record = buttons.addButton(self.tr("&Record triage"),
                                        QDialogButtonBox.ButtonRole.ActionRole)
        self.record.setObjectName("hitRecord")
        self.record.clicked.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.record.setVisible(not self.preview)
        self.list.setCurrentRow(0)

    def owner_text(self, candidate: dict[str, Any]) -> str:
        """What the owning authority asks the officer to do, as its alert says (a line of
        its own ending in a line break), or "" when the alert gives no instructions."""
        instructions = str(candidate.get("instructions") or "").strip()
        if not instructions:
            return ""
        authority = str(candidate.get("authority") or "").strip() or self.tr("The owner")
        text = self.tr("%1 asks: %2").replace("%1", authority).replace("%2", instructions)
        if candidate.get("valid_until"):
            text += " " + self.tr("(alert valid until %1)").replace(
                "%1", str(candidate["valid_until"])[:10])
        return text + "\n"

    def confirmation_text(self, doc: dict[str, Any]) -> str:
        """Where a hit's confirmation by the owning authority stands, in words."""
        answer = doc.get("confirmation")
        if not answer:
            if doc.get("triage") == "false_positive":
                return self.tr("Dismissed by the officer: no confirmation asked")
            return self.tr("Provisional: the owning authority has not been asked yet "
                           "(triaged as possible or confirmed, HQ asks it after the next "
                           "sync)")
        authority, state = str(answer["authority"]), str(answer["state"])
        instructions = str(answer.get("instructions") or "")
        if state == hit_answer.CONFIRMED:
            return (self.tr("Confirmed by %1: %2").replace("%1", authority)
                    .replace("%2", instructions) if instructions
                    else self.tr("Confirmed by %1").replace("%1", authority))
        if state == hit_answer.NOT_CONFIRMED:
            return (self.tr("Not confirmed by %1: %2").replace("%1", authority)
                    .replace("%2", instructions) if instructions
                    else self.tr("Not confirmed by %1").replace("%1", authority))
        deadline = local_time(str(answer["deadline"]))
        if hit_answer.is_overdue(state, str(answer["deadline"]), utc_now()):
            return self.tr("Provisional: %1 has not answered; the deadline was %2").replace(
                "%1", authority).replace("%2", deadline)
        return self.tr("Provisional: awaiting %1 until %2").replace(
            "%1", authority).replace("%2", deadline)

    def _show_confirmation(self, row: int) -> None:
        if not 0 <= row < len(self.found):
            self.confirmation.clear()
            return
        doc = self.found[row][1]
        text = self.confirmation_text(doc)
        answer = doc.get("confirmation") or {}
        if answer.get("answered_by"):
            text += "\n" + self.tr("Answered by %1 at %2").replace(
                "%1", str(answer["answered_by"])).replace(
                "%2", local_time(str(answer.get("answered_at") or "")))
        self.confirmation.setText(text)

    def _action_text(self) -> str:
        if isinstance(self.action, QPlainTextEdit):
            return self.action.toPlainText().strip()
        return self.action.text().strip()

    def submit(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        hit_id = str(item.data(256))
        outcome = str(self.outcome.currentData())
        if outcome == "false_positive" and not self.reason.text().strip():
            self.error.setText(self.tr("Dismissing a hit needs a reason."))
            self.error.show()
            self.reason.setFocus()
            return
        action, reason = self._action_text(), self.reason.text().strip()
        Op(self.tasks, lambda s: hits.triage(s, hit_id, outcome, action_taken=action,
                                             reason=reason), parent=self).success(
            lambda _new: self._done()).failure(self._failed).run()

    def _done(self) -> None:
        self.triaged.emit()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.error.setText(message_for(error))
        self.error.show()


class HitPanel(QObject):
    """The header button of a form's hits and the dialog it opens."""

    def __init__(self, tasks: TaskManager, parent: QWidget) -> None:
        super().__init__(parent)
        self.tasks, self.parent_widget = tasks, parent
        self.button = QPushButton(parent)
        self.button.setObjectName("hitsButton")
        self.button.clicked.connect(self._clicked)
        self.button.hide()
        self.found: list[Hit] = []
        self.inspection_id = ""
        self.dialog: HitDialog | None = None
        self._previewed = ""  # the screening key of the draft last screened

    def load(self, inspection_id: str, *, announce: bool = False) -> None:
        """Ask for the hits of an inspection; ``announce``: open the dialog by itself when
        there is an open (not covert) hit, as right after finalizing."""
        self.inspection_id = inspection_id
        Op(self.tasks, lambda s: hits.hits_of(s, inspection_id)).success(
            lambda found: self._show(found, announce)).run()

    def preview(self, draft: Inspection) -> None:
        """Screen a draft as it stands, off the GUI thread, when what it is screened by
        changed (a name, document, plate, VIN, IMO or container): the header's button
        shows the hits (a covert one only as *Report*) before anything is finalized."""
        key = hits.screening_key(draft)
        if key == self._previewed or self.tasks.stopped:  # a late save after shutdown
            return
        self._previewed = key
        self.inspection_id = draft.id
        Op(self.tasks, lambda s: hits.preview(s, draft)).success(
            lambda found: self._show(found, False) if self._previewed == key else None).run()

    @property
    def covert_only(self) -> bool:
        return bool(self.found) and all(is_covert(h) for h in self.found)

    def _show(self, found: list[Hit], announce: bool) -> None:
        self.found = found
        if not found:
            self.button.hide()
            return
        if self.covert_only:
            self.button.setText(self.tr("Report (%1)").replace("%1", str(len(found))))
        else:
            open_hits = [h for h in found if not is_covert(h)]
            self.button.setText(self.tr("Watchlist hits (%1)").replace("%1",
                                                                       str(len(open_hits))))
        self.button.show()
        if announce and not self.covert_only:
            self.open()

    def _clicked(self) -> None:
        """The header button: a finalized inspection's hits are read again first (a sync
        may have brought the owning authority's answer since the form was opened); a
        draft's, screened as typed, are shown as they are."""
        if self.found and all(hit_id for hit_id, _ in self.found):
            inspection_id = self.inspection_id
            Op(self.tasks, lambda s: hits.hits_of(s, inspection_id)).success(
                self._reloaded).run()
        else:
            self.open()

    def _reloaded(self, found: list[Hit]) -> None:
        self._show(found, False)
        self.open()

    def open(self) -> None:
        if not self.found:
            return
        covert = self.covert_only
        shown = self.found if covert else [h for h in self.found if not is_covert(h)]
        self.dialog = HitDialog(self.tasks, shown, covert, self.parent_widget)
        self.dialog.triaged.connect(lambda: self.load(self.inspection_id))
        self.dialog.open()
