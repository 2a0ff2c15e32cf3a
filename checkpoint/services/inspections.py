"""Inspections: start, autosave, finalize, amend, open, find.

What the GUI and the CLI call. Drafts are saved on every change (no journal entry
per keystroke; the draft's creation is journaled); finalizing validates the whole
record, freezes it and journals it with the digest of its document; a correction is
an amendment, a new record that references the original. Opening a record is an
audited view. Search goes through the ``search_terms`` index of finalized records.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, NamedTuple

from checkpoint.domain import inspection as model
from checkpoint.domain.goods import Attachment, AttachmentKind
from checkpoint.domain.inspection import Inspection
from checkpoint.domain.search_terms import (
    container_key,
    document_key,
    is_identifier_shaped,
    name_keys,
    plate_key,
    search_keys,
    vin_key,
)
from checkpoint.errors import Code, ConflictError, NotFoundError, PermissionDeniedError, UsageError
from checkpoint.services import hits, settings
from checkpoint.services import journaled_records as records
from checkpoint.services.session import Session
from checkpoint.services.shifts.lifecycle import shift_of_new_record
from checkpoint.store import record_table as rows
from checkpoint.store.connection import translate_errors

KIND = "inspection"
MAX_PHOTO_BYTES = 15 * 1024 * 1024
PHOTO_TYPES = ("image/jpeg", "image/png", "image/webp")


@dataclass(frozen=True)
class Summary:
    """One line of a list of inspections. ``name`` and ``document`` list every person
    (``; `` between them), the one a search matched first; ``persons`` counts them."""

    id: str
    status: str
    created_at: str
    author: str
    lane: str | None = None
    direction: str | None = None
    outcome: str | None = None
    name: str | None = None
    document: str | None = None
    plate: str | None = None
    amends: str | None = None
    persons: int = 0


@dataclass(frozen=True)
class Crossings:
    """Other finalized inspections with the same document number or plate, newest
    first, keyed by the number or plate as this record writes it."""

    documents: dict[str, list[Summary]]
    plates: dict[str, list[Summary]]


#: identifier matches looked at before the scope and the limit are applied
_IDENTIFIER_HITS = 5000


def _matches(person: dict[str, Any], words: set[str], number: str | None) -> bool:
    travel = person.get("document") or {}
    if number and document_key(str(travel.get("number") or "")) == number:
        return True
    keys = name_keys(person.get("surname"), person.get("given_names"),
                     person.get("surname_latin"), person.get("given_names_latin"))
    return bool(words) and all(any(k.startswith(w) for k in keys) for w in words)


def _person_name(person: dict[str, Any]) -> str:
    surname = person.get("surname_latin") or person.get("surname")
    given = person.get("given_names_latin") or person.get("given_names")
    return " ".join(str(x) for x in (surname, given) if x)


def summarize(rec: rows.StoredRecord, words: set[str] | None = None,
              number: str | None = None) -> Summary:
    """One list line with every person; those who match the search come first."""
    doc = rec.document
    persons = list(doc.get("persons") or [])
    persons.sort(key=lambda p: not _matches(p, words or set(), number))  # stable
    names = [n for n in (_person_name(p) for p in persons) if n]
    numbers = [str(n) for n in ((p.get("document") or {}).get("number") for p in persons) if n]
    vehicle = doc.get("vehicle") or {}
    return Summary(rec.id, rec.status, rec.created_at, rec.author, doc.get("lane"),
                   doc.get("direction"), doc.get("outcome"), "; ".join(names) or None,
                   "; ".join(numbers) or None, vehicle.get("plate"), rec.amends, len(persons))


def _load(rec: rows.StoredRecord) -> Inspection:
    return Inspection.from_document(rec.document)


def _save(session: Session, insp: Inspection, *, action: str | None,
          note: dict[str, Any] | None = None) -> Inspection:
    records.put(session, KIND, insp.to_document(), search_keys(insp),
                status=insp.status.value, action=action or "inspection.autosave",
                record_id=insp.id, amends=insp.amends, journal=action is not None, note=note)
    return insp


def _own_draft(session: Session, insp: Inspection) -> None:
    """Refuse a write unless the draft is the officer's, as stored (a draft taken over
    by a supervisor is no longer its first author's, whatever their copy says)."""
    with translate_errors():
        stored = rows.state(session.database.conn, insp.id)
    author = stored.author if stored is not None else insp.author
    if (author.casefold() != session.username.casefold()
            or insp.author.casefold() != session.username.casefold()):
        raise PermissionDeniedError("This draft belongs to another officer.",
                                    code=Code.NOT_OWN_DRAFT)


