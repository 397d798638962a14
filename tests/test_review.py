"""What a reader checks first, in every format: a summary sentence with no support in the article is flagged like
a doubtful sentence (JSON warnings and evidence, "Check these", flagged counts, index), likely errors come first,
and the sentences the model was least sure of are listed by its own score."""

import io
import json
import shutil
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

import pipeline.brief.formats  # noqa: F401  (the formats registry first: brief/render imports it back)
from pipeline.brief import render, review
from pipeline.brief.formats import FORMATS
from pipeline.brief.schema import Brief, ParagraphPair, SentencePair, read_text
from pipeline.checks.base import LIKELY, WORTH_A_LOOK, Check
from pipeline.checks.evidence import MIN_COVERAGE, link, split_summary
from pipeline.models.info import ModelInfo

from helpers import INPUTS

ARTICLE = [
    "The Ministry of Public Security held its first political security dialogue with China in Hanoi on Wednesday.",
    "Deputy Minister Le Quoc Hung chaired the meeting with his Chinese counterpart.",
    "Both sides agreed to cooperate against telecom fraud, human trafficking and illegal migration.",
    "They will exchange information on cyber security and train officers together.",
    "The next dialogue will be held in Beijing in 2025.",
    "Officials said the talks were frank and productive.",
    "The two ministries signed a memorandum of understanding at the end of the meeting.",
]
SUPPORTED = "Vietnam and China agreed to cooperate against telecom fraud and human trafficking."
INVENTED = "It is important to acknowledge the contributions of others and to be grateful every day."


def make_brief(summary: str, scores=None, checks_on=True) -> Brief:
    scores = scores or [-0.1 * (k + 1) for k in range(len(ARTICLE))]
    sentences = [SentencePair(f"câu {k}", en, checks=[] if checks_on else None, score=sc)
                 for k, (en, sc) in enumerate(zip(ARTICLE, scores), 1)]
    if checks_on:
        sentences[1].checks = [Check("name", "Lê Quốc Hùng", "", "the English lacks Le Quoc Hung", WORTH_A_LOOK)]
        sentences[4].checks = [Check("number", "2026", "2025", "the source says 2026, the English 2025", LIKELY)]
    article = [(1, k, s.vi, s.en) for k, s in enumerate(sentences, 1)]
    return Brief(source="a.txt", title_vi="Tiêu đề", title_en="Title", date=None, outlet=None, author=None,
                 summary_en=summary, summary_method="abstractive",
                 evidence=link(split_summary(summary), article) if checks_on else None,
                 paragraphs=[ParagraphPair(" ".join(s.vi for s in sentences), " ".join(ARTICLE), sentences)],
                 removed=[], models={"translator": ModelInfo("m", "r", "marian")}, decoding={}, timings={},
                 warnings=[])


def test_an_invented_summary_sentence_is_unsupported_and_a_faithful_one_is_not():
    supported, invented = link([SUPPORTED, INVENTED], [(1, k, "", en) for k, en in enumerate(ARTICLE, 1)])
    assert supported.checks == [] and supported.score >= MIN_COVERAGE
    assert invented.score < MIN_COVERAGE
    check, = invented.checks
    assert check.kind == "unsupported" and check.severity == LIKELY
    assert "no support in the article" in check.note and f"{MIN_COVERAGE:.0%}" in check.note  # what was looked for


def test_a_missing_fact_is_likely_when_the_article_has_it_nowhere():
    article = [(1, k, "", en) for k, en in enumerate(ARTICLE, 1)]
    nowhere, = link(["The two ministries signed a memorandum of understanding in Hanoi on 14 March 2030."], article)
    assert any(c.severity == LIKELY and "2030" in c.note for c in nowhere.checks), nowhere.checks


def test_every_format_shows_the_unsupported_summary_sentence_and_counts_it():
    brief = make_brief(f"{SUPPORTED} {INVENTED}")
    assert [bool(e.checks) for e in brief.evidence] == [False, True]
    assert review.flagged_total(brief) == 3  # two article sentences and one summary sentence

    md = render.markdown(brief)
    assert "**Check these** (3 sentence(s) flagged)" in md and "Summary sentence 2 (likely error)" in md
    html = FORMATS["html"].render(brief)
    assert 'href="#summary-2"' in html and "no support in the article" in html
    assert '<span class="badge">3 flagged sentence(s)</span>' in html
    text = FORMATS["txt"].render(brief)
    assert "[unsupported (likely error): no support in the article" in " ".join(text.split())
    document = docx.Document(io.BytesIO(FORMATS["docx"].render(brief)))
    lines = [p.text for p in document.paragraphs]
    assert any(line.startswith("Summary sentence 2 (likely error): unsupported: no support") for line in lines)
    assert "Check these (3 sentence(s) flagged)" in lines

    again = read_text(FORMATS["json"].render(brief))
    assert [c.kind for c in again.evidence[1].checks] == ["unsupported"]  # written and read back


def test_check_these_lists_likely_errors_first():
    items = review.check_these(make_brief(f"{SUPPORTED} {INVENTED}"))
    assert [i.label for i in items] == ["Summary sentence 2", "¶1 sentence 5", "¶1 sentence 2"]
    assert [i.severity for i in items] == [LIKELY, LIKELY, WORTH_A_LOOK]
    md = render.markdown(make_brief(SUPPORTED))
    block = md.split("**Check these**")[1].split("\n\n")[1].splitlines()
    assert block[0].startswith("- ¶1 sentence 5 (likely error)") and block[1].startswith("- ¶1 sentence 2 (worth")


