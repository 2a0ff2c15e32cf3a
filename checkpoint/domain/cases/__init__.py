"""Offence cases, seizures, chain of custody and referrals: the records and their rules.

No I/O. Every rule returns the house's :class:`~checkpoint.errors.Problem` values
(collected with :class:`~checkpoint.domain.completeness.Problems`; paths name the
document's fields, ``items[0].hs_code``, ``marking.restrictions``). The modules:

- :mod:`.markings`: Europol handling codes H0-H3 and the 4x4 evaluation;
- :mod:`.review`: the two-person rule (submit, approve/refuse with a reason);
- :mod:`.offence`: the offence case and its seized items (``offence.v1``);
- :mod:`.custody`: chain-of-custody events per seized item (``custody_event.v1``);
- :mod:`.referral`: the referral to an agency and its lifecycle (``referral.v1``,
  ``referral_status.v1``), deadlines, the FIU referral prefilled from cash.
"""
