"""The records of the workstation program: dataclasses and their rules, no I/O.

Import from the modules themselves (importing this package stays cheap):

- :mod:`checkpoint.domain.ids`: UUIDv7 record ids and UTC timestamps;
- :mod:`checkpoint.domain.dates`: full and partial calendar dates;
- :mod:`checkpoint.domain.inspection`: the inspection record, its life cycle
  (``new_draft``, ``finalize``, ``amend``), ``finalize_problems`` and ``search_keys``;
  its parts are in ``parties`` (persons, travel documents, MRZ), ``conveyance``
  (vehicle, consignment, containers) and ``goods`` (goods lines, cash, findings,
  attachments); the completeness rules in ``completeness``, search keys in ``search_terms``;
- :mod:`checkpoint.domain.reader`: the strict document reader behind ``from_document``.
"""
