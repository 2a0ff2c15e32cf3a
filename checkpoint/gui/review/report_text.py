"""The words of the shift report and of the review's codes, in English and Ukrainian.

The report is drawn in the workstation's language whatever translator the running
program has installed (the command line installs none), so its words are kept here
as two catalogues rather than in the Qt ``.ts`` files; the review screen uses the
same catalogue for codes (outcomes, risk areas, highlights) so the screen and the
paper say the same thing.
"""

from __future__ import annotations

from typing import Any

EN: dict[str, str] = {
    "title": "Shift report",
    "post": "Post",
    "workstation": "Workstation",
    "shift": "Shift",
    "opened": "Opened",
    "closed": "Closed (handed over by {by})",
    "acknowledged": "Handover acknowledged",
    "not_acknowledged": "not acknowledged yet",
    "reviewed": "Reviewed",
    "not_reviewed": "not reviewed yet",
    "remarks": "Review remarks",
    "supervisor": "Supervisor responsible",
    "lanes": "Lanes",
    "officers": "Officers on duty",
    "officer": "Officer",
    "role": "Role",
    "records": "Records",
    "views": "Views of personal records",
    "counts": "Counts",
    "charts": "Charts",
    "notable": "Notable events",
    "none": "None.",
    "open_items": "Open items handed over",
    "handover_note": "Handover note",
    "journal": "Journal",
    "journal_head": "Journal head at closing: entry {seq}, hash {hash}",
    "journal_intact": "Journal verified {at}: intact ({entries} entries).",
    "journal_shift_intact": "Journal entries {first} to {last} of the shift verified {at}: "
                            "intact, anchored at the signed checkpoint at entry {anchor}.",
    "journal_shift_unanchored": "Journal entries {first} to {last} of the shift verified "
                                "{at}: intact (no signed checkpoint since yet).",
    "journal_broken": "Journal verified {at}: BROKEN from entry {seq}.",
    "unacknowledged": "Records not yet acknowledged by HQ: {n}",
    "signature": "Signature",
    "signature_text": "Signed by workstation {device} with its Ed25519 key over the content of "
                      "this report and the journal head. Verify with `checkpoint report verify "
                      "FILE` or at HQ with `checkpoint-hq report verify FILE`.",
    "code": "Verification code",
    "made": "Made {at} by {by}",
    "page": "Page {n}",
    "chart.per_hour": "Inspections per hour (shift)",
    "chart.per_day": "Inspections per day (last 30 days)",
    "chart.hour_of_day": "Inspections by hour of day (last 30 days)",
    "chart.outcome": "Outcomes",
    "chart.risk_area": "Findings by risk area",
    "chart.hit_list": "Hits by list",
    "chart.hit_triage": "Hits by triage",
    "scope.shift": "this shift",
    "scope.days": "last 30 days",
    "count.kind.inspection": "Inspections",
    "count.outside_shift": "Records made outside a shift",
    "count.flag.amendment": "Amendments",
    "count.flag.check_digit_override": "Check-digit overrides",
    "count.flag.draft": "Unfinished drafts",
    "count.event.login": "Logins",
    "count.event.login_failed": "Failed logins",
    "count.event.view": "Views of records",
    "count.event.export": "Exports",
    "count.event.print": "Prints",
    "count.event.sync": "Syncs",
    "count.event.account": "Account changes",
    "hl.journal_broken": "The journal is broken from entry {seq}",
    "hl.amendment_after_finalize": "Amendment after finalize by {actor}: {reason}",
    "hl.check_digit_override": "Check-digit override by {actor}: {override_reason}",
    "hl.many_views": "{actor} viewed {count} personal records",
    "hl.failed_logins": "{count} failed login(s) for {actor}",
    "hl.overdue_referral": "Overdue referral ({actor})",
    "hl.untriaged_hit": "Hit not triaged ({actor})",
    "hl.unacknowledged": "{count} record(s) not yet acknowledged by HQ",
    "hl.outside_shift": "{count} record(s) by {actor} made outside a shift",
    "hl.unfinished_draft": "Unfinished draft by {actor}",
    "released": "released",
    "secondary_inspection": "secondary inspection",
    "refused_entry": "refused entry",
    "detained": "detained",
    "referred": "referred",
    "none_outcome": "no outcome",
    "drugs": "drugs",
    "tobacco_alcohol_fuel": "tobacco, alcohol, fuel",
    "ipr_health_safety": "IPR, health and safety",
    "weapons_strategic": "weapons, strategic goods",
    "environment_cites_waste": "environment, CITES, waste",
    "cultural_heritage": "cultural heritage",
    "currency": "currency",
}

