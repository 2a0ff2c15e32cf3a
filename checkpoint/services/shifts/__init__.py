"""Shifts and the supervisor's review of them (issue 12).

The face of the use case: opening, closing, handing over and listing shifts
(:mod:`.lifecycle`). The review of a shift's log (:mod:`.review`), its charts
(:mod:`.stats`), the record kinds it shows (:mod:`.kinds`), the audit trail
(:mod:`.trail`) and the signed report (:mod:`.report`) are imported by name.
"""

from checkpoint.services.shifts.lifecycle import (
    Status,
    acknowledge_handover,
    close_shift,
    current,
    get,
    history,
    list_shifts,
    open_shift,
    shift_of_new_record,
    status,
)

__all__ = [
    "Status",
    "acknowledge_handover",
    "close_shift",
    "current",
    "get",
    "history",
    "list_shifts",
    "open_shift",
    "shift_of_new_record",
    "status",
]
