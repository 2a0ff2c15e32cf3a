"""A watchlist hit in the officer's words: match type, triage, action and explanation.

The screening core explains a candidate in English (``Candidate.explain()``, what the
CLI prints) and, beside it, in structure: ``explanation.identifiers`` (the identifier
matches) and ``explanation.name`` (the token pairs and how they are alike, the tokens
left unpaired, each adjustment's ``code`` and ``params``, the scores); docs/formats.md,
"Screening result v1". :func:`explanation_text` words that structure through the app's
translator, sentence by sentence. A hit recorded before the structure (or an adjustment
before its ``code``) falls back to the English text it carries.

Every word is marked with ``QT_TRANSLATE_NOOP`` in the context ``HitWords`` (so
``build/lupdate.py`` collects it) and translated when it is shown.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from checkpoint.gui.problems import QT_TRANSLATE_NOOP

__all__ = [
    "action_word",
    "adjustment_text",
    "explanation_text",
    "how_word",
    "match_word",
    "triage_word",
]

CONTEXT = "HitWords"

ACTIONS: dict[str, str] = {
    "arrest": QT_TRANSLATE_NOOP("HitWords", "arrest / detain"),
    "refuse_entry": QT_TRANSLATE_NOOP("HitWords", "refuse entry"),
    "seize_object": QT_TRANSLATE_NOOP("HitWords", "seize the object"),
    "specific_check": QT_TRANSLATE_NOOP("HitWords", "specific check"),
    "discreet_check": QT_TRANSLATE_NOOP("HitWords", "discreet check"),
    "information": QT_TRANSLATE_NOOP("HitWords", "information only"),
}
MATCHES: dict[str, str] = {
    "identifier": QT_TRANSLATE_NOOP("HitWords", "identifier"),
    "name": QT_TRANSLATE_NOOP("HitWords", "name"),
}
TRIAGES: dict[str, str] = {
    "pending": QT_TRANSLATE_NOOP("HitWords", "not triaged"),
    "possible": QT_TRANSLATE_NOOP("HitWords", "possible"),
    "confirmed": QT_TRANSLATE_NOOP("HitWords", "confirmed"),
    "false_positive": QT_TRANSLATE_NOOP("HitWords", "false positive"),
}
KINDS: dict[str, str] = {
    "document": QT_TRANSLATE_NOOP("HitWords", "document"),
    "plate": QT_TRANSLATE_NOOP("HitWords", "plate"),
    "vin": QT_TRANSLATE_NOOP("HitWords", "VIN"),
    "container": QT_TRANSLATE_NOOP("HitWords", "container"),
    "imo": QT_TRANSLATE_NOOP("HitWords", "IMO number"),
}
HOW: dict[str, str] = {
    "same spelling": QT_TRANSLATE_NOOP("HitWords", "same spelling"),
    "transliteration": QT_TRANSLATE_NOOP("HitWords", "transliteration"),
    "transcription": QT_TRANSLATE_NOOP("HitWords", "transcription"),
    "typo": QT_TRANSLATE_NOOP("HitWords", "typo"),
    "longer name": QT_TRANSLATE_NOOP("HitWords", "longer name"),
    "different": QT_TRANSLATE_NOOP("HitWords", "different"),
}
FACTORS: dict[str, str] = {
    "birth_date": QT_TRANSLATE_NOOP("HitWords", "birth date"),
    "nationality": QT_TRANSLATE_NOOP("HitWords", "nationality"),
    "sex": QT_TRANSLATE_NOOP("HitWords", "sex"),
    "common_name": QT_TRANSLATE_NOOP("HitWords", "common name"),
}
SEXES: dict[str, str] = {
    "M": QT_TRANSLATE_NOOP("HitWords", "male"),
    "F": QT_TRANSLATE_NOOP("HitWords", "female"),
}
# An adjustment's code → its sentence; ``{param}`` placeholders (docs/formats.md).
ADJUSTMENTS: dict[str, str] = {
    "same_date": QT_TRANSLATE_NOOP("HitWords", "born {born}, listed {listed}: same date"),
    "date_agrees": QT_TRANSLATE_NOOP(
        "HitWords", "born {born}, listed {listed}: agrees as far as both are known"),
    "date_near": QT_TRANSLATE_NOOP(
        "HitWords", "born {born}, listed {listed}: one part differs (a typo?)"),
    "other_date": QT_TRANSLATE_NOOP("HitWords", "born {born}, listed {listed}: another date"),
    "nationality_listed": QT_TRANSLATE_NOOP("HitWords", "{nationality} is listed"),
    "nationality_not_listed": QT_TRANSLATE_NOOP(
        "HitWords", "{nationality}, listed {listed}"),
    "other_sex": QT_TRANSLATE_NOOP("HitWords", "{sex}, listed {listed}"),
    "common_name": QT_TRANSLATE_NOOP(
        "HitWords", "{namesakes} listed entries share this name; only an equal full birth "
        "date makes it a hit"),
    "very_common_name": QT_TRANSLATE_NOOP(
        "HitWords", "over 200 listed entries share this name; only an equal full birth "
        "date makes it a hit"),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def _word(words: Mapping[str, str], code: str) -> str:
    """A code's word, or the code itself when it is not one we know."""
    return _tr(words[code]) if code in words else code


