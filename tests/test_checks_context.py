"""The article around a sentence (issue 23, round 15): a name the source repeats and the English leaves to the
sentences before (he, the country) is no flag when those sentences named it and the English has no name of its own;
the same pair alone is still flagged, and so is a name put in its place, even one the article named. `eval check`
reads the lines of SRC before a segment as its context (a blank line parts documents), and a brief its own sentences."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from pipeline.brief import assemble
from pipeline.checks import CONTEXT_SENTENCES, check_pair, preceding
from pipeline.checks.name import builtin_glossary, no_name_of_its_own
from pipeline.ingest.article import CleanArticle

from test_title_checks import Mapped  # a translator whose English is given per sentence

runner = CliRunner()

BEFORE = "Tổng thống Pháp Emmanuel Macron tới Berlin hôm thứ Hai để hội đàm với Thủ tướng Đức."
VI = "Ông Macron cho biết Pháp sẽ tăng chi tiêu quốc phòng trong năm tới."
EN = "He said France would raise defence spending next year."


def _names(checks):
    return [c.source for c in checks if c.kind == "name"]


def test_a_name_the_sentence_before_named_is_no_flag():
    assert _names(check_pair(VI, EN)) == ["Macron"]  # alone: the English lacks Macron
    assert check_pair(VI, EN, context=[BEFORE]) == []


def test_a_name_put_in_its_place_is_still_flagged_with_the_context():
    for wrong in ("Scholz said France would raise defence spending next year.",
                  # a name the article itself named: the context accounts for no name the English has
                  "Emmanuel said France would raise defence spending next year.",
                  "He said France would raise defence spending next year, Mr. Scholz added."):
        assert _names(check_pair(VI, wrong, context=[BEFORE])) == ["Macron"], wrong


def test_no_name_of_its_own_reads_the_sentences_it_is_given():
    # the English's every capitalised word accounted for by the sentence (France: Pháp), or not (Scholz); a name
    # the sentence before has (Emmanuel) is accounted for only when that sentence is read too (bench/checks_context.py)
    glossary = builtin_glossary()
    assert no_name_of_its_own(EN, [VI], glossary)
    assert not no_name_of_its_own("Scholz said France would raise defence spending next year.", [VI], glossary)
    emmanuel = "Emmanuel said France would raise defence spending next year."
    assert not no_name_of_its_own(emmanuel, [VI], glossary)
    assert no_name_of_its_own(emmanuel, [VI, BEFORE], glossary)


def test_the_context_must_name_it_as_the_source_writes_it():
    assert _names(check_pair(VI, EN, context=["Tổng thống Pháp tới Berlin hôm thứ Hai."])) == ["Macron"]
    # (a country is a country only standing alone: mỹ phẩm is no Mỹ)
    vi = "Các quan chức Mỹ cho biết lệnh trừng phạt sẽ có hiệu lực từ tuần sau."
    en = "The officials said the sanctions would take effect next week."
    assert _names(check_pair(vi, en, context=["Doanh số mỹ phẩm tăng mạnh."])) == ["Mỹ"]
    assert check_pair(vi, en, context=["Mỹ công bố lệnh trừng phạt mới với Iran."]) == []


def test_preceding_is_a_window_that_stops_at_a_blank_line():
    lines = ["a", "b", "", "c", "d", "e"]
    assert [preceding(lines, i, 2) for i in range(6)] == [(), ("a",), ("a", "b"), (), ("c",), ("c", "d")]
    assert preceding(lines, 5, 0) == ()
    assert preceding(lines, 5) == tuple(lines[5 - CONTEXT_SENTENCES:5])


def test_eval_check_reads_the_lines_before_and_says_its_window(tmp_path):
    from pipeline.cli.main import app

    src, hyp = tmp_path / "src.vi", tmp_path / "hyp.en"
    src.write_text(f"{BEFORE}\n{VI}\n\n{VI}\n", encoding="utf-8")
    hyp.write_text("French President Emmanuel Macron went to Berlin on Monday for talks with the German "
                   f"chancellor.\n{EN}\n\n{EN}\n", encoding="utf-8")
    args = ["eval", "check", "--src", str(src), "--hyp", str(hyp), "--json"]
    out = json.loads(runner.invoke(app, args).stdout)
    assert out["context_sentences"] == CONTEXT_SENTENCES
    # line 2 leans on line 1; line 4 comes after a blank line, a new document: flagged
    assert [[c["source"] for c in s["checks"]] for s in out["segments"]] == [[], [], [], ["Macron"]]
    alone = json.loads(runner.invoke(app, args + ["--context", "0"]).stdout)
    assert alone["context_sentences"] == 0
    assert [[c["source"] for c in s["checks"]] for s in alone["segments"]] == [[], ["Macron"], [], ["Macron"]]


def test_a_brief_checks_each_sentence_with_the_article_before_it():
    article = CleanArticle("a.txt", "Macron thăm Đức", None, None, None, [f"{BEFORE} {VI}"])
    sentences = assemble.segment(article)
    assert sentences.body == [[BEFORE, VI]]
    translator = Mapped({"Macron thăm Đức": "Macron visits Germany",
                         BEFORE: "French President Emmanuel Macron went to Berlin on Monday for talks with the "
                                 "German chancellor.", VI: EN})
    draft = assemble.draft(article, sentences, translator.translate(sentences.flat), translator, {})
    assert [s.checks for s in draft.brief.paragraphs[0].sentences] == [[], []]
