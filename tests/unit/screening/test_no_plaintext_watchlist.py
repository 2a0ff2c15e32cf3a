"""A canary name and document number from a watchlist never reach the disk in the clear."""

from __future__ import annotations

from pathlib import Path

import pytest

from checkpoint.formats.ftm import parse_lines
from checkpoint.screening import IdentifierQuery, PersonQuery, Query
from checkpoint.services import maintenance, screening
from checkpoint.services.logs import configure
from checkpoint.services.session import login
from checkpoint.store.layout import Layout
from tests.conftest import SUPERVISOR, SUPERVISOR_PASSWORD
from tests.unit.store.test_no_plaintext import _files_under

CANARY = "Qzwatchcanary"
CANARY_CYRILLIC = "Жужжалкинштейн"
CANARY_DOC = "QW7654321"


def _needles() -> list[bytes]:
    texts = [CANARY, CANARY.upper(), CANARY_CYRILLIC, CANARY_CYRILLIC.upper(), CANARY_DOC]
    return [t.encode(enc) for t in texts for enc in ("utf-8", "utf-16-le")]


def test_a_watchlist_canary_appears_nowhere_on_disk(workstation: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setenv("SQLITE_TMPDIR", str(temp))
    configure(Layout(workstation).logs)
    lines = [f'{{"id": "p{i}", "schema": "Person", "properties": {{"name": '
             f'["{CANARY_CYRILLIC} {CANARY}{i}"], "passportNumber": ["{CANARY_DOC}{i}"]}}}}'
             for i in range(2000)]
    parsed = parse_lines(lines, "CANARY")
    assert parsed.errors == []
    with login(workstation, SUPERVISOR, SUPERVISOR_PASSWORD) as s:
        screening.replace_list(s, "CANARY", 1, parsed.alerts)
        removed = [a.alert_id for a in parsed.alerts[500:900]]
        screening.apply_delta(s, "CANARY", 2, parsed.alerts[:500], removed)
        result = screening.screen(s, Query(
            persons=(PersonQuery(CANARY_CYRILLIC, f"{CANARY}7"),),
            identifiers=(IdentifierQuery("document", f"{CANARY_DOC}7"),)))
        assert result.hit
        during = {p: p.read_bytes() for p in _files_under(workstation)}
        assert any(p.name.endswith("-wal") for p in during)
        backup = maintenance.backup(s, tmp_path / "backup.zip")
    configure(None)
    after = {p: p.read_bytes() for p in _files_under(workstation)}
    blobs = {**during, **after, backup: backup.read_bytes()}
    blobs.update({p: p.read_bytes() for p in _files_under(temp)})
    for path, data in blobs.items():
        for needle in _needles():
            assert needle not in data, f"{needle!r} found in {path.name}"
