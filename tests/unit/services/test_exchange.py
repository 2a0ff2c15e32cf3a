"""Export and import in the agreed formats; demo data."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from checkpoint.cli.wording import problem_text
from checkpoint.domain.inspection import Inspection
from checkpoint.errors import Code, Problem, ValidationError
from checkpoint.formats import validate_document
from checkpoint.services import demo, exchange, inspections, workstation
from checkpoint.services.session import Session, login
from tests.conftest import SUPERVISOR, SUPERVISOR_PASSWORD


def _export(s: Session, fmt: str = "jsonl") -> str:
    out = io.StringIO()
    exchange.export(s, out, fmt)
    return out.getvalue()


def _second(tmp_path: Path) -> Session:
    home = tmp_path / "second"
    workstation.init_workstation(home, SUPERVISOR, SUPERVISOR_PASSWORD)
    return login(home, SUPERVISOR, SUPERVISOR_PASSWORD)


def test_export_then_import_gives_the_same_records(inspector: Session, tmp_path: Path,
                                                   complete_draft: Inspection) -> None:
    done = inspections.finalize(inspector, complete_draft)
    amendment = inspections.finalize(
        inspector, inspections.amend(inspector, done.id, "remarks were incomplete"))
    demo.fill(inspector, 40, seed=3)
    text = _export(inspector)
    path = tmp_path / "out.jsonl"
    path.write_text(text, encoding="utf-8")
    with _second(tmp_path) as other:
        report = exchange.import_file(other, path)
        assert report.imported == 42 and report.problems == []
        assert _export(other) == text
        # origin kept: author and workstation of the first post, not of the importer
        imported, chain = inspections.open_record(other, done.id)
        assert imported.author == "anna" and imported.device_id == inspector.device_id
        assert [a.id for a in chain] == [amendment.id]
        again = exchange.import_file(other, path)
        assert (again.imported, again.already_present) == (0, 42)


def test_one_invalid_document_imports_nothing_and_names_the_line(
        inspector: Session, tmp_path: Path) -> None:
    demo.fill(inspector, 5, seed=4)
    lines = _export(inspector).splitlines()
    broken = json.loads(lines[3])
    broken["direction"] = "sideways"
    lines[3] = json.dumps(broken, ensure_ascii=False)
    lines.insert(1, "{not json")
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with _second(tmp_path) as other:
        with pytest.raises(ValidationError) as e:
            exchange.import_file(other, path)
        assert e.value.code == Code.IMPORT_REFUSED
        found = {(p.params["line"], p.path, p.code) for p in e.value.problems}
        assert (2, "", Code.IMPORT_NOT_JSON) in found
        assert (5, "direction", Code.IMPORT_SCHEMA) in found
        lines = _words(e.value.problems)
        assert any(line.startswith("line 2: (the record): not JSON") for line in lines)
        assert any(line.startswith("line 5: direction: the value is not one of") for line in lines)
        assert inspections.count(other) == 0


def test_drafts_are_not_importable(inspector: Session, tmp_path: Path) -> None:
    draft = inspections.start(inspector)
    path = tmp_path / "draft.jsonl"
    path.write_text(json.dumps(draft.to_document()) + "\n", encoding="utf-8")
    with _second(tmp_path) as other, pytest.raises(ValidationError) as e:
        exchange.import_file(other, path)
    assert [(p.path, p.code) for p in e.value.problems] == [("status", Code.IMPORT_NOT_FINALIZED)]
    assert "only finalized inspections" in _words(e.value.problems)[0]


def test_csv_export_is_flattened_with_one_row_per_inspection(inspector: Session) -> None:
    demo.fill(inspector, 12, seed=5)
    rows = list(csv.DictReader(io.StringIO(_export(inspector, "csv"))))
    assert len(rows) == 12
    assert "persons[0].document.number" in rows[0]
    assert all(r["status"] == "finalized" and r["schema"] == "inspection.v1" for r in rows)


def test_exports_are_journaled(inspector: Session) -> None:
    _export(inspector)
    last = list(inspector.journal.entries())[-1]
    assert last.action == "inspection.export" and last.payload_dict()["count"] == 0


def test_demo_records_are_valid_by_every_rule(inspector: Session) -> None:
    demo.fill(inspector, 150, seed=9)
    for line in _export(inspector).splitlines():
        doc = json.loads(line)
        assert validate_document(doc) == []
        Inspection.from_document(doc)


def _words(problems: list[Problem]) -> list[str]:
    """The problems as the command line prints them for an import (no values)."""
    return [problem_text(p, values=False) for p in problems]


def _import_problems(tmp_path: Path, docs: list[str]) -> list[Problem]:
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(docs) + "\n", encoding="utf-8")
    with _second(tmp_path) as other:
        with pytest.raises(ValidationError) as e:
            exchange.import_file(other, path)
        assert inspections.count(other) == 0
    assert e.value.code == Code.IMPORT_REFUSED
    assert e.value.params["count"] == len(e.value.problems)
    return e.value.problems


def _example(**person: object) -> dict[str, object]:
    from checkpoint.formats import load_example

    doc = load_example("inspection")
    doc["persons"][0].update(person)
    return doc


def test_an_import_passes_the_rules_of_a_finalize(tmp_path: Path) -> None:
    """Issue 9 item 10: a failed MRZ check digit with falsified results and no override,
    nationality ZZZ, NUL and U+202E in names, years 9999 and 0001 are all refused."""
    forged = _example()
    mrz = forged["persons"][0]["document"]["mrz"]  # type: ignore[index]
    mrz["lines"][1] = mrz["lines"][1][:9] + "0" + mrz["lines"][1][10:]  # check digit broken
    docs = [json.dumps(forged),
            json.dumps(_example(nationality="ZZZ")),
            json.dumps(_example(surname="Шев\u0000чук")),
            json.dumps(_example(given_names_latin="ANDRII\u202eRTS")),
            json.dumps(_example(birth_date="0001-01-01")),
            json.dumps({**_example(), "finalized_at": "9999-01-01T00:00:00.000Z"})]
    found = {(p.params["line"], p.path, p.code) for p in _import_problems(tmp_path, docs)}
    assert found == {
        (1, "persons[0].document.mrz.override_reason", Code.MRZ_CHECKS_FAILED),
        (1, "persons[0].document.mrz.checks", Code.MRZ_CHECKS_MISMATCH),  # results falsified
        (2, "persons[0].nationality", Code.COUNTRY_UNKNOWN),
        (3, "persons[0].surname", Code.TEXT_CONTROL),
        (4, "persons[0].given_names_latin", Code.TEXT_CONTROL),
        (5, "persons[0].birth_date", Code.DATE_YEAR),
        (6, "finalized_at", Code.TIME_IMPLAUSIBLE),
    }


def test_import_error_lines_name_the_line_and_field_not_the_value(tmp_path: Path) -> None:
    """Issue 9 item 13: nothing of the rejected personal data reaches the error lines."""
    secret_surname, secret_number = "СЕКРЕТЕНКО", "ZZ9988776"
    bad_sex = _example(surname=secret_surname, sex="Q")
    bad_country = _example(surname=secret_surname, nationality="QQQ")
    bad_doc = _example(surname=secret_surname)
    bad_doc["persons"][0]["document"]["issuing_state"] = "QQQ"  # type: ignore[index]
    bad_doc["persons"][0]["document"]["number"] = secret_number  # type: ignore[index]
    problems = _import_problems(tmp_path, [json.dumps(bad_sex), json.dumps(bad_country),
                                           json.dumps(bad_doc)])
    lines = _words(problems)
    joined = "\n".join(lines)
    assert len(lines) >= 3 and all(line.startswith("line ") for line in lines)
    assert "line 2: persons[0].nationality: the value is not an ISO 3166-1" in joined
    for value in (secret_surname, secret_number, "QQQ", "'Q'", '"Q"'):
        assert value not in joined, joined


@pytest.mark.parametrize("line", ["[" * 100_000, '{"n": ' + "9" * 5000 + "}",
                                  '{"surname": "\\ud800"}', '{"x": NaN}',
                                  "[" * 900 + "]" * 900])
def test_unreadable_lines_get_a_clear_problem_not_an_unexpected_error(
        tmp_path: Path, line: str) -> None:
    """Issue 9 item 12: deep nesting, a 5000-digit number, a lone surrogate, NaN."""
    problems = _import_problems(tmp_path, [line])
    assert len(problems) == 1 and problems[0].params["line"] == 1
    assert problems[0].code in (Code.IMPORT_UNREADABLE, Code.IMPORT_NOT_UNICODE,
                                Code.IMPORT_NOT_OBJECT)