def action_word(action: str) -> str:
    """An alert's action code in words (the code itself when it is not one we know)."""
    return _word(ACTIONS, action)


def match_word(match: str) -> str:
    """``identifier`` or ``name`` in words."""
    return _word(MATCHES, match)


def triage_word(triage: str) -> str:
    """A hit's triage (``pending``, ``possible``, ``confirmed``, ``false_positive``)."""
    return _word(TRIAGES, triage)


def how_word(how: str) -> str:
    """How two name tokens are alike (``NamePair.how``) in words."""
    return _word(HOW, how)


def _fill(template: str, params: Mapping[str, Any]) -> str:
    for key, value in params.items():
        template = template.replace("{" + key + "}", str(value))
    return template


def adjustment_text(adjustment: Mapping[str, Any]) -> str:
    """One adjustment: its factor, effect and sentence (``detail`` without a known code)."""
    code = str(adjustment.get("code") or "")
    params = dict(adjustment.get("params") or {})
    if code == "other_sex":
        params = {k: _word(SEXES, str(v)) for k, v in params.items()}
    sentence = (_fill(_tr(ADJUSTMENTS[code]), params)
                if code in ADJUSTMENTS else str(adjustment.get("detail") or ""))
    return _tr(QT_TRANSLATE_NOOP("HitWords", "%1 %2: %3")).replace(
        "%1", _word(FACTORS, str(adjustment.get("factor") or ""))).replace(
        "%2", f"{float(adjustment.get('effect') or 0):+.2f}").replace("%3", sentence)


def _identifier_text(match: Mapping[str, Any]) -> str:
    line = _tr(QT_TRANSLATE_NOOP("HitWords", "%1 %2 = listed %3")).replace(
        "%1", _word(KINDS, str(match["kind"]))).replace(
        "%2", str(match["query"])).replace("%3", str(match["listed"]))
    if match.get("country_compared"):
        return line + _tr(QT_TRANSLATE_NOOP("HitWords", ", %1 on both sides")).replace(
            "%1", str(match.get("country") or ""))
    return line + _tr(QT_TRANSLATE_NOOP(
        "HitWords", " (the country was not compared: one side does not give it)"))


def _name_lines(name: Mapping[str, Any]) -> list[str]:
    lines = [_tr(QT_TRANSLATE_NOOP("HitWords", "name %1 ~ listed %2: name score %3")).replace(
        "%1", repr(str(name["query_name"]))).replace("%2", repr(str(name["listed_name"]))).replace(
        "%3", f"{float(name['name_score']):.2f}")]
    for p in name.get("pairs") or ():
        lines.append("  " + _tr(QT_TRANSLATE_NOOP("HitWords", "%1 ~ %2 (%3 ~ %4): %5 %6"))
                     .replace("%1", str(p["query"])).replace("%2", str(p["listed"]))
                     .replace("%3", str(p["query_spelling"]))
                     .replace("%4", str(p["listed_spelling"]))
                     .replace("%5", how_word(str(p["how"])))
                     .replace("%6", f"{float(p['similarity']):.2f}"))
    if name.get("unmatched_query"):
        lines.append("  " + _tr(QT_TRANSLATE_NOOP("HitWords", "not in the listed name: %1"))
                     .replace("%1", " ".join(map(str, name["unmatched_query"]))))
    if name.get("unmatched_listed"):
        lines.append("  " + _tr(QT_TRANSLATE_NOOP("HitWords", "not in the query: %1"))
                     .replace("%1", " ".join(map(str, name["unmatched_listed"]))))
    lines += ["  " + adjustment_text(a) for a in name.get("adjustments") or ()]
    lines.append("  " + _tr(QT_TRANSLATE_NOOP("HitWords", "score %1")).replace(
        "%1", f"{float(name['score']):.2f}"))
    return lines


def explanation_text(candidate: Mapping[str, Any]) -> str:
    """Why a candidate (its JSON, as a hit records it) matched, in the officer's language.

    Worded from ``explanation.identifiers`` or ``explanation.name``; the English
    ``explanation.text`` when neither is there (a hit recorded before they were) or
    when the structure is not what this version reads.
    """
    explanation = candidate.get("explanation") or {}
    try:
        if explanation.get("identifiers"):
            return "\n".join(_identifier_text(m) for m in explanation["identifiers"])
        if explanation.get("name"):
            return "\n".join(_name_lines(explanation["name"]))
    except (KeyError, TypeError, ValueError):
        pass
    return str(explanation.get("text") or "")
