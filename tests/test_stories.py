"""Stories: grouping articles of one event (pipeline/stories), its score, and `vietbrief stories`. No model."""

import json
import subprocess
import sys

import numpy as np

from typer.testing import CliRunner

from pipeline.cli.main import app
from pipeline.stories import GroupingSettings, StoryArticle, bcubed, group, story_of
from pipeline.stories.features import day, names
from pipeline.stories.group import clusters, confirm

# Two fires (same topic, different events), one reported three times; a football match; a flood.
FIRE_A = [
    ("Cháy lớn tại xưởng may ở Bình Dương, ba công nhân bị thương",
     "Khoảng 14h ngày 3/6, đám cháy bùng phát tại xưởng may của Công ty TNHH May Phú Thành ở thị xã Tân Uyên, "
     "tỉnh Bình Dương. Có 3 công nhân bị bỏng nhẹ khi chạy thoát ra ngoài. Ông Lê Văn Hòa, giám đốc công ty, cho "
     "biết ngọn lửa bắt đầu từ kho vải. Cảnh sát phòng cháy điều 12 xe chữa cháy tới hiện trường, sau hai giờ "
     "mới khống chế được đám cháy. Toàn bộ kho vải rộng khoảng 2.000 m2 bị thiêu rụi."),
    ("Bình Dương: Kho vải của công ty may Phú Thành bốc cháy dữ dội",
     "Chiều 3/6, kho vải của Công ty TNHH May Phú Thành tại Tân Uyên, Bình Dương bốc cháy. Hàng trăm công nhân "
     "được sơ tán, ba người bị bỏng. Theo ông Lê Văn Hòa, giám đốc công ty, lửa bùng lên từ kho vải rồi lan "
     "sang xưởng cắt. Lực lượng chữa cháy điều 12 xe tới dập lửa; khoảng 2.000 m2 nhà xưởng bị thiêu rụi."),
    ("Điều tra nguyên nhân vụ cháy xưởng may Phú Thành",
     "Công an tỉnh Bình Dương đang điều tra nguyên nhân vụ cháy tại Công ty TNHH May Phú Thành ở Tân Uyên chiều "
     "3/6. Vụ cháy làm ba công nhân bị thương và thiêu rụi kho vải. Ông Lê Văn Hòa, giám đốc công ty, ước tính "
     "thiệt hại khoảng 15 tỷ đồng."),
]
FIRE_B = [
    ("Cháy chợ Phùng Khoang, hàng chục ki-ốt bị thiêu rụi",
     "Rạng sáng 11/6, đám cháy xảy ra tại chợ Phùng Khoang, quận Nam Từ Liêm, Hà Nội. Lửa lan nhanh qua dãy "
     "ki-ốt bán quần áo, thiêu rụi 27 ki-ốt. Không có thương vong. Bà Nguyễn Thị Mai, tiểu thương, kể bà "
     "nghe tiếng nổ lớn rồi thấy khói đen. Cảnh sát phòng cháy điều 8 xe chữa cháy tới hiện trường."),
    ("Hà Nội: tiểu thương chợ Phùng Khoang trắng tay sau đám cháy",
     "Sau vụ cháy rạng sáng 11/6 tại chợ Phùng Khoang, Nam Từ Liêm, nhiều tiểu thương mất toàn bộ hàng hóa. "
     "Ban quản lý chợ cho biết 27 ki-ốt bị thiêu rụi. Bà Nguyễn Thị Mai nói gia đình mất khoảng 300 triệu đồng."),
]
MATCH = ("Việt Nam thắng Thái Lan 2-1 ở vòng loại",
         "Tối 5/6 trên sân Mỹ Đình, đội tuyển Việt Nam thắng Thái Lan 2-1. Tiến Linh mở tỷ số ở phút 20, Quang Hải "
         "ghi bàn thứ hai ở phút 67. Thái Lan chỉ có bàn rút ngắn ở phút bù giờ. Huấn luyện viên Kim Sang-sik hài "
         "lòng với tinh thần của các học trò.")
