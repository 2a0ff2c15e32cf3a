"""Offence cases, seizures, custody and referrals: the use cases the GUI and CLI call.

- :mod:`.offences`: open a case (from a finding or alone), edit, items, photos,
  submit, approve/refuse (two-person rule), amend, list;
- :mod:`.custody`: record a handover of a seized item, read its chain;
- :mod:`.referrals`: create (from a case, hits, persons; FIU from cash), submit,
  approve/refuse, the status HQ sends back, overdue referrals;
- :mod:`.printing`: what goes on a printed protocol and checking a printed PDF;
- :mod:`.approval`: the two-person rule shared by cases and referrals;
- :mod:`.store`: the one place that touches the record store and pulled data.

Every permission check is here: any operator opens and edits their own drafts and
records handovers; only a supervisor who is not the author approves or refuses.
"""
