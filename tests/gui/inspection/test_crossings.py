"""Previous crossings on the form (issue 8, item 15): a scanned passport and a typed plate
show the earlier inspections of that document and plate, each opening its record."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from checkpoint.domain.inspection import Inspection, Status
from checkpoint.formats import load_example
from checkpoint.services import inspections, session
from tests.conftest import INSPECTOR, INSPECTOR_PASSWORD
from tests.gui.conftest import td3
from tests.gui.helpers import WAIT_MS, settle, type_into
from tests.gui.inspection.conftest import new_form
from tests.gui.inspection.test_scanning import wedge

KOVAL = td3("KOVAL", "OLHA", "FK7654321", sex="F", birth="900421")


def finalized(home: Path, number: str, plate: str) -> str:
    """A finalized inspection (the complete example) with this document and plate."""
    with session.login(home, INSPECTOR, INSPECTOR_PASSWORD) as s:
        draft = inspections.start(s)
        example = Inspection.from_document(load_example("inspection"))
        first = example.persons[0]
        assert first.document is not None and example.vehicle is not None
        insp = replace(example, id=draft.id, status=Status.DRAFT, created_at=draft.created_at,
                       updated_at=draft.updated_at, device_id=draft.device_id,
                       author=draft.author, finalized_at=None,
                       persons=(replace(first, document=replace(first.document, number=number,
                                                                mrz=None)),),
                       vehicle=replace(example.vehicle, plate=plate))
        return inspections.finalize(s, insp).id


def test_the_form_shows_previous_crossings(qtbot: Any, inspector: Any,
                                           workstation: Path) -> None:
    earlier = finalized(workstation, "FK7654321", "AA 1111 BB")
    form = new_form(qtbot, inspector)
    people, cars = form.crossings.persons_label, form.crossings.vehicle_label
    assert not people.isVisible() and not cars.isVisible()  # nothing to look up yet
    wedge(qtbot, form.general.ui.checkpointEdit, KOVAL)  # the reader, anywhere in the form
    qtbot.waitUntil(lambda: people.isVisible(), timeout=WAIT_MS)
    assert "FK7654321" in people.text() and f'href="{earlier}"' in people.text()

    form.ui.tabs.setCurrentIndex(2)
    type_into(qtbot, form.vehicle.ui.plateEdit, "aa 1111 bb")
    qtbot.waitUntil(lambda: cars.isVisible(), timeout=WAIT_MS)
    assert "AA 1111 BB" in cars.text() and f'href="{earlier}"' in cars.text()
    reads = form.crossings.reads
    qtbot.keyClicks(form.vehicle.ui.vinEdit, "WDB")  # no number changed: not read again
    qtbot.wait(3 * inspector.conf.autosave_delay_ms)
    settle(qtbot, inspector)
    assert form.crossings.reads == reads

    draft_id = form.insp.id
    cars.linkActivated.emit(earlier)  # the officer clicks the crossing
    qtbot.waitUntil(lambda: inspector.window.form is not None
                    and inspector.window.form.insp.id == earlier, timeout=WAIT_MS)
    shown = inspector.window.form
    assert shown.read_only
    assert draft_id != earlier
    # the record shown lists no crossing of itself
    settle(qtbot, inspector)
    assert f'href="{earlier}"' not in shown.crossings.persons_label.text()
    assert shown.crossings.persons_label.text().count("none") == 1