def start(session: Session, *, checkpoint: str | None = None) -> Inspection:
    """Start a new draft (persisted and journaled) for the logged-in officer."""
    conf = settings.load(session.layout.home)
    draft = model.new_draft(session.username, session.device_id,
                            checkpoint=checkpoint or conf.checkpoint_code or None,
                            shift_id=shift_of_new_record(session))
    draft = replace(draft, lane=conf.default_lane or None)
    return _save(session, draft, action="inspection.create")


def autosave(session: Session, insp: Inspection) -> Inspection:
    """Persist a draft as it is now. Raises ConflictError when it is not a draft."""
    if not insp.is_draft:
        raise ConflictError("A finalized inspection cannot be changed; amend it instead.",
                            code=Code.FINALIZED_READ_ONLY)
    _own_draft(session, insp)
    return _save(session, insp, action=None)


def finalize(session: Session, insp: Inspection) -> Inspection:
    """Validate, freeze and journal the record.

    Raises ValidationError listing every problem (``.problems``), ConflictError when
    it is already finalized.
    """
    _own_draft(session, insp)
    done = model.finalize(insp)
    warnings = [{"path": w.path, "code": str(w.code), "params": dict(w.params)}
                for w in model.finalize_warnings(done)]
    saved = _save(session, done, action="inspection.finalize",
                  note={"warnings": warnings} if warnings else None)
    hits.record_hits(session, saved)  # after the record is safe: screening never blocks it
    return saved


def amend(session: Session, original_id: str, reason: str) -> Inspection:
    """Start a draft correcting a finalized record (journaled with the reason).

    The correction always starts from the record's **newest** version: amending a version
    that a later one already corrects amends that later one (a second correction keeps the
    first), so a record's versions form one chain and never fork. When an amendment of
    the record is already in draft, the officer's own is returned to finish; another
    officer's raises ConflictError (``AMENDMENT_IN_PROGRESS``).
    """
    with translate_errors():
        later = rows.later_versions(session.database.conn, original_id)
    if later and later[-1].status == "draft":
        newest = later[-1]
        if newest.author.casefold() == session.username.casefold():
            return _load(newest)
        raise ConflictError("An amendment of this record is in progress.",
                            code=Code.AMENDMENT_IN_PROGRESS, params={"author": newest.author})
    newest_id = later[-1].id if later else original_id
    original = _load(records.get(session, newest_id, audit=False))
    draft = model.amend(original, reason, session.username, session.device_id)
    return _save(session, draft, action="inspection.amend")


class OpenedRecord(NamedTuple):
    """An inspection as opened: the record and the later versions that correct it,
    oldest first along its amendment chain (the last finalized one is current)."""

    record: Inspection
    amendments: list[Inspection]


class Photo(NamedTuple):
    media_type: str
    data: bytes


def open_record(session: Session, record_id: str) -> OpenedRecord:
    """The record and its later versions, oldest first; the view is journaled."""
    rec = records.get(session, record_id)
    if rec.kind != KIND:
        raise NotFoundError("There is no such inspection.")
    with translate_errors():
        chain = rows.later_versions(session.database.conn, record_id)
    return OpenedRecord(_load(rec), [_load(a) for a in chain])


def drafts(session: Session) -> list[Inspection]:
    """This officer's unfinished drafts, newest first (offered for resuming at login)."""
    with translate_errors():
        found = rows.drafts(session.database.conn, session.username, KIND)
    return [_load(r) for r in found]


def discard(session: Session, record_id: str) -> None:
    """Delete one of the officer's own drafts (journaled)."""
    with session.write() as conn:
        state = rows.state(conn, record_id)
        if state is None:
            raise NotFoundError("There is no such draft.")
        if state.status != "draft":
            raise ConflictError("Only a draft can be discarded.", code=Code.DISCARD_FINALIZED)
        if state.author.casefold() != session.username.casefold():
            raise PermissionDeniedError("This draft belongs to another officer.",
                                        code=Code.NOT_OWN_DRAFT)
        rows.delete_draft(conn, record_id)
        session.journal.append(session.username, "inspection.discard", f"{KIND}:{record_id}", {})


def drop_if_empty(session: Session, record_id: str) -> bool:
    """Delete the officer's own draft when nothing was recorded in it (a new inspection
    opened and closed again); journaled. Tell whether it was dropped."""
    with session.write() as conn:
        state = rows.state(conn, record_id)
        if state is None or state.status != "draft":
            return False
        if state.author.casefold() != session.username.casefold():
            return False
        found = rows.get(conn, record_id)
        if found is None or model.has_content(_load(found)):
            return False
        rows.delete_draft(conn, record_id)
        session.journal.append(session.username, "inspection.discard", f"{KIND}:{record_id}",
                               {"empty": True})
    return True