def test_least_sure_lists_the_lowest_scores_without_calling_them_errors():
    scores = [-0.2, -1.5, -0.1, -2.5, -0.3, -0.9, -0.05]
    brief = make_brief(SUPPORTED, scores)
    assert [(u.sentence, u.pair.score) for u in review.least_sure(brief)] == [(4, -2.5), (2, -1.5), (6, -0.9)]
    md = render.markdown(brief)
    assert f"**{review.LEAST_SURE_TITLE}**" in md and "(-2.50)" in md and "not a finding of error" in md
    assert review.LEAST_SURE_TITLE in FORMATS["html"].render(brief)
    brief.paragraphs[0].sentences = brief.paragraphs[0].sentences[:5]  # too short to single any out
    assert review.least_sure(brief) == [] and review.LEAST_SURE_TITLE not in render.markdown(brief)


def test_a_brief_without_scores_or_evidence_is_rendered_as_before():
    brief = make_brief(SUPPORTED, checks_on=False)
    for s in brief.paragraphs[0].sentences:
        s.score = None
    assert review.least_sure(brief) == [] and review.check_these(brief) == []
    assert "score" not in json.dumps(json.loads(render.files(brief)[".json"])["paragraphs"])


runner = CliRunner()


def test_run_with_an_abstractive_summarizer_flags_it_everywhere(tiny, tmp_path):
    """A real run: tiny random-weight BART summaries share nothing with the article's English (the tiny Marian's
    output), so every summary sentence is unsupported - and each format, the JSON warnings and the index say so;
    every translated sentence has its model score in the JSON, and the provenance says what it is."""
    from pipeline.cli.main import app

    src = tmp_path / "in"
    src.mkdir()
    name = sorted(p.name for p in INPUTS.glob("*.txt"))[0]
    shutil.copy(INPUTS / name, src / name)
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(src), "--out", str(out), "--translator", str(tiny["marian"]),
                                 "--summarizer", str(tiny["bart"]), "--format", "md,json,html,docx,txt",
                                 "--beams", "1", "--length-ratio", "0.3", "--summary-words", "12",
                                 "--engine", "transformers", "--glossary-method", "off"])
    assert result.exit_code == 0, result.output
    stem = Path(name).stem
    data = json.loads((out / f"{stem}.json").read_text(encoding="utf-8"))
    flagged_summary = [i for i, e in enumerate(data["evidence"], 1) if e["checks"]]
    assert flagged_summary, data["evidence"]
    assert all(any(w.startswith(f"Summary sentence {i}: unsupported") for w in data["warnings"])
               for i in flagged_summary)
    pairs = [s for p in data["paragraphs"] for s in p["sentences"] if s["en"]]
    assert pairs and all(isinstance(s["score"], float) and s["score"] < 0 for s in pairs)
    assert data["decoding"]["translator"]["score"].startswith("mean natural-log probability per generated token")
    index = json.loads((out / "index.jsonl").read_text(encoding="utf-8").splitlines()[0])
    title_flagged = 1 if data["title"]["checks"] else 0  # the title is a flagged sentence too
    assert index["flagged"] == sum(1 for s in pairs if s["checks"]) + len(flagged_summary) + title_flagged
    assert f"Summary sentence {flagged_summary[0]}" in (out / f"{stem}.md").read_text(encoding="utf-8")
    assert "unsupported (" in (out / f"{stem}.html").read_text(encoding="utf-8")
    assert "[unsupported (" in " ".join((out / f"{stem}.txt").read_text(encoding="utf-8").split())
    doc = docx.Document(str(out / f"{stem}.docx"))
    assert any("unsupported (" in p.text for p in doc.paragraphs)


def test_each_flag_says_its_severity_beside_its_sentence_in_every_format():
    """Not only "Check these" (the strongest once per sentence): each flag, where the text shows it, says how
    strong its evidence is - the Markdown table, the HTML pair, the sheet's and the memory's flags, and the
    summary's flags in the HTML, Word file and text."""
    from openpyxl import load_workbook

    brief = make_brief(f"{SUPPORTED} {INVENTED}")
    name = "name (worth a look): the English lacks Le Quoc Hung"
    number = "number (likely error): the source says 2026, the English 2025"
    md = render.markdown(brief)
    assert name in md and number in md
    rows = [line for line in md.splitlines() if line.startswith("| ") and "⚠" in line]
    assert len(rows) == 2 and name in rows[0] and number in rows[1]
    html = FORMATS["html"].render(brief)
    assert name in html and number in html and "unsupported (likely error): no support" in html
    sheet = load_workbook(io.BytesIO(FORMATS["xlsx"].render(brief))).active
    assert {r[5] for r in sheet.iter_rows(min_row=2, values_only=True) if r[5]} == {name, number}
    tmx = FORMATS["tmx"].render(brief)
    assert f"<note>{name}</note>" in tmx and f"<note>{number}</note>" in tmx
    doc = docx.Document(io.BytesIO(FORMATS["docx"].render(brief)))
    assert any("unsupported (likely error): no support" in p.text for p in doc.paragraphs)
    assert "[unsupported (likely error): no support" in " ".join(FORMATS["txt"].render(brief).split())
