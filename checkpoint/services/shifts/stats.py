"""The numbers behind the supervisor's charts, for a shift and for the last 30 days.

A shift's charts are counted from its review items (a few hundred records, loaded
for the review anyway). The 30-day charts cannot read a month of documents each
time (at a busy post that is tens of thousands): they read hourly counts
(:mod:`checkpoint.store.review_stats`), which :func:`catch_up` brings up to date from
the journal's finalized record versions since the last time, asking each record
kind's provider (:mod:`.kinds`) what to count. The first catch-up on a large store
reads every record once (minutes at a million); after that only what is new.

Series carry codes (``released``, ``drugs``…), never words: the GUI and the report
translate them. Times are bucketed by the workstation's local time.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from checkpoint.domain.ids import parse_utc
from checkpoint.services.session import Session
from checkpoint.services.shifts import kinds
from checkpoint.services.shifts.review import ReviewData
from checkpoint.store import review_stats
from checkpoint.store.connection import translate_errors

BATCH = 20_000
DAYS = 30
#: The breakdowns every chart set has (a hits provider fills the last two).
BREAKDOWNS = ("outcome", "risk_area", "hit_list", "hit_triage")


@dataclass(frozen=True)
class Series:
    code: str                  # per_hour, per_day, hour_of_day, outcome, risk_area, …
    labels: tuple[str, ...]    # hours/dates, or codes to translate
    values: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(self.values)


@dataclass(frozen=True)
class Charts:
    scope: str                 # "shift" or "days"
    start: str
    end: str
    series: tuple[Series, ...]

    def get(self, code: str) -> Series:
        for s in self.series:
            if s.code == code:
                return s
        return Series(code, (), ())


def _local(utc: datetime) -> datetime:
    return utc.astimezone()


def catch_up(session: Session, *, batch: int = BATCH, limit: int | None = None,
             progress: Callable[[int], None] | None = None) -> int:
    """Count the finalized record versions journaled since the last catch-up (at most
    ``limit`` of them, so a caller sharing the database thread can take turns); return
    how many were read. Each batch is one transaction (a kill loses at most one batch of
    counting, never counts twice)."""
    done = 0
    while limit is None or done < limit:
        if limit is not None:
            batch = min(batch, limit - done)
        with session.write() as conn:
            after = review_stats.mark(conn)
            versions = review_stats.versions_after(conn, after, batch)
            if not versions:
                return done
            by_kind: dict[str, list[str]] = defaultdict(list)
            for _, subject in versions:
                kind, _, rid = subject.partition(":")
                if kinds.provider(kind) is not None:
                    by_kind[kind].append(rid)
            counts: Counter[tuple[str, str, str]] = Counter()
            for kind, ids in by_kind.items():
                provider = kinds.provider(kind)
                assert provider is not None
                for r in review_stats.record_values(conn, ids, provider.paths):
                    hour = r.created_at[:13]
                    if r.amends and provider.versions_replace:  # the old version's facts
                        for old in review_stats.record_values(conn, [r.amends], provider.paths):
                            was = kinds.KindRow(old.id, old.kind, "finalized", old.created_at,
                                                "", old.amends, dict(zip(
                                                    provider.paths, old.values, strict=True)))
                            for metric, key in provider.facts(was):
                                counts[(old.created_at[:13], metric, key)] -= 1
                    elif r.amends:
                        counts[(hour, "amendments", r.kind)] += 1
                        continue
                    row = kinds.KindRow(r.id, r.kind, "finalized", r.created_at, "", r.amends,
                                        dict(zip(provider.paths, r.values, strict=True)))
                    for metric, key in provider.facts(row):
                        counts[(hour, metric, key)] += 1
            review_stats.add(conn, counts)
            review_stats.set_mark(conn, versions[-1][0])
        done += len(versions)
        if progress is not None:
            progress(done)
    return done


def _breakdowns(pairs: Iterable[tuple[str, str, int]]) -> list[Series]:
    """One series per metric of BREAKDOWNS, biggest first."""
    counts: dict[str, Counter[str]] = {m: Counter() for m in BREAKDOWNS}
    for m, key, n in pairs:
        if m in counts:
            counts[m][key] += n
    out = []
    for metric in BREAKDOWNS:
        # a key whose count was taken back to nothing (a hit triaged) is not shown
        ordered = sorted(((k, v) for k, v in counts[metric].items() if v > 0),
                         key=lambda kv: (-kv[1], kv[0]))
        out.append(Series(metric, tuple(k for k, _ in ordered), tuple(v for _, v in ordered)))
    return out


def days(session: Session, *, days: int = DAYS, now: datetime | None = None,
         update: bool = True) -> Charts:
    """The charts of the last ``days`` days (inspections per day and per hour of day,
    outcomes, findings by risk area, hits by list and triage). Supervisors only."""
    session.require("supervisor")
    if update:
        catch_up(session)
    end = (now or datetime.now(UTC)).astimezone(UTC)
    local_end = _local(end)
    first_day = (local_end - timedelta(days=days - 1)).replace(hour=0, minute=0, second=0,
                                                               microsecond=0)
    start = first_day.astimezone(UTC)
    with translate_errors():
        rows = review_stats.between(session.database.conn, start.strftime("%Y-%m-%dT%H"),
                                    end.strftime("%Y-%m-%dT%H"))
    per_day: Counter[str] = Counter()
    per_hour: Counter[int] = Counter()
    pairs: list[tuple[str, str, int]] = []
    for r in rows:
        if r.metric == "inspections":
            when = _local(datetime.strptime(r.hour, "%Y-%m-%dT%H").replace(tzinfo=UTC))
            per_day[when.strftime("%Y-%m-%d")] += r.n
            per_hour[when.hour] += r.n
        else:
            pairs.append((r.metric, r.key, r.n))
    day_labels = [(first_day + timedelta(days=i)).strftime("%Y-%m-%d") for i in range(days)]
    series = [
        # day.month, as European posts write it ("11-07" read as the 11th of July)
        Series("per_day", tuple(f"{d[8:10]}.{d[5:7]}" for d in day_labels),
               tuple(per_day[d] for d in day_labels)),
        Series("hour_of_day", tuple(f"{h:02d}" for h in range(24)),
               tuple(per_hour[h] for h in range(24))),
        *_breakdowns(pairs),
    ]
    return Charts("days", start.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                  end.strftime("%Y-%m-%dT%H:%M:%S.000Z"), tuple(series))


def shift(review: ReviewData, *, now: datetime | None = None) -> Charts:
    """The charts of one shift, counted from its review items (records of the shift and
    those made outside a shift in its window)."""
    start = parse_utc(review.shift.opened_at)
    end = parse_utc(review.window_end) if review.window_end else (now or datetime.now(UTC))
    first = _local(start).replace(minute=0, second=0, microsecond=0)
    hours: list[datetime] = []
    h = first
    while h <= _local(end) and len(hours) < 48:
        hours.append(h)
        h += timedelta(hours=1)
    per_hour: Counter[str] = Counter()
    pairs: list[tuple[str, str, int]] = []
    for item in review.items:
        for metric, key in item.facts:
            if metric == "inspections":
                per_hour[_local(parse_utc(item.time)).strftime("%Y-%m-%dT%H")] += 1
            else:
                pairs.append((metric, key, 1))
    series = [
        Series("per_hour", tuple(x.strftime("%H") for x in hours),
               tuple(per_hour[x.strftime("%Y-%m-%dT%H")] for x in hours)),
        *_breakdowns(pairs),
    ]
    return Charts("shift", review.shift.opened_at, review.window_end or "", tuple(series))
