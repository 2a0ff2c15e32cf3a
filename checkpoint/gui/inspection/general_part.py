"""Where and how the inspection took place: the general part of the form."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QCheckBox, QSizePolicy, QWidget

from checkpoint.domain.inspection import ControlType, ConveyanceMode, Direction, Outcome, Trigger
from checkpoint.gui.forms.ui_general import Ui_GeneralPart
from checkpoint.gui.inspection import field_values as f
from checkpoint.gui.inspection.part import Part
from checkpoint.gui.list_model import local_time


class GeneralPart(Part):
    """Where and how: checkpoint, lane, direction, conveyance, controls, trigger, outcome."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = u = Ui_GeneralPart()
        u.setupUi(self)
        f.fill_combo(u.directionCombo, Direction)
        f.fill_combo(u.modeCombo, ConveyanceMode)
        f.fill_combo(u.triggerCombo, Trigger)
        f.fill_combo(u.outcomeCombo, Outcome)
        self.controls: dict[ControlType, QCheckBox] = {
            ControlType.DOCUMENTARY: u.documentaryCheck, ControlType.PHYSICAL: u.physicalCheck,
            ControlType.XRAY: u.xrayCheck, ControlType.CANINE: u.canineCheck,
            ControlType.FULL: u.fullCheck}
        self.watch()
        # rows as tall as their content: the spare height goes to the remarks, not into
        # gaps around the control types and the start time
        u.controlsLayout.setContentsMargins(0, 0, 0, 0)
        for widget in (u.controlsBox, u.startedValue, u.startedValueLabel, u.controlsBoxLabel):
            widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.field_widgets = {
            "checkpoint": u.checkpointEdit, "lane": u.laneEdit, "direction": u.directionCombo,
            "conveyance_mode": u.modeCombo, "control_types": u.documentaryCheck,
            "trigger": u.triggerCombo, "outcome": u.outcomeCombo}

    def load(self, checkpoint: str | None, lane: str | None, direction: Direction | None,
             mode: ConveyanceMode | None, controls: Sequence[ControlType],
             trigger: Trigger | None, started_at: str | None, outcome: Outcome | None,
             remarks: str | None) -> None:
        u = self.ui
        f.set_text(u.checkpointEdit, checkpoint)
        f.set_text(u.laneEdit, lane)
        f.set_combo(u.directionCombo, direction)
        f.set_combo(u.modeCombo, mode)
        for control, box in self.controls.items():
            box.setChecked(control in controls)
        f.set_combo(u.triggerCombo, trigger)
        u.startedValue.setText(local_time(started_at) if started_at else "")
        f.set_combo(u.outcomeCombo, outcome)
        f.set_text(u.remarksEdit, remarks)

    def control_types(self) -> tuple[ControlType, ...]:
        return tuple(c for c, box in self.controls.items() if box.isChecked())
