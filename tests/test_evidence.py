"""Fact checks and summary evidence in a real brief: `vietbrief run` on a sample article with the copy model
(tests/copy_model.py, which copies its input) and a user glossary whose one entry changes a number - the
product's own enforcement path puts the wrong number into that sentence's English. The brief must flag that
sentence in its .md and .json, and its lead summary's evidence must point exactly at its source sentences."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.checks.evidence import link, split_summary

INPUTS = Path(__file__).resolve().parents[1] / "inputs"
ARTICLE = "002_1a329180d67adb47.txt"
TERM = "kỷ niệm 80 năm"  # in one sentence of ARTICLE
WRONG = "85th anniversary"

runner = CliRunner()


@pytest.fixture(scope="module")
def brief(copy_model, tmp_path_factory):
    from pipeline.cli.main import app

    root = tmp_path_factory.mktemp("evidence")
    (root / "in").mkdir()
    shutil.copy(INPUTS / ARTICLE, root / "in" / ARTICLE)
    glossary = root / "wrong.tsv"
    glossary.write_text(f"{TERM}\t{WRONG}\n", encoding="utf-8")
    out = root / "out"
    result = runner.invoke(app, ["run", str(root / "in"), "--out", str(out), "--translator", str(copy_model),
                                 "--summarizer", "lead", "--beams", "2", "--engine", "transformers",
                                 "--glossary", str(glossary)])
    assert result.exit_code == 0, result.output
    stem = Path(ARTICLE).stem
    return (json.loads((out / f"{stem}.json").read_text(encoding="utf-8")),
            (out / f"{stem}.md").read_text(encoding="utf-8"),
            (out / "index.jsonl").read_text(encoding="utf-8"))


def test_a_changed_number_is_flagged_in_json_and_markdown(brief):
    data, md, _ = brief
    sentences = [s for p in data["paragraphs"] for s in p["sentences"]]
    altered = [s for s in sentences if TERM in s["vi"]]
    assert len(altered) == 1 and WRONG in altered[0]["en"], altered
    numbers = [c for c in altered[0]["checks"] if c["kind"] == "number"]
    assert numbers and any("80" in c["source"] for c in numbers), altered[0]["checks"]
    assert all(isinstance(s["checks"], list) for s in sentences)  # checked, [] when clean
    row = next(line for line in md.splitlines() if line.startswith("|") and TERM in line)
    assert "⚠ **Check:**" in row and "number (" in row and "80" in row.split("⚠")[1]
    assert "**Check these**" in md


def test_lead_summary_evidence_points_at_its_source_sentences(brief):
    data, md, _ = brief
    assert data["summary_method"].startswith("extractive")
    evidence = data["evidence"]
    assert evidence and " ".join(e["summary"] for e in evidence) == data["summary_en"]
    order = [(p, k) for p, para in enumerate(data["paragraphs"], 1)
             for k, s in enumerate(para["sentences"], 1) if s["en"]]
    assert [(e["support"][0]["paragraph"], e["support"][0]["sentence"]) for e in evidence] == order[:len(evidence)]
    for e in evidence:
        assert len(e["support"]) == 1 and e["score"] == 1.0 and e["support"][0]["score"] == 1.0
        s = e["support"][0]
        pair = data["paragraphs"][s["paragraph"] - 1]["sentences"][s["sentence"] - 1]
        assert (s["vi"], s["en"]) == (pair["vi"], pair["en"])
    assert "**Evidence**" in md


def test_index_counts_flagged_sentences(brief):
    data, _, index = brief
    row = json.loads(index.splitlines()[0])
    flagged = sum(1 for p in data["paragraphs"] for s in p["sentences"] if s["checks"])
    assert row["flagged"] == flagged >= 1


def test_checks_off_leaves_briefs_without_them(copy_model, tmp_path):
    from pipeline.cli.main import app

    (tmp_path / "in").mkdir()
    shutil.copy(INPUTS / ARTICLE, tmp_path / "in" / ARTICLE)
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(tmp_path / "in"), "--out", str(out), "--translator", str(copy_model),
                                 "--summarizer", "lead", "--beams", "2", "--engine", "transformers", "--checks", "off"])
    assert result.exit_code == 0, result.output
    stem = Path(ARTICLE).stem
    data = json.loads((out / f"{stem}.json").read_text(encoding="utf-8"))
    assert "evidence" not in data and "checks" not in data["timings"]
    assert all("checks" not in s for p in data["paragraphs"] for s in p["sentences"])
    md = (out / f"{stem}.md").read_text(encoding="utf-8")
    assert "Check these" not in md and "⚠" not in md and "**Evidence**" not in md
    assert "flagged" not in json.loads((out / "index.jsonl").read_text(encoding="utf-8").splitlines()[0])


def test_abstractive_evidence_finds_the_supporting_sentences():
    article = [(1, 1, "Ngày 19/2, doanh thu đạt 40.000 tỷ đồng.", "On February 19, revenue reached 40 trillion dong."),
               (1, 2, "Ông Nguyễn Văn Lanh nói điều đó.", "Nguyen Van Lanh said that."),
               (2, 1, "Hà Nội mưa to.", "It rained heavily in Hanoi.")]
    summary = "Revenue reached 40 trillion dong in February, Nguyen Van Lanh said. Hanoi had 55 mm of rain in March."
    first, second = link(split_summary(summary), article)
    assert [(s.paragraph, s.sentence) for s in first.support] == [(1, 1), (1, 2)] and not first.unsupported
    assert [(s.paragraph, s.sentence) for s in second.support] == [(2, 1)]
    assert set(second.unsupported) == {"55", "March"}  # in no supporting sentence


def test_a_name_with_diacritics_in_the_source_is_supported_and_a_missing_one_is_named_once():
    """Summary names are whole capitalised words of any script: `Trần` is not cut to `Tr` and flagged, and a
    name the supporting sentences lack is listed once however often it is repeated."""
    article = [(1, 1, "Chiều nay, ông Nguyễn Văn Hùng gặp ông Trần Hùng tại Đà Nẵng.",
                "This afternoon Mr Nguyễn Văn Hùng met Mr Trần Hùng in Đà Nẵng.")]
    summary = "This afternoon, Mr Nguyễn Văn Hùng met Trần Hùng in Đà Nẵng with Smith, Smith and Smith."
    (evidence,) = link(split_summary(summary), article)
    assert evidence.unsupported == ["Smith"]