def search(session: Session, text: str, limit: int = 200, *, names: bool | None = None,
           since: str | None = None) -> list[Summary]:
    """Finalized inspections whose document number, plate, VIN or container equals
    ``text`` (look-alike Cyrillic letters fold to Latin), and, for a query that is not
    identifier-shaped (no digit) or when ``names`` is true, whose names (either script,
    any accents or case) start with its words. Identifier matches come first, each
    group newest first; ``since`` (a UTC timestamp) keeps records created from then on."""
    text = text.strip()
    if not text:
        return []
    with_names = not is_identifier_shaped(text) if names is None else names
    conn = session.database.conn
    words: list[str] = []
    with translate_errors():
        found: dict[str, None] = {}
        for kind, key in (("document", document_key(text)), ("plate", plate_key(text)),
                          ("vin", vin_key(text)), ("container", container_key(text))):
            found.update(dict.fromkeys(rows.find_ids(conn, kind, key, limit=_IDENTIFIER_HITS)))
        ids = rows.newest_first(conn, list(found), limit, since)
        if with_names:
            words = sorted(name_keys(text) - {k for k in name_keys(text) if " " in k})
        if words and len(ids) < limit:
            hits: set[str] | None = None
            for word in words:
                these = set(rows.find_ids(conn, "name", word, prefix=True, limit=5000))
                hits = these if hits is None else hits & these
            rest = (hits or set()) - set(ids)
            ids += rows.newest_first(conn, sorted(rest), limit - len(ids), since)
        ids = rows.current_ids(conn, ids)  # each record once, in its current version
        result = rows.get_many(conn, ids[:limit])
    return [summarize(r, set(words), document_key(text)) for r in result]


def previous_crossings(session: Session, insp: Inspection, limit: int = 20) -> Crossings:
    """Other finalized inspections with a document number or plate of ``insp`` (not
    ``insp`` itself, the record it amends, nor its amendments), newest first."""
    own = {insp.id} | ({insp.amends} if insp.amends else set())
    conn = session.database.conn

    def others(kind: str, key: str) -> list[Summary]:
        ids = [i for i in rows.find_ids(conn, kind, key, limit=_IDENTIFIER_HITS)
               if i not in own]
        recs = rows.get_many(conn, rows.newest_first(conn, ids, limit + len(own)))
        return [summarize(r) for r in recs if r.amends not in own][:limit]

    documents: dict[str, list[Summary]] = {}
    plates: dict[str, list[Summary]] = {}
    with translate_errors():
        for person in insp.persons:
            number = person.document.number if person.document else None
            if number and number not in documents:
                documents[number] = others("document", document_key(number))
        vehicle = insp.vehicle
        for plate in (vehicle.plate, vehicle.trailer_plate) if vehicle else ():
            if plate and plate not in plates:
                plates[plate] = others("plate", plate_key(plate))
    return Crossings(documents, plates)


def page(session: Session, before: tuple[str, str] | None, limit: int,
         since: str | None = None, *, ascending: bool = False) -> list[Summary]:
    """Inspections newest first (oldest first when ``ascending``), after the keyset
    ``before`` = (created_at, id)."""
    with translate_errors():
        found = rows.page(session.database.conn, KIND, before, limit, since,
                          ascending=ascending)
    return [summarize(r) for r in found]


def count(session: Session, since: str | None = None) -> int:
    with translate_errors():
        return rows.count(session.database.conn, KIND, since)


def add_photo(session: Session, insp: Inspection, data: bytes, media_type: str,
              caption: str | None = None) -> Inspection:
    """Store a photo encrypted with the record and reference it from the draft."""
    if media_type not in PHOTO_TYPES:
        raise UsageError(f"A photo must be JPEG, PNG or WebP, not {media_type}.",
                         code=Code.PHOTO_TYPE, params={"media_type": media_type})
    if not data or len(data) > MAX_PHOTO_BYTES:
        raise UsageError("A photo must be between 1 byte and 15 MB.", code=Code.PHOTO_SIZE,
                         params={"megabytes": MAX_PHOTO_BYTES // 2**20})
    if not insp.is_draft:
        raise ConflictError("A finalized inspection cannot be changed; amend it instead.",
                            code=Code.FINALIZED_READ_ONLY)
    _own_draft(session, insp)
    with session.write() as conn:
        att_id, sha = rows.put_attachment(conn, insp.id, media_type, data)
        session.journal.append(session.username, "inspection.attach", f"{KIND}:{insp.id}",
                               {"attachment": att_id, "sha256": sha})
    attachment = Attachment(att_id, AttachmentKind.PHOTO, media_type, sha, len(data), caption)
    return autosave(session, insp.with_changes(attachments=(*insp.attachments, attachment)))


def photo(session: Session, attachment_id: str) -> Photo:
    """The media type and bytes of a stored photo. Raises NotFoundError."""
    with translate_errors():
        found = rows.get_attachment(session.database.conn, attachment_id)
    if found is None:
        raise NotFoundError("There is no such photo.")
    media_type, data = found
    return Photo(media_type, data)

