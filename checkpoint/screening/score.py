"""Scoring a candidate against a query, with an explanation a person can check.

Names: every query token is paired with at most one listed token. Two tokens are as
alike as their closest Latin spellings (rapidfuzz's normalized Levenshtein similarity
over every spelling of each side), with two corrections users of such tools asked for:

- equal skeletons and equal vowel sounds (the same name under another transcription:
  SZCZERBAK / SHCHERBAK, JOUKOVA / ZHUKOVA) lift a pair that is already at least 0.55
  alike to 0.9 ("transcription"); SHEVCHUK / SHEVCHIAK share a skeleton but not their
  vowels, so they stay a plain edit-distance comparison;
- a token that is another plus a suffix of two letters or more (SHCHERBAK /
  SHCHERBAKOV, DMYTRO / DMYTROVYCH) is a different name, not a typo: capped at 0.5,
  below pairing ("longer name").

The name score is the weighted share of paired letters: each token weighs its length
(3 to 10). A query token left unpaired counts half, a listed token left unpaired a
tenth (documents often leave out patronymics and middle names). Then birth date,
nationality and sex adjust it (:func:`adjustments`): another birth date costs 0.40 (as
in logic-v2), 0.25 when one part differs (day, month, or the year by one: a typo?), so
an exact name with a nearly equal date is a candidate to look at, not a hit; a date known
only in part (a year) is compared as far as it goes; no shared nationality costs 0.10,
the other sex 0.15; an equal full birth date adds 0.05 only to a name that already
scores 0.85, so a shared birth date never makes a hit of its own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from checkpoint.domain.alert import Alert
from checkpoint.screening.model import (
    Adjustment,
    IdentifierMatch,
    NameMatch,
    NamePair,
    PersonQuery,
)
from checkpoint.screening.names import PARTICLES, TokenForms, name_readings, skeleton

__all__ = ["adjustments", "common_name", "compare_names", "score_person", "token_similarity"]

PAIR_MIN = 0.55
#: From this many listed entries sharing a name key on, a name is common (common_name).
COMMON_NAME = 8
BIRTH_BONUS_FROM = 0.85
UNPAIRED_QUERY = 0.5
UNPAIRED_LISTED = 0.1
MAX_LISTED_TOKENS = 8


def _weight(t: TokenForms) -> float:
    if t.text in PARTICLES:
        return 1.0
    return float(min(max(len(t.display), 3), 10))


_VOWEL_GROUPS = re.compile(r"[IYJ]*[AEIOUY]+|[IYJ]+")
_VOWEL_CLASS = str.maketrans("AEIOUY", "AEIOUI")


@lru_cache(maxsize=50_000)
def vowels(spelling: str) -> str:
    """The vowel sounds of a spelling: IA/YA/JA → A, IU → U, OU → U, IE → E, Y → I…

    A final -II/-IY/-IJ (Russian -ий, Ukrainian -ій) is left out: ЄВГЕН and ЕВГЕНИЙ,
    IEVGEN and EVGENII, are the same name in the two languages.
    """
    text = spelling.replace("OU", "U")
    if text[-2:] in ("II", "IY", "IJ", "YI", "YY"):
        text = text[:-2]
    out = []
    for m in _VOWEL_GROUPS.finditer(text):
        group = m.group()
        # an iotated vowel (IA, YU, JE, IIA): the I/Y/J is the glide, the last is the sound
        sound = group[-1] if len(group) > 1 and group[0] in "IYJ" else group[0]
        out.append(sound.translate(_VOWEL_CLASS))
    return "".join(ch for i, ch in enumerate(out) if not i or out[i - 1] != ch)


def _same_sounds(q: TokenForms, a: TokenForms) -> bool:
    """Some spelling of each has the same consonant skeleton and the same vowels."""
    if not q.skeletons & a.skeletons:
        return False
    qs = {(skeleton(s), vowels(s)) for s in q.spellings}
    return any((skeleton(s), vowels(s)) in qs for s in a.spellings)


@lru_cache(maxsize=50_000)
def token_similarity(q: TokenForms, a: TokenForms) -> tuple[float, str, str, str]:
    """(similarity, query spelling, listed spelling, how) of two tokens."""
    same = q.spellings & a.spellings
    if same:
        s = min(same, key=lambda x: (len(x), x))
        how = "same spelling" if q.text == a.text or q.text.isascii() == a.text.isascii() \
            else "transliteration"
        return 1.0, s, s, how
    best, bq, ba = -1.0, "", ""
    for sq in q.spellings:
        for sa in a.spellings:
            sim = Levenshtein.normalized_similarity(sq, sa)
            if sim > best:
                best, bq, ba = sim, sq, sa
    short, long_ = sorted((bq, ba), key=len)
    if long_.startswith(short) and len(long_) - len(short) >= 2:
        return min(best, 0.5), bq, ba, "longer name"
    if best >= 0.55 and _same_sounds(q, a):
        return max(best, 0.9), bq, ba, "transcription"
    return best, bq, ba, ("typo" if best >= 0.75 else "different")


@lru_cache(maxsize=5_000)
def _readings(name: str) -> tuple[tuple[TokenForms, ...], ...]:
    return tuple(tuple(r) for r in name_readings(name))


@lru_cache(maxsize=5_000)
def compare_names(query: tuple[TokenForms, ...], listed: tuple[TokenForms, ...],
                  query_name: str, listed_name: str) -> NameMatch:
    """Pair the tokens greedily by similarity and score the name (module docstring)."""
    listed = listed[:MAX_LISTED_TOKENS]
    scored = sorted(((token_similarity(q, a), i, j) for i, q in enumerate(query)
                     for j, a in enumerate(listed)), key=lambda x: -x[0][0])
    used_q: set[int] = set()
    used_a: set[int] = set()
    pairs: list[tuple[int, NamePair]] = []
    num = den = 0.0
    for (sim, sq, sa, how), i, j in scored:
        if sim < PAIR_MIN or i in used_q or j in used_a:
            continue
        used_q.add(i)
        used_a.add(j)
        w = (_weight(query[i]) + _weight(listed[j])) / 2
        num += sim * w
        den += w
        pairs.append((i, NamePair(query[i].text, listed[j].text, sq, sa, round(sim, 3), how)))
    lone_q = [t for i, t in enumerate(query) if i not in used_q]
    lone_a = [t for j, t in enumerate(listed) if j not in used_a]
    den += UNPAIRED_QUERY * sum(map(_weight, lone_q)) + UNPAIRED_LISTED * sum(map(_weight, lone_a))
    score = num / den if den else 0.0
    return NameMatch(query_name, listed_name, tuple(p for _, p in sorted(pairs)),
                     tuple(t.text for t in lone_q), tuple(t.text for t in lone_a),
                     round(score, 3), (), round(score, 3))


def _date_parts(text: str) -> list[int]:
    try:
        return [int(x) for x in text.split("-")[:3]]
    except ValueError:
        return []


def _birth_one(q: list[int], d: list[int], query: str, text: str,
               name_score: float) -> Adjustment:
    common = min(len(q), len(d))
    differ = [i for i in range(common) if q[i] != d[i]]
    detail = f"born {query}, listed {text}"
    params = {"born": query, "listed": text}
    if not differ:
        if common == 3 and name_score >= BIRTH_BONUS_FROM:
            return Adjustment("birth_date", 0.05, f"{detail}: same date", "same_date", params)
        return Adjustment("birth_date", 0.0, f"{detail}: agrees as far as both are known",
                          "date_agrees", params)
    near = len(differ) == 1 and (differ != [0] or abs(q[0] - d[0]) == 1)
    if near:
        return Adjustment("birth_date", -0.25, f"{detail}: one part differs (a typo?)",
                          "date_near", params)
    return Adjustment("birth_date", -0.40, f"{detail}: another date", "other_date", params)


def _birth(query: str, listed: tuple[str, ...], name_score: float) -> Adjustment | None:
    q = _date_parts(query)
    if not q or not listed:
        return None
    found = [_birth_one(q, d, query, text, name_score)
             for text in listed if (d := _date_parts(text))]
    return max(found, key=lambda a: a.effect) if found else None


def adjustments(person: PersonQuery, alert: Alert, name_score: float) -> list[Adjustment]:
    """What birth date, nationality and sex add or subtract (module docstring)."""
    out = []
    birth = _birth(person.birth_date, alert.birth_dates, name_score)
    if birth is not None:
        out.append(birth)
    if person.nationality and alert.nationalities:
        if person.nationality in alert.nationalities:
            out.append(Adjustment("nationality", 0.0, f"{person.nationality} is listed",
                                  "nationality_listed", {"nationality": person.nationality}))
        else:
            listed = "/".join(alert.nationalities)
            out.append(Adjustment("nationality", -0.10, f"{person.nationality}, listed {listed}",
                                  "nationality_not_listed",
                                  {"nationality": person.nationality, "listed": listed}))
    if person.sex and alert.sex and person.sex != alert.sex:
        out.append(Adjustment("sex", -0.15, f"{person.sex}, listed {alert.sex}", "other_sex",
                              {"sex": person.sex, "listed": alert.sex}))
    return out


def score_person(person: PersonQuery, alert: Alert) -> NameMatch | None:
    """The best of the alert's (non-weak) names against the query, adjusted; None if none."""
    queries = [r for r in _readings(person.full) if r]
    best: NameMatch | None = None
    for name in alert.names:
        if name.weak:
            continue
        for query in queries:
            for listed in _readings(name.full):
                match = compare_names(query, listed, person.full, name.full)
                if best is None or match.name_score > best.name_score:
                    best = match
    if best is None:
        return None
    adj = adjustments(person, alert, best.name_score)
    score = min(1.0, max(0.0, best.name_score + sum(a.effect for a in adj)))
    return NameMatch(best.query_name, best.listed_name, best.pairs, best.unmatched_query,
                     best.unmatched_listed, best.name_score, tuple(adj), round(score, 3))


