"""Another officer's draft (issue 8, item 10): it opens read-only with its owner named,
a supervisor may take it over at a shift handover, and the take-over is journaled."""

from __future__ import annotations

from pathlib import Path

import pytest

from checkpoint.errors import Code, ConflictError, NotFoundError, PermissionDeniedError
from checkpoint.services import inspections, ownership
from checkpoint.services.session import Session, login
from tests.conftest import INSPECTOR, SUPERVISOR, SUPERVISOR_PASSWORD


def test_my_draft_is_editable_and_anothers_is_not(workstation: Path,
                                                  inspector: Session) -> None:
    draft = inspections.start(inspector)
    mine = ownership.access(inspector, draft)
    assert mine.editable and not mine.can_take_over and mine.owner == INSPECTOR
    with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as chief:
        opened, _ = inspections.open_record(chief, draft.id)
        theirs = ownership.access(chief, opened)
        assert not theirs.editable and theirs.owner == INSPECTOR and theirs.can_take_over


def test_an_inspector_cannot_take_over_a_draft(workstation: Path, inspector: Session) -> None:
    with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as chief:
        draft = inspections.start(chief)
    assert not ownership.access(inspector, draft).can_take_over
    with pytest.raises(PermissionDeniedError):
        ownership.take_over(inspector, draft.id)


def test_a_supervisor_takes_over_a_draft_and_goes_on_with_it(workstation: Path,
                                                            inspector: Session) -> None:
    draft = inspections.start(inspector)
    inspections.autosave(inspector, draft.with_changes(remarks="half done at handover"))
    with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as chief:
        assert [d.id for d in ownership.others_drafts(chief)] == [draft.id]
        taken = ownership.take_over(chief, draft.id)
        assert ownership.others_drafts(chief) == []
        assert taken.author == SUPERVISOR and taken.remarks == "half done at handover"
        assert ownership.access(chief, taken).editable
        inspections.autosave(chief, taken.with_changes(remarks="finished by the chief"))
        assert [d.id for d in inspections.drafts(chief)] == [draft.id]
        last = list(chief.journal.entries())[-1]
        assert (last.action, last.payload_dict()["from"]) == ("inspection.take_over", INSPECTOR)
        with pytest.raises(ConflictError) as again:
            ownership.take_over(chief, draft.id)
        assert again.value.code == Code.TAKE_OVER_OWN
        with pytest.raises(NotFoundError) as missing:
            ownership.take_over(chief, "no-such-record")
        assert missing.value.code == Code.DRAFT_NOT_FOUND
    assert inspections.drafts(inspector) == []
    with pytest.raises(PermissionDeniedError) as theirs:
        inspections.autosave(inspector, draft.with_changes(remarks="mine again?"))
    assert theirs.value.code == Code.NOT_OWN_DRAFT


def test_a_finalized_record_is_not_taken_over(workstation: Path, inspector: Session,
                                              complete_draft: object) -> None:
    done = inspections.finalize(inspector, complete_draft)  # type: ignore[arg-type]
    with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as chief:
        assert not ownership.access(chief, done).can_take_over
        with pytest.raises(ConflictError) as e:
            ownership.take_over(chief, done.id)
        assert e.value.code == Code.TAKE_OVER_FINALIZED