FLOOD = ("Lũ quét ở Lào Cai, hai người mất tích",
         "Mưa lớn đêm 7/6 gây lũ quét tại xã Bản Xèo, huyện Bát Xát, tỉnh Lào Cai. Hai người dân mất tích, năm "
         "ngôi nhà bị cuốn trôi. Chính quyền huyện Bát Xát đã huy động lực lượng tìm kiếm và sơ tán các hộ dân.")


def _articles():
    out, gold = [], []
    for story, items in (("fire-a", FIRE_A), ("fire-b", FIRE_B), ("match", [MATCH]), ("flood", [FLOOD])):
        for k, (title, text) in enumerate(items):
            out.append(StoryArticle(f"{story}-{k}.txt", title, text))
            gold.append(story)
    return out, gold


def test_groups_one_event_and_keeps_same_topic_events_apart():
    articles, gold = _articles()
    ids = story_of(group(articles))
    assert bcubed([ids[a.source] for a in articles], gold) == (1.0, 1.0, 1.0)


def test_every_article_in_one_story_largest_first_with_a_headline():
    articles, _ = _articles()
    stories = group(articles)
    assert sorted(s for st in stories for s in st.sources) == sorted(a.source for a in articles)
    assert [len(s.sources) for s in stories] == sorted((len(s.sources) for s in stories), reverse=True)
    fire = stories[0]
    assert fire.headline in [t for t, _ in FIRE_A]
    assert 0 < fire.cohesion < 1 and set(fire.similarity) == set(fire.sources)


def test_small_batches():
    assert group([]) == []
    one = group([StoryArticle("a.txt", None, "Một bài báo ngắn về thời tiết ở Hà Nội hôm nay.")])
    assert len(one) == 1 and one[0].sources == ["a.txt"] and one[0].headline.startswith("Một bài báo")
    # No words in common and no text at all still give a story each rather than an error.
    empty = group([StoryArticle("a.txt", None, ""), StoryArticle("b.txt", None, "")])
    assert sorted(len(s.sources) for s in empty) == [1, 1]


def test_articles_a_month_apart_never_share_a_story():
    title, text = FIRE_A[0]
    close = [StoryArticle("a.txt", title, text, "2024-06-03"), StoryArticle("b.txt", title, text, "4/6/2024")]
    far = [StoryArticle("a.txt", title, text, "2024-06-03"), StoryArticle("b.txt", title, text, "2024-07-20")]
    assert len(group(close)) == 1
    assert len(group(far)) == 2
    assert len(group(far, GroupingSettings(max_days=None))) == 1


def test_an_undated_article_is_dated_by_its_dateline():
    """A text file has no publication date; the date its lead opens with keeps it from a same-topic story of
    another year. A date further into the text is not taken for one."""
    title, text = FIRE_A[0]
    dated = StoryArticle("a.txt", title, text, "2024-06-03")
    assert len(group([dated, StoryArticle("b.txt", title, "Ngày 24/11/2020, " + text)])) == 2
    assert len(group([dated, StoryArticle("b.txt", title, "(PV) - Sáng 3.6.2024, " + text)])) == 1
    assert len(group([dated, StoryArticle("b.txt", title, text + " Vụ cháy trước đó xảy ra ngày 24/11/2020.")])) == 1


def test_story_id_survives_added_articles():
    articles, _ = _articles()
    before = story_of(group(articles))
    more = articles + [StoryArticle("zz-later.txt", FIRE_B[0][0], FIRE_B[0][1] + " Chợ đã mở cửa trở lại.")]
    after = story_of(group(more))
    assert all(after[a.source] == before[a.source] for a in articles)
    assert after["zz-later.txt"] == after["fire-b-0.txt"]


def test_bcubed():
    assert bcubed([1, 1, 2], ["a", "a", "b"]) == (1.0, 1.0, 1.0)
    p, r, f = bcubed([1, 1, 1], ["a", "a", "b"])  # one false merge
    assert round(p, 4) == round((2 / 3 * 2 + 1 / 3) / 3, 4) and r == 1.0 and 0 < f < 1
    p, r, _ = bcubed([1, 2, 3], ["a", "a", "b"])  # one split
    assert p == 1.0 and round(r, 4) == round((0.5 + 0.5 + 1) / 3, 4)


