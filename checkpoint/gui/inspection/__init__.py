"""The inspection form and its parts (one module per part of the record).

- :mod:`.form`: :class:`InspectionForm`, the whole record: autosave, finalize (the
  problems listed, Enter goes to the field by the problem's path), amend;
- the parts, each a :class:`~.part.Part` over a ``ui/*.ui`` form:
  :mod:`.general_part`, :mod:`.person_part` (with :mod:`.mrz_panel`, the wedge
  reader's input), :mod:`.vehicle_part`, :mod:`.consignment_part` (and its
  containers), :mod:`.goods_part`, :mod:`.cash_part`, :mod:`.finding_part`,
  :mod:`.photos_part`; lists of them in :mod:`.item_list`;
- :mod:`.field_values` (reading and filling inputs) and :mod:`.field_checks`
  (validating a field as it is typed).
"""

from checkpoint.gui.inspection.form import InspectionForm

__all__ = ["InspectionForm"]
