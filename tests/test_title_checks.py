"""The headline gets the fact checks every sentence gets (issue 23): a title whose English changes a number, or
names a Chinese person by an inferred pinyin, is flagged in the JSON (`title.checks`), every format, "Check
these", the warnings and the flagged counts (console status, index); a faithful title is not; with the checks
off there is no `title.checks` at all."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from pathlib import PurePosixPath

import docx

import pipeline.brief.formats  # noqa: F401  (the formats registry first: brief/render imports it back)
from pipeline.brief import assemble, render, review
from pipeline.brief.digest import flagged, index_texts
from pipeline.brief.formats import FORMATS
from pipeline.brief.schema import from_json, to_json
from pipeline.glossary.terms import Glossary
from pipeline.ingest.article import CleanArticle
from pipeline.models.info import ModelInfo
from pipeline.names.persons import find_persons
from pipeline.run import stages
from pipeline.run.progress import status_text
from pipeline.run.storage import LocalBriefs
from pipeline.summarization import load_summarizer
from pipeline.translation.base import Translation
from pipeline.translation.decoding import Settings, setting
from pipeline.translation.glossary_layer import GlossaryTranslator

TITLE_VI = "Hà Nội đóng cửa 12 trường học từ ngày 5/3"
BODY_VI = ["Thành phố cho biết các trường sẽ mở lại sau một tuần.", "Phụ huynh được thông báo qua tin nhắn."]
ENGLISH = {
    "Hà Nội đóng cửa 12 trường học từ ngày 5/3": "Hanoi closes 12 schools from March 5",
    "Thành phố cho biết các trường sẽ mở lại sau một tuần.": "The city said the schools would reopen after a week.",
    "Phụ huynh được thông báo qua tin nhắn.": "Parents were notified by text message.",
}


@dataclass(frozen=True)
class _Decoding(Settings):
    beams: int = setting(1)


class Mapped:
    """A 'model' whose English is given per sentence (the source itself when not given): a title translated
    wrongly or rightly, on demand."""
    info = ModelInfo("mapped", "r0", "test")

    def __init__(self, english: dict[str, str]):
        self.english = english

    def decoding(self):
        return _Decoding()

    def count_tokens(self, text):
        return len(text.split())

    def translate(self, sentences, progress=None, on_batch=None):
        return [Translation(s, self.english.get(s, s), 1, 1) for s in sentences]


def _draft(title_en: str, checks: str = "basic", title_vi: str = TITLE_VI, translator=None):
    article = CleanArticle("a.txt", title_vi, None, None, None, [" ".join(BODY_VI)])
    sentences = assemble.segment(article)
    translator = translator or Mapped(ENGLISH | {TITLE_VI: title_en})
    return assemble.draft(article, sentences, translator.translate(sentences.flat), translator, {}, checks=checks)


def _brief(title_en: str, checks: str = "basic"):
    return assemble.summarize(_draft(title_en, checks), load_summarizer("lead"))


NUMBER = "number (likely error): the source says '12' (12); the English has 21 but not that"


def test_a_title_with_a_changed_number_is_flagged_in_the_json_and_every_format_and_counted():
    brief = _brief("Hanoi closes 21 schools from March 5")
    assert [c.kind for c in brief.title_checks] == ["number"]
    assert all(not s.checks for p in brief.paragraphs for s in p.sentences)  # only the title is wrong
    assert flagged(brief) == review.flagged_total(brief) == 1

    data = json.loads(FORMATS["json"].render(brief))
    assert [c["kind"] for c in data["title"]["checks"]] == ["number"]
    assert any(w.startswith("Title: number") for w in data["warnings"])
    assert from_json(data).title_checks == brief.title_checks  # read back as written

    md = render.markdown(brief)
    assert f"⚠ **Check the title:** {NUMBER}" in md
    assert "**Check these** (1 sentence(s) flagged)" in md and "- Title (likely error): number:" in md
    html = FORMATS["html"].render(brief)
    assert f"<li>⚑ {NUMBER.replace(chr(39), '&#x27;')}</li>" in html and '<h1 lang="en" id="title">' in html
    assert '<a href="#title">Title</a>' in html and '<span class="badge">1 flagged sentence(s)</span>' in html
    lines = [p.text for p in docx.Document(io.BytesIO(FORMATS["docx"].render(brief))).paragraphs]
    assert f"⚑ {NUMBER}" in lines and "Check these (1 sentence(s) flagged)" in lines
    assert any(line.startswith("Title (likely error): number:") for line in lines)
    text = " ".join(FORMATS["txt"].render(brief).split())
    assert f"[title: {NUMBER}]" in text


def test_a_faithful_title_is_not_flagged():
    brief = _brief(ENGLISH[TITLE_VI])
    assert brief.title_checks == [] and flagged(brief) == 0 and review.check_these(brief) == []
    data = json.loads(FORMATS["json"].render(brief))
    assert data["title"]["checks"] == [] and not any(w.startswith("Title") for w in data["warnings"])
    assert "Check the title" not in render.markdown(brief)
    assert 'id="title"' not in FORMATS["html"].render(brief)
    assert "[title:" not in FORMATS["txt"].render(brief)


def test_checks_off_leave_no_title_checks():
    brief = _brief("Hanoi closes 21 schools from March 5", checks="off")
    assert brief.title_checks is None and flagged(brief) is None
    assert "checks" not in json.loads(FORMATS["json"].render(brief))["title"]
    assert "Check the title" not in render.markdown(brief)


def test_a_chinese_name_inferred_only_in_the_title_carries_the_name_flag():
    # The name is in the title alone: the body's sentences cannot carry its flag.
    title_vi = "Thứ trưởng Bộ Công an Trung Quốc Vương Chí Trung thăm Việt Nam"
    draft = _draft("", title_vi=title_vi, translator=GlossaryTranslator(Mapped(ENGLISH), Glossary(), "auto"))
    brief = from_json(to_json(draft.brief))
    assert "Wang Zhizhong" in brief.title_en
    flag = next(c for c in brief.title_checks if c.kind == "name")
    # The characters are whatever the names layer infers for him: the flag must carry them, whichever they are.
    hanzi = next(p.hanzi for p in find_persons(title_vi) if p.vi == "Vương Chí Trung")
    assert flag.source == "Vương Chí Trung" and flag.english == "Wang Zhizhong" and hanzi and hanzi in flag.note
    assert all(c.kind != "name" for p in brief.paragraphs for s in p.sentences for c in s.checks)
    assert f"name (worth a look): {flag.note}" in render.markdown(brief)
    assert review.check_these(brief)[0].label == "Title" and flagged(brief) == 1


def test_the_run_stages_count_the_title_in_the_console_status_and_the_index(tmp_path):
    """The stages every run goes through (local and Ray alike): the Outcome of a brief whose title alone is
    wrong says `ok, 1 flagged`, and so does the index."""
    article = CleanArticle("a.txt", TITLE_VI, None, None, None, [" ".join(BODY_VI)])
    job = stages.Job("a.txt", PurePosixPath("a"), article=article, sentences=assemble.segment(article))
    translator = Mapped(ENGLISH | {TITLE_VI: "Hanoi closes 21 schools from March 5"})
    briefs = LocalBriefs.at(tmp_path, ("md", "json", "html"))
    outcome = stages.write(stages.summarize(stages.translate(job, translator), load_summarizer("lead")), briefs)
    assert outcome.status == "ok" and outcome.flagged == 1, outcome
    assert status_text(outcome) == "ok, 1 flagged"
    jsonl, md = index_texts([outcome])
    assert json.loads(jsonl.splitlines()[0])["flagged"] == 1
    written = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert [c["kind"] for c in written["title"]["checks"]] == ["number"]