def _sim(n: int, pairs: dict) -> np.ndarray:
    sim = np.full((n, n), 0.02)
    for (i, j), v in pairs.items():
        sim[i, j] = sim[j, i] = v
    np.fill_diagonal(sim, 1.0)
    return sim


def test_confirm_rescues_another_angle_only_when_every_sign_agrees():
    settings = GroupingSettings()  # cut 0.22: the link may fall to 0.176, each story must hold 0.264
    # c matches a strongly and b weakly: its mean 0.205 is under the cut, so average link leaves it alone.
    sim = _sim(3, {(0, 1): 0.30, (0, 2): 0.25, (1, 2): 0.16})
    first = clusters(sim, settings.threshold)
    assert len(set(first)) == 2
    assert len(set(confirm(sim, first, None, settings))) == 1
    assert confirm(sim, first, None, GroupingSettings(confirm_floor=0)) == first  # the pass turned off
    # The same shape dated a week apart stays two stories; two days apart it is one.
    week = np.array([[0, 0, 7], [0, 0, 7], [7, 7, 0]], dtype=float)
    assert len(set(confirm(sim, first, week, settings))) == 2
    assert len(set(confirm(sim, first, week * 2 / 7, settings))) == 1
    # A story that is itself one borderline pair is no ground to add to.
    weak = _sim(3, {(0, 1): 0.23, (0, 2): 0.25, (1, 2): 0.16})
    assert len(set(confirm(weak, clusters(weak, settings.threshold), None, settings))) == 2
    # Two events of one topic meeting through one pair of articles: the other article of the smaller story has
    # no partner at the cut, so they stay apart even with a mean link over the floor.
    two = _sim(5, {(0, 1): 0.35, (0, 2): 0.30, (1, 2): 0.32, (3, 4): 0.30,
                   (2, 3): 0.26, (1, 3): 0.20, (0, 3): 0.20, (2, 4): 0.20, (1, 4): 0.19, (0, 4): 0.18})
    first = clusters(two, settings.threshold)
    assert len(set(first)) == 2 and len(set(confirm(two, first, None, settings))) == 2


def test_names_and_days():
    found = names("Chiều 3/6, ông Lê Văn Hòa, giám đốc Công ty TNHH May Phú Thành, nói với VnExpress. "
                  "Chuyến bay MS804 của EgyptAir. Theo Bộ Công an, xe 47C-114.26 bị giữ.")
    assert "lê văn hòa" in found and "ms804" in found and "47c-114.26" in found and "egyptair" in found
    assert "chiều" not in found and not any(n.startswith("ông ") for n in found)
    assert str(day("2024-06-03T10:00")) == "2024-06-03" and str(day("Thứ hai, 3/6/2024")) == "2024-06-03"
    assert day("hôm qua") is None and day("31/2/2024") is None


def _folder(tmp_path):
    for story, items in (("fire-a", FIRE_A), ("fire-b", FIRE_B), ("match", [MATCH])):
        for k, (title, text) in enumerate(items):
            (tmp_path / f"{story}-{k}.txt").write_text(f"{title}\n\n{text}\n", encoding="utf-8")
    return tmp_path


def test_cli_json_one_line_per_article(tmp_path):
    folder = _folder(tmp_path)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    result = CliRunner().invoke(app, ["stories", str(folder), "--json"])
    assert result.exit_code == 1  # the empty file failed; the others are still listed
    lines = [json.loads(x) for x in result.stdout.splitlines() if x.strip()]
    assert sorted(r["source"] for r in lines) == sorted(p.name for p in folder.glob("*-*.txt"))
    assert all({"source", "id", "title", "outlet", "date", "story"} <= set(r) for r in lines)
    story = {r["source"]: r["story"] for r in lines}
    assert story["fire-a-0.txt"] == story["fire-a-1.txt"] == story["fire-a-2.txt"] != story["fire-b-0.txt"]
    assert story["fire-b-0.txt"] == story["fire-b-1.txt"] != story["match-0.txt"]
    assert next(r for r in lines if r["source"] == "match-0.txt")["title"] == MATCH[0]