UK: dict[str, str] = {
    "title": "Звіт про зміну",
    "post": "Пункт пропуску",
    "workstation": "Робоча станція",
    "shift": "Зміна",
    "opened": "Відкрито",
    "closed": "Закрито (зміну здав {by})",
    "acknowledged": "Прийняття зміни підтверджено",
    "not_acknowledged": "ще не підтверджено",
    "reviewed": "Перевірено",
    "not_reviewed": "ще не перевірено",
    "remarks": "Зауваження перевірки",
    "supervisor": "Відповідальний начальник зміни",
    "lanes": "Смуги руху",
    "officers": "Посадові особи на чергуванні",
    "officer": "Посадова особа",
    "role": "Роль",
    "records": "Записи",
    "views": "Перегляди персональних записів",
    "counts": "Підсумки",
    "charts": "Діаграми",
    "notable": "Важливі події",
    "none": "Немає.",
    "open_items": "Незавершені справи, передані зміні",
    "handover_note": "Примітка при передачі зміни",
    "journal": "Журнал",
    "journal_head": "Голова журналу на момент закриття: запис {seq}, геш {hash}",
    "journal_intact": "Журнал перевірено {at}: цілісний ({entries} записів).",
    "journal_shift_intact": "Записи журналу зміни з {first} по {last} перевірено {at}: "
                            "цілісні, прив'язані до підписаної контрольної точки {anchor}.",
    "journal_shift_unanchored": "Записи журналу зміни з {first} по {last} перевірено {at}: "
                                "цілісні (підписаної контрольної точки ще немає).",
    "journal_broken": "Журнал перевірено {at}: ПОШКОДЖЕНО, починаючи із запису {seq}.",
    "unacknowledged": "Записів, ще не підтверджених центром: {n}",
    "signature": "Підпис",
    "signature_text": "Підписано робочою станцією {device} її ключем Ed25519 над змістом цього "
                      "звіту та головою журналу. Перевірка: `checkpoint report verify FILE` "
                      "або в центрі: `checkpoint-hq report verify FILE`.",
    "code": "Код перевірки",
    "made": "Складено {at}, {by}",
    "page": "Сторінка {n}",
    "chart.per_hour": "Огляди за годинами (зміна)",
    "chart.per_day": "Огляди за днями (останні 30 днів)",
    "chart.hour_of_day": "Огляди за годиною доби (останні 30 днів)",
    "chart.outcome": "Результати",
    "chart.risk_area": "Виявлення за сферами ризику",
    "chart.hit_list": "Збіги за списками",
    "chart.hit_triage": "Збіги за оцінкою",
    "scope.shift": "ця зміна",
    "scope.days": "останні 30 днів",
    "count.kind.inspection": "Огляди",
    "count.outside_shift": "Записи, зроблені поза зміною",
    "count.flag.amendment": "Виправлення",
    "count.flag.check_digit_override": "Прийняті помилки контрольних цифр",
    "count.flag.draft": "Незавершені чернетки",
    "count.event.login": "Входи",
    "count.event.login_failed": "Невдалі входи",
    "count.event.view": "Перегляди записів",
    "count.event.export": "Експорти",
    "count.event.print": "Друк",
    "count.event.sync": "Синхронізації",
    "count.event.account": "Зміни облікових записів",
    "hl.journal_broken": "Журнал пошкоджено, починаючи із запису {seq}",
    "hl.amendment_after_finalize": "Виправлення після завершення ({actor}): {reason}",
    "hl.check_digit_override": "Прийнято помилку контрольної цифри ({actor}): "
                               "{override_reason}",
    "hl.many_views": "{actor} переглянув(ла) {count} персональних записів",
    "hl.failed_logins": "Невдалих входів: {count} ({actor})",
    "hl.overdue_referral": "Прострочене направлення ({actor})",
    "hl.untriaged_hit": "Збіг без оцінки ({actor})",
    "hl.unacknowledged": "Записів, ще не підтверджених центром: {count}",
    "hl.outside_shift": "Записів поза зміною: {count} ({actor})",
    "hl.unfinished_draft": "Незавершена чернетка ({actor})",
    "released": "пропущено",
    "secondary_inspection": "поглиблений огляд",
    "refused_entry": "відмовлено у в'їзді",
    "detained": "затримано",
    "referred": "передано",
    "none_outcome": "без результату",
    "drugs": "наркотики",
    "tobacco_alcohol_fuel": "тютюн, алкоголь, пальне",
    "ipr_health_safety": "ІВ, здоров'я і безпека",
    "weapons_strategic": "зброя, стратегічні товари",
    "environment_cites_waste": "довкілля, CITES, відходи",
    "cultural_heritage": "культурні цінності",
    "currency": "валюта",
}

CATALOGUES = {"en": EN, "uk": UK}


class _Blank(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return ""


def text(language: str, key: str, **params: Any) -> str:
    """The sentence for ``key`` in ``language`` (English when missing), with ``params``
    filled in; an unknown code comes back as itself."""
    catalogue = CATALOGUES.get(language, EN)
    template = catalogue.get(key, EN.get(key, key))
    return template.format_map(_Blank(params))


def label(language: str, code: str) -> str:
    """An outcome, risk area or other code in words."""
    if code == "none":
        code = "none_outcome"
    return text(language, code)
