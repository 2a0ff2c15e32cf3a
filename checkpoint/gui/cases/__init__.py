"""The GUI of offence cases, seizures and referrals.

- :mod:`.case_dialog`: the case and its seizure, the two-person rule, its referrals;
- :mod:`.referral_dialog`: the referral, its approval and the agency's answer;
- :mod:`.printing`: the printed protocols (Qt's PDF writer);
- :mod:`.widgets`: shared choice lists, markings, problems, printing;
- :func:`open_case` / :func:`open_referral`: the database work first (on the database
  thread), then the dialog.

A finalized inspection's form offers "Open a case…" for the finding shown on its
Findings tab (``InspectionForm.case_requested`` → ``MainWindow.open_case``); a case
opened on its own and the referral lists are on the command line for now.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from checkpoint.gui.ops import Op, TaskManager
from checkpoint.services.cases import offences, referrals


def open_case(tasks: TaskManager, parent: QWidget | None, *, case_id: str | None = None,
              inspection_id: str | None = None, finding_id: str | None = None,
              shown: Callable[[Any], None] | None = None) -> None:
    """Open (or start, from a finding or on its own) a case and show its dialog."""
    from checkpoint.gui.cases.case_dialog import CaseDialog

    def load(s: Any) -> tuple[Any, dict[str, Any], str, str]:
        if case_id is not None:
            case = offences.load(s, case_id)
        elif inspection_id is not None and finding_id is not None:
            case = offences.open_from_finding(s, inspection_id, finding_id)
        else:
            case = offences.open_new(s)
        return case, offences.articles(s), s.username, s.role

    def show(found: tuple[Any, dict[str, Any], str, str]) -> None:
        case, articles, username, role = found
        dialog = CaseDialog(tasks, case, username=username, role=role, articles=articles,
                            parent=parent)
        dialog.refer_requested.connect(lambda c: open_referral(tasks, dialog, case_id=c.id,
                                                               new=True, shown=shown))
        dialog.show()
        if shown is not None:
            shown(dialog)
    Op(tasks, load, parent=parent).success(show).run()


def open_referral(tasks: TaskManager, parent: QWidget | None, *, referral_id: str | None = None,
                  case_id: str | None = None, new: bool = False,
                  shown: Callable[[Any], None] | None = None) -> None:
    """Open a referral (or write a new one, from a case) and show its dialog."""
    from checkpoint.gui.cases.referral_dialog import ReferralDialog

    def load(s: Any) -> tuple[Any, dict[str, Any], str, str]:
        rid = referral_id
        if new or rid is None:
            rid = referrals.create(s, case_id=case_id).id
        return referrals.status(s, rid), referrals.agencies(s), s.username, s.role

    def show(found: tuple[Any, dict[str, Any], str, str]) -> None:
        status, agencies, username, role = found
        dialog = ReferralDialog(tasks, status, username=username, role=role,
                                agencies=agencies, parent=parent)
        dialog.show()
        if shown is not None:
            shown(dialog)
    Op(tasks, load, parent=parent).success(show).run()