def test_cli_dataset_ids_and_text_listing(tmp_path):
    rows = [{"id": f"r{k}", "title": t, "text": x, "outlet": "Báo A" if k % 2 else "Báo B", "date": "2024-06-03"}
            for k, (t, x) in enumerate(FIRE_A + [MATCH])]
    data = tmp_path / "news.jsonl"
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    result = CliRunner().invoke(app, ["stories", str(data), "--json"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert [r["id"] for r in lines] == ["r0", "r1", "r2", "r3"] and lines[0]["source"] == "news.jsonl#1"
    assert len({r["story"] for r in lines[:3]}) == 1 and lines[3]["story"] != lines[0]["story"]
    text = CliRunner().invoke(app, ["stories", str(data)])
    assert text.exit_code == 0 and "(3 articles)" in text.stdout and "Báo A" in text.stdout


def test_cli_loads_no_model_library(tmp_path):
    folder = _folder(tmp_path)
    code = ("import sys\nfrom typer.testing import CliRunner\nfrom pipeline.cli.main import app\n"
            f"r = CliRunner().invoke(app, ['stories', {str(folder)!r}])\nassert r.exit_code == 0, r.output\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('torch', 'transformers', 'ctranslate2')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# --- where outlets differ, and the story digest of a run's briefs ------------------------------------------------
def _brief(source, title, text, outlet="Báo A", date=None):
    from pipeline.brief.schema import Brief, ParagraphPair, SentencePair
    from pipeline.text.segment import split_sentences

    paras = [ParagraphPair(p, "", [SentencePair(s, f"[en {source} {k}] {s}") for k, s in enumerate(split_sentences(p), 1)])
             for p in text.split("\n")]
    return Brief(source=source, title_vi=title, title_en=f"EN {title}", date=date, outlet=outlet, author=None,
                 summary_en="", summary_method="", paragraphs=paras, removed=[], models={}, decoding={},
                 timings={}, warnings=[])


def test_differences_same_quantity_only():
    from pipeline.stories.differ import differences

    a = StoryArticle("a.txt", None, "Chiếc máy bay chở 66 người đã mất tích trên biển. Đội cứu hộ có 12 thợ lặn.\n"
                                    "Hãng bồi thường 500 triệu đồng cho mỗi gia đình.")
    b = StoryArticle("b.txt", None, "Máy bay chở 69 người mất tích trên biển sáng nay, theo hãng.\n"
                                    "Mỗi gia đình được hãng bồi thường 0,5 tỷ đồng.")
    c = StoryArticle("c.txt", None, "Ít nhất 60 người đã tới sân bay chờ tin. Máy bay chở 66 người, trong đó "
                                    "có 3 trẻ em.")
    found = differences([a, b, c])
    assert len(found) == 1  # the people on board; 500 triệu = 0,5 tỷ; 60 waiting is another quantity
    d = found[0]
    # One entry for the quantity, each article's figure once: c agrees with a, b differs from both.
    assert d.kind == "people" and [(m.source, m.value) for m in d.mentions] == [("a.txt", 66), ("b.txt", 69),
                                                                                  ("c.txt", 66)]
    assert all("chở" in m.sentence for m in d.mentions)
    # An article that gives both figures (a correction, a total and a part) does not disagree with either.
    both = StoryArticle("d.txt", None, "Ban đầu hãng nói máy bay chở 66 người, sau đó sửa thành chở 69 người.")
    assert differences([a, both]) == [] and differences([b, both]) == []


def test_differences_approximate_and_dates():
    from pipeline.stories.differ import differences

    a = StoryArticle("a.txt", None, "Khoảng 300 sinh viên dự lễ tri ân tại trung tâm pháp y.")
    b = StoryArticle("b.txt", None, "Hơn 320 sinh viên dự lễ tri ân tại trung tâm pháp y thành phố.")
    assert differences([a, b]) == []  # approximate figures within a third
    c = StoryArticle("c.txt", None, "Vụ cháy xảy ra chiều 18/5 tại xưởng gỗ của công ty.")
    e = StoryArticle("e.txt", None, "Vụ cháy xảy ra chiều 19/5 tại xưởng gỗ, công an cho biết ngày 20/5.")
    found = differences([c, e])
    assert [(d.kind, sorted(m.text for m in d.mentions)) for d in found] == [("date", ["chiều 18/5", "chiều 19/5"])]
    # A bare day one apart is the report's day against the event's, not a disagreement; two days apart it is one.
    f = StoryArticle("f.txt", None, "Ngày 2/6, đoàn kiểm tra liên ngành an toàn thực phẩm cho biết đã kiểm tra cơ sở.")
    g = StoryArticle("g.txt", None, "Ngày 1/6, đoàn kiểm tra liên ngành an toàn thực phẩm lập biên bản cơ sở.")
    assert differences([f, g]) == []
    h = StoryArticle("h.txt", None, "Ngày 4/6, đoàn kiểm tra liên ngành an toàn thực phẩm lập biên bản cơ sở.")
    assert [d.kind for d in differences([f, h])] == ["date"]


def test_story_digest_summary_evidence_and_differences():
    from pipeline.brief.stories import digest_stories
    from pipeline.summarization.base import SummarizeOptions
    from pipeline.summarization.lead import LeadSummarizer

    briefs = [_brief(f"a{k}.txt", t, x) for k, (t, x) in enumerate(FIRE_A)]
    briefs.append(_brief("a9.txt", "Cháy xưởng may Phú Thành: 4 công nhân bị thương",
                         "Đám cháy tại Công ty TNHH May Phú Thành ở Tân Uyên, Bình Dương chiều 3/6: 4 công nhân bị "
                         "bỏng nhẹ khi chạy ra ngoài. Ông Lê Văn Hòa, giám đốc công ty, nói lửa bắt đầu từ kho vải; 12 xe chữa cháy được "
                         "điều tới.", outlet="Báo B"))
    briefs += [_brief("m.txt", *MATCH)]
    stories, digests = digest_stories(briefs, LeadSummarizer(SummarizeOptions(words=30)))
    assert sorted(len(s.sources) for s in stories) == [1, 4]
    (d,) = digests
    assert d.sources == ["a0.txt", "a1.txt", "a2.txt", "a9.txt"] and d.headline_en.startswith("EN ")
    assert d.summary_method == "extractive (lead)" and d.summary_en
    # Lead evidence is exact: each summary sentence is one article sentence, named by article and position.
    for ev in d.evidence:
        (s,) = ev.support
        brief = next(b for b in briefs if b.source == s.source)
        assert brief.paragraphs[s.paragraph - 1].sentences[s.sentence - 1].en == ev.summary == s.en
    (diff,) = d.differences  # three injured workers against four
    assert diff.kind == "people" and sorted(f.text for f in diff.figures) == ["3 công nhân", "4 công nhân"]
    assert all(f.en.startswith("[en ") and f.vi in f.en for f in diff.figures)


def test_story_digest_links_abstractive_summary_to_articles():
    from pipeline.brief.stories import digest_story
    from pipeline.stories import Story
    from pipeline.summarization.base import Summary

    class Fixed:  # a summarizer whose output mixes two articles' sentences
        def summarize(self, sentences):
            return Summary("Three workers were hurt in the fire. The damage is put at 15 billion dong.", "abstractive")

    a = _brief("a.txt", "A", "Ba công nhân bị thương trong vụ cháy.")
    a.paragraphs[0].sentences[0].en = "Three workers were hurt in the fire."
    b = _brief("b.txt", "B", "Thiệt hại ước 15 tỷ đồng.")
    b.paragraphs[0].sentences[0].en = "The damage is estimated at 15 billion dong."
    d = digest_story(Story("s1", "A", ["a.txt", "b.txt"], 0.5, {"a.txt": 0.5, "b.txt": 0.5}),
                     {"a.txt": a, "b.txt": b}, Fixed())
    assert [e.support[0].source for e in d.evidence] == ["a.txt", "b.txt"]
    assert (d.evidence[1].support[0].paragraph, d.evidence[1].support[0].sentence) == (1, 1)


def test_run_attaches_stories_to_outcomes_and_summarizes_only_when_needed():
    from pipeline.brief.digest import Outcome
    from pipeline.brief.schema import json_text
    from pipeline.run.stories import attach_stories
    from pipeline.summarization.base import SummarizeOptions
    from pipeline.summarization.lead import LeadSummarizer

    class Folder:  # what the run's storage offers: read a file of the output folder, keep a file of state
        def __init__(self, files):
            self.files = files

        def read_text(self, rel):
            return self.files.get(str(rel))

        def keep(self, name, text):
            self.files[f".vietbrief/{name}"] = text

        def kept(self, name):
            return self.files.get(f".vietbrief/{name}")

    briefs = [_brief(f"a{k}.txt", t, x) for k, (t, x) in enumerate(FIRE_A)] + [_brief("m.txt", *MATCH)]
    folder = Folder({f"{b.source[:-4]}.json": json_text(b) for b in briefs})
    outcomes = [Outcome(b.source, "ok", brief=f"{b.source[:-4]}.md") for b in briefs]
    outcomes.append(Outcome("bad.txt", "failed", error="empty"))
    outcomes.append(Outcome("lost.txt", "ok", brief="lost.md"))  # its JSON is gone: no story, no error
    loads = []

    def load():
        loads.append(1)
        return LeadSummarizer(SummarizeOptions(words=30))

    digests = attach_stories(outcomes, folder, load)
    story = {o.source: o.story for o in outcomes}
    assert story["a0.txt"] == story["a1.txt"] == story["a2.txt"] != story["m.txt"] is not None
    assert story["bad.txt"] is None and story["lost.txt"] is None
    assert len(digests) == 1 and digests[0].summary_en and loads == [1]
    # Again over the same briefs: the digest the last run made, and no summarizer loaded.
    assert attach_stories(outcomes, folder, load) == digests and loads == [1]
    # A batch without a story of several articles never loads the summarizer.
    loads.clear()
    assert attach_stories(outcomes[3:4], folder, load) == [] and loads == []


def test_story_sections_render_escaped_with_links():
    from pipeline.brief.stories import digest_stories, story_html, story_markdown
    from pipeline.summarization.base import SummarizeOptions
    from pipeline.summarization.lead import LeadSummarizer

    briefs = [_brief(f"a{k}.txt", t, x, outlet="Báo <b>A</b>", date="2024-06-03") for k, (t, x) in enumerate(FIRE_A)]
    briefs[0].title_en = "Fire <script>alert(1)</script>"
    _, (d,) = digest_stories(briefs, LeadSummarizer(SummarizeOptions(words=30)))
    links = {b.source: f"{b.source[:-4]}.md" for b in briefs}
    md = "\n".join(story_markdown(d, links))
    assert md.startswith("## Story: ") and "(3 articles)" in md and "<script>" not in md
    assert "](./a1.md)" in md and "2024-06-03" in md and "Evidence" in md
    html = "\n".join(story_html(d, links))
    assert "<script>" not in html and "&lt;script&gt;" in html and 'href="a1.md"' in html


def test_batch_files_by_story(tmp_path):
    """index.md, index.html and briefs.xlsx of a batch whose run grouped it: stories first, others as before."""
    from openpyxl import load_workbook
    import io

    from pipeline.brief.digest import Outcome, digest_markdown
    from pipeline.brief.formats import index_html, sheet
    from pipeline.brief.formats.base import BatchArticle
    from pipeline.brief.stories import digest_stories
    from pipeline.summarization.base import SummarizeOptions
    from pipeline.summarization.lead import LeadSummarizer

    briefs = [_brief(f"a{k}.txt", t, x) for k, (t, x) in enumerate(FIRE_A)] + [_brief("m.txt", *MATCH)]
    stories, digests = digest_stories(briefs, LeadSummarizer(SummarizeOptions(words=30)))
    ids = story_of(stories)
    outcomes = [Outcome(b.source, "ok", brief=f"{b.source[:-4]}.md", title_en=b.title_en, story=ids[b.source])
                for b in briefs]
    md = digest_markdown(outcomes, digests)
    assert md.index("## Story: ") < md.index(f"## [EN {MATCH[0]}]") and md.count("## [") == 1
    assert "(3 articles)" in md and "[EN " + FIRE_A[1][0] + "](./a1.md)" in md
    assert digest_markdown(outcomes).count("## [") == 4  # without stories: as before
    by = {d.sources[0]: d for d in digests}
    entries = [BatchArticle(b.source, "ok", None, b.source[:-4], {"md": f"{b.source[:-4]}.md"}, b, story=ids[b.source],
                            story_digest=next((d for d in digests if b.source in d.sources), None))
               for b in briefs]
    html = index_html.render(entries)
    assert html.index('id="stories"') < html.index('id="articles"') and html.count('class="story"') == 1
    book = load_workbook(io.BytesIO(sheet.render_batch(entries)))
    rows = list(book.active.values)
    assert rows[0][0] == "Article" and rows[0][-1] == "Story"
    assert {r[-1] for r in rows[1:] if r[0] == "a2.txt"} == {ids["a0.txt"]} and len({r[-1] for r in rows[1:]}) == 2
    assert by


def test_run_gives_every_brief_its_story_and_regroups_on_rerun(tiny, tmp_path):
    """End to end: a run's index.jsonl, index.md and index.html by story; adding articles and running again
    regroups them all and translates only the new ones."""
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for k, (title, text) in enumerate(FIRE_A[:2]):
        (src / f"fire-a-{k}.txt").write_text(f"{title}\n\n{text}\n", encoding="utf-8")
    (src / "match.txt").write_text(f"{MATCH[0]}\n\n{MATCH[1]}\n", encoding="utf-8")
    args = ["run", str(src), "--out", str(out), "--translator", str(tiny["marian"]), "--summarizer", "lead",
            "--beams", "1", "--glossary-method", "off", "--length-ratio", "0.5", "--format", "md,json,html,xlsx"]
    first = CliRunner().invoke(app, args, catch_exceptions=False)
    assert first.exit_code == 0, first.output
    index = {r["source"]: r for r in map(json.loads, (out / "index.jsonl").read_text(encoding="utf-8").splitlines())}
    assert index["fire-a-0.txt"]["story"] == index["fire-a-1.txt"]["story"] != index["match.txt"]["story"]
    md = (out / "index.md").read_text(encoding="utf-8")
    assert "## Story: " in md and "(2 articles)" in md and "**Story summary** (extractive (lead))" in md
    assert 'id="stories"' in (out / "index.html").read_text(encoding="utf-8")
    story = index["fire-a-0.txt"]["story"]

    (src / "fire-a-2.txt").write_text(f"{FIRE_A[2][0]}\n\n{FIRE_A[2][1]}\n", encoding="utf-8")
    second = CliRunner().invoke(app, args, catch_exceptions=False)
    assert second.exit_code == 0, second.output
    index = {r["source"]: r for r in map(json.loads, (out / "index.jsonl").read_text(encoding="utf-8").splitlines())}
    assert [index[s].get("skipped", False) for s in ("fire-a-0.txt", "fire-a-1.txt", "match.txt")] == [True] * 3
    assert not index["fire-a-2.txt"].get("skipped", False)
    assert {index[f"fire-a-{k}.txt"]["story"] for k in range(3)} == {story}  # same id: its first article stayed
    assert "(3 articles)" in (out / "index.md").read_text(encoding="utf-8")
