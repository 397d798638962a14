"""A headline made from the content of an article that has none of its own, labelled wherever it shows."""

import json

import pytest

from pipeline.brief import headline
from pipeline.brief.schema import ParagraphPair, SentencePair


def paras(*english: str) -> list[ParagraphPair]:
    return [ParagraphPair("vi", e, [SentencePair("vi", e)]) for e in english]


@pytest.mark.parametrize("english, expected", [
    ("Hue floods rise fast.", "Hue floods rise fast"),
    # A long sentence ends at its first clause of six words or more (a fronted time is not one), else at 14 words,
    # not on a word that leans on the next.
    ("On March 5, the provincial people's committee of Quang Tri broke ground on the expansion of My Thuy port, "
     "worth 14,000 billion dong.",
     "On March 5, the provincial people's committee of Quang Tri broke ground …"),
    ("Water will be cut off for three hours in districts 7 and 8 and in Nha Be and Can Gio overnight on Saturday, "
     "the company said.", "Water will be cut off for three hours in districts 7 and 8 …"),
    ("Tens of thousands of households in Thu Duc lose water, as the plant is serviced over the weekend and the "
     "night.", "Tens of thousands of households in Thu Duc lose water"),
])
def test_generated_from_the_first_english_sentence(english, expected):
    assert headline.generate(paras(english, "Second paragraph.")) == expected


def test_no_english_no_headline():
    assert headline.generate(paras("", "")) is None
    assert headline.labelled(None) is None


def test_generated_headline_in_the_brief_and_the_digest(copy_model, tmp_path):
    from helpers import Quiet, fast
    from pipeline.run.local import run_batch

    src = tmp_path / "in"
    src.mkdir()
    lead = "Sáng 5/4, tỉnh Quảng Trị khởi công dự án mở rộng cảng biển Mỹ Thủy với tổng vốn hơn 14.000 tỷ đồng."
    body = "Dự án dự kiến hoàn thành giai đoạn một vào năm 2027."
    (src / "no_title.txt").write_text(f"{lead}\n\n{body}\n", encoding="utf-8")
    (src / "titled.txt").write_text(f"Quảng Trị khởi công mở rộng cảng Mỹ Thủy\n{lead}\n\n{body}\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run_batch(fast(src, out, {"marian": copy_model}, formats=("md", "json", "txt", "html")), Quiet())
    assert result.summary.ok == 2
    untitled = json.loads((out / "no_title.json").read_text(encoding="utf-8"))
    generated = untitled["title_generated"]
    assert generated and untitled["title"]["vi"] is None
    shown = f"{generated} {headline.LABEL}"
    assert (out / "no_title.md").read_text(encoding="utf-8").startswith(f"# {shown}")
    assert shown in (out / "no_title.txt").read_text(encoding="utf-8")
    assert shown in (out / "no_title.html").read_text(encoding="utf-8")
    digest = (out / "index.md").read_text(encoding="utf-8")
    assert shown in digest and "no_title.txt" in digest
    # An article with its own headline gets none made up, and its title is the headline, not the lead's start.
    titled = json.loads((out / "titled.json").read_text(encoding="utf-8"))
    assert "title_generated" not in titled and titled["title"]["vi"] == "Quảng Trị khởi công mở rộng cảng Mỹ Thủy"
    assert titled["paragraphs"][0]["vi"] == lead
    assert headline.LABEL not in (out / "titled.md").read_text(encoding="utf-8")