def _full_date_equal(query: str, listed: tuple[str, ...]) -> bool:
    q = _date_parts(query)
    return len(q) == 3 and any(_date_parts(d) == q for d in listed)


def common_name(match: NameMatch, person: PersonQuery, alert: Alert, namesakes: int,
                threshold: float) -> NameMatch:
    """A name many listed entries share identifies nobody by itself.

    When :data:`COMMON_NAME` or more alerts share the matched name key and the birth
    dates are not equal in full, the candidate stays below ``threshold``: a candidate
    to look at, not a hit (without this, 10,000 random travellers raised name hits on
    common names at 43 per 1,000 against a million entries; docs/benchmarks.md).
    """
    if namesakes < COMMON_NAME or match.score < threshold or _full_date_equal(
            person.birth_date, alert.birth_dates):
        return match
    capped = round(threshold - 0.01, 3)
    many = namesakes > 200
    note = Adjustment("common_name", round(capped - match.score, 3),
                      f"{'over 200' if many else namesakes} listed entries share "
                      "this name; only an equal full birth date makes it a hit",
                      "very_common_name" if many else "common_name",
                      {} if many else {"namesakes": str(namesakes)})
    return NameMatch(match.query_name, match.listed_name, match.pairs, match.unmatched_query,
                     match.unmatched_listed, match.name_score, (*match.adjustments, note),
                     capped)


def identifier_match(kind: str, query: str, query_country: str, listed: str,
                     listed_country: str, key: str) -> IdentifierMatch | None:
    """An exact key match, unless both countries are known and differ (another document)."""
    if query_country and listed_country and query_country != listed_country:
        return None
    compared = bool(query_country and listed_country)
    return IdentifierMatch(kind, query, listed, key, compared, listed_country or query_country)
