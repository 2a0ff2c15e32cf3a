"""Joint operations at HQ: publishing a notice to the posts, and what the posts answered.

A notice is HQ-owned data: published in the collection ``operations`` (key: the
operation id) for each post it names (audience ``post:CODE``), pulled like reference
data, checked against ``operation.v1``. The posts answer with records
(``operation_ack``, ``operation_link``, ``operation_report``) that arrive with their
pushes; :func:`summary` lists them per post.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from checkpoint.domain.ids import format_utc, new_id, utc_now
from checkpoint.domain.operation import Notice, check_targets
from checkpoint.errors import Code, Problem, ValidationError
from checkpoint.formats import validate_document
from hq import feed
from hq.db import Tx
from hq.errors import HqRefusal

COLLECTION = "operations"
ANSWERS = ("operation_ack", "operation_link", "operation_report")


def _day(text: str, end: bool) -> str:
    try:
        if len(text) == 10:
            d = datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=UTC)
            if end:
                d = d.replace(hour=23, minute=59, second=59, microsecond=999000)
            return format_utc(d)
        return format_utc(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError as e:
        raise HqRefusal(400, "bad_date", f"{text!r} is not a date like 2026-03-14.") from e


def _target_problem(p: Problem) -> str:
    """A problem of a published targets file, for HQ's operator (English)."""
    if p.code == Code.NOT_ONE_OF:
        return f"{p.path} must be one of {p.params['choices']}, not {p.params['value']!r}"
    if p.code == Code.MISSING:
        return f"{p.path} is required"
    return f"{p.path}: {p.params.get('detail', p.code)}"


def publish_operation(tx: Tx, *, title: str, valid_from: str, valid_to: str,
                      posts: list[str], instructions: str, targets: Any,
                      reporting: list[str]) -> Notice:
    """Publish a notice to each named post. Raises HqRefusal for a bad period, no post,
    or targets that are not valid."""
    posts = [p.strip() for p in posts if p.strip()]
    if not posts:
        raise HqRefusal(400, "no_target", "Name at least one post.")
    start, end = _day(valid_from, False), _day(valid_to, True)
    if end < start:
        raise HqRefusal(400, "bad_date", "The operation ends before it starts.")
    try:
        parsed = check_targets(targets)
    except ValidationError as e:  # the problems name the target and field (targets[1].kind)
        detail = "; ".join(_target_problem(problem) for problem in e.problems)
        raise HqRefusal(400, "bad_targets", f"{e} {detail}.") from e
    notice = Notice(new_id(), title.strip(), start, end, tuple(posts), instructions.strip(),
                    tuple(parsed), tuple(reporting), utc_now())
    problems = validate_document(notice.to_document(), "operation.v1")
    if problems:
        raise HqRefusal(400, "bad_operation", problems[0])
    for post in posts:
        feed.publish(tx, COLLECTION, [(notice.id, "put", notice.to_document())],
                     audience=f"post:{post}")
    return notice


@dataclass
class PostAnswer:
    post: str
    acknowledged_by: str | None = None
    acknowledged_at: str | None = None
    linked: int = 0
    reports: list[dict[str, Any]] = field(default_factory=list)


def notices(tx: Tx) -> list[Notice]:
    rows = tx.all("SELECT data FROM changes WHERE collection = ? AND op = 'put' ORDER BY "
                  "version", (COLLECTION,))
    seen: dict[str, Notice] = {}
    for (data,) in rows:
        n = Notice.from_document(json.loads(data))
        seen[n.id] = n
    return sorted(seen.values(), key=lambda n: n.published_at, reverse=True)


def answers(tx: Tx, operation_id: str) -> dict[str, PostAnswer]:
    """What each post answered, by post code."""
    rows = tx.all("SELECT r.kind, r.document, d.post FROM records r JOIN devices d ON "
                  "d.id = r.device_id WHERE r.kind IN (?, ?, ?)", ANSWERS)
    out: dict[str, PostAnswer] = {}
    for kind, text, post in rows:
        doc = json.loads(text)
        if doc.get("operation_id") != operation_id:
            continue
        a = out.setdefault(post, PostAnswer(post))
        if kind == "operation_ack":
            a.acknowledged_by, a.acknowledged_at = doc.get("author"), doc.get("created_at")
        elif kind == "operation_link":
            a.linked += 1
        else:
            a.reports.append(doc)
    return out
