"""The brief's JSON schema (pipeline/brief/schema.py) and the run index's (pipeline/brief/digest.py): one writer,
one reader, old briefs read as version 1, newer versions refused, fields added with a default read from old
briefs. No model is loaded: the briefs are those of tests/data/legacy-0.1, written by vietbrief 0.1."""

from __future__ import annotations

import json
import types
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from pipeline.brief import render, schema
from pipeline.brief.digest import FAILED, OK, STATUSES, Outcome, index_texts, read_index
from pipeline.brief.schema import SCHEMA_VERSION, SchemaError, SentencePair, decode, encode, from_json, to_json

from helpers import markdown_content, with_relative_links

LEGACY = Path(__file__).resolve().parent / "data" / "legacy-0.1" / "outputs"
LEGACY_BRIEFS = sorted(LEGACY.glob("*.json"))


def legacy(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_the_fixture_is_a_0_1_output_folder():
    assert len(LEGACY_BRIEFS) == 2
    for p in LEGACY_BRIEFS:
        assert "schema_version" not in legacy(p) and legacy(p)["vietbrief"] == "0.1.0"


@pytest.mark.parametrize("path", LEGACY_BRIEFS, ids=lambda p: p.stem)
def test_a_0_1_brief_reads_as_version_1_and_writes_back_the_same_plus_the_version(path):
    text = path.read_text(encoding="utf-8")
    brief = schema.read_text(text)
    assert brief.schema_version == 1 and SCHEMA_VERSION == 2
    old = legacy(path)
    assert brief.source == old["source"] and brief.title_en == old["title"]["en"]
    assert [(r.text, r.reason) for r in brief.removed] == list(zip(old["removed"], old["removed_reasons"]))
    assert brief.stats.sentences == old["stats"]["sentences"] > 0
    assert brief.glossary and brief.glossary[0].vi == old["glossary"][0]["vi"]
    assert brief.models["translator"].name == "tiny/marian"

    new = to_json(brief)
    assert list(new) == ["schema_version", *old]  # the version first, then every key in its old place
    assert new == {"schema_version": 2, **old}
    # Byte for byte: the same text with one line added.
    lines = schema.json_text(brief).splitlines(keepends=True)
    assert lines[1] == '  "schema_version": 2,\n'
    assert "".join(lines[:1] + lines[2:]) == text
    # The Markdown made from the parsed brief says what 0.1's said: title, summary and every sentence pair.
    old_markdown = path.with_suffix(".md").read_text(encoding="utf-8")
    assert markdown_content(render.markdown(brief)) == markdown_content(old_markdown)


def test_a_new_brief_round_trips_and_carries_the_current_version():
    brief = schema.read_text(LEGACY_BRIEFS[0].read_text(encoding="utf-8"))
    again = from_json(json.loads(schema.json_text(brief)))
    assert again.schema_version == SCHEMA_VERSION
    again.schema_version = brief.schema_version
    assert again == brief
    assert render.files(brief) == {".md": render.markdown(brief), ".json": schema.json_text(brief)}
    assert list(render.files(brief))[-1] == ".json"  # written last: it carries the resume fingerprint


def test_a_newer_version_is_refused_clearly():
    obj = {**legacy(LEGACY_BRIEFS[0]), "schema_version": SCHEMA_VERSION + 1}
    newer = rf"schema version {SCHEMA_VERSION + 1}, newer than .*\(up to {SCHEMA_VERSION}\)"
    with pytest.raises(SchemaError, match=newer):
        from_json(obj)


@pytest.mark.parametrize("version", [0, -1, "2", 1.5, True, None])
def test_a_version_that_is_not_one_is_refused(version):
    with pytest.raises(SchemaError, match="schema_version"):
        from_json({**legacy(LEGACY_BRIEFS[0]), "schema_version": version})


@pytest.mark.parametrize("change, where", [
    (lambda b: b.pop("summary_en"), "summary_en: missing"),
    (lambda b: b["title"].pop("vi"), "title.vi: missing"),
    (lambda b: b.update(title="x"), "title: expected a JSON object, found a string"),
    (lambda b: b["paragraphs"][1]["sentences"][0].update(en=None),
     r"paragraphs\[1\].sentences\[0\].en: expected a str"),
    (lambda b: b["models"]["translator"].pop("revision"), "models.translator.revision: missing"),
    (lambda b: b["timings"].update(total="10"), "timings.total: expected a number"),
    (lambda b: b["stats"].update(sentences=True), "stats.sentences: expected a whole number"),
    (lambda b: b["glossary"][0].update(enforced="no"), r"glossary\[0\].enforced: expected true or false"),
    (lambda b: b["removed_reasons"].pop(), "removed, removed_reasons: lists of different lengths"),
    (lambda b: b.update(removed=None), "removed: expected a list, found null"),
])
def test_a_broken_brief_is_refused_saying_where(change, where):
    obj = legacy(LEGACY_BRIEFS[0])
    change(obj)
    with pytest.raises(SchemaError, match=where):
        from_json(obj)
    with pytest.raises(SchemaError):
        from_json([obj])


def test_unreadable_text_is_a_schema_error():
    with pytest.raises(SchemaError, match="not valid JSON"):
        schema.read_text('{"source": ')


def test_optional_fields_read_with_their_defaults_and_unknown_keys_are_left():
    obj = legacy(LEGACY_BRIEFS[0])
    for key in ("stats", "glossary", "vietbrief", "fingerprint"):  # the fields declared with a default
        obj.pop(key)
    obj["added_by_a_later_release"] = {"x": 1}
    brief = from_json(obj)
    assert brief.stats == schema.Stats() and brief.glossary == [] and brief.fingerprint is None
    assert "added_by_a_later_release" not in to_json(brief)


# How the module says a field is added: one line, with a default. A dataclass declared that way reads a JSON
# object written before the field existed, and writes the field after the older ones.
@dataclass
class Check:
    name: str
    passed: bool


@dataclass
class CheckedSentence(SentencePair):
    checks: list[Check] = field(default_factory=list)


def test_a_field_added_with_a_default_is_one_line():
    old = {"vi": "Xin chào.", "en": "Hello."}
    assert decode(CheckedSentence, old) == CheckedSentence("Xin chào.", "Hello.", [])
    new = CheckedSentence("Xin chào.", "Hello.", [Check("numbers", True)])
    assert encode(new) == {**old, "checks": [{"name": "numbers", "passed": True}]}
    assert decode(CheckedSentence, encode(new)) == new


@dataclass
class SometimesChecked(SentencePair):
    checks: list[Check] = field(default_factory=list, metadata=schema.omitted_at_default())
    score: float | None = field(default=None, metadata=schema.omitted_at_default())


def test_a_field_omitted_at_its_default_leaves_other_json_as_it_was():
    old = {"vi": "Xin chào.", "en": "Hello."}
    assert encode(SometimesChecked("Xin chào.", "Hello.")) == old
    used = SometimesChecked("Xin chào.", "Hello.", [Check("numbers", False)], 0.5)
    assert encode(used) == {**old, "checks": [{"name": "numbers", "passed": False}], "score": 0.5}
    assert decode(SometimesChecked, encode(used)) == used and decode(SometimesChecked, old) == SometimesChecked(**old)


def test_any_mapping_is_written_as_a_json_object():
    # decoding() may be a typed settings record that reads as a mapping rather than a dict.
    brief = schema.read_text(LEGACY_BRIEFS[0].read_text(encoding="utf-8"))
    plain = to_json(brief)
    brief.decoding = {role: types.MappingProxyType(d) for role, d in brief.decoding.items()}
    assert json.dumps(to_json(brief)) == json.dumps(plain)


# --- the run index -----------------------------------------------------------------------------------------
def test_the_0_1_index_reads_as_outcomes_and_writes_back_byte_for_byte():
    text = (LEGACY / "index.jsonl").read_text(encoding="utf-8")
    outcomes = read_index(text)
    assert [(o.source, o.status, o.skipped) for o in outcomes] == [
        ("000_46b391e76224ec4a.txt", OK, False), ("003_6eddcec65db466f8.txt", OK, False)]
    jsonl, md = index_texts(outcomes)
    assert jsonl == text
    assert md == with_relative_links((LEGACY / "index.md").read_text(encoding="utf-8"))


def test_the_index_reader_knows_only_the_statuses_vietbrief_writes():
    assert STATUSES == (OK, FAILED)
    lines = index_texts([Outcome("a.txt", OK, brief="a.md", seconds=1.5), Outcome("b.txt", FAILED, "empty")])[0]
    assert [o.status for o in read_index(lines)] == [OK, FAILED]
    for status in ("success", "done", "error", "OK"):
        bad = lines + json.dumps({"source": "c.txt", "status": status}) + "\n"
        with pytest.raises(SchemaError, match=rf"line 3: status: expected one of ok, failed, found '{status}'"):
            read_index(bad)
    with pytest.raises(SchemaError, match="line 1: source: missing"):
        read_index('{"status": "ok"}\n')
    with pytest.raises(SchemaError, match="line 2"):
        read_index(lines.splitlines()[0] + "\nnot json\n")


def test_an_index_line_holding_a_line_separator_stays_one_line():
    summary = "first\u2028second"  # json.dumps(ensure_ascii=False) leaves U+2028 as it is
    jsonl = index_texts([Outcome("a.txt", OK, summary_en=summary)])[0]
    assert read_index(jsonl)[0].summary_en == summary
