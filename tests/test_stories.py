"""Stories: grouping articles of one event (pipeline/stories), its score, and `vietbrief stories`. No model."""

import json
import subprocess
import sys

from typer.testing import CliRunner

from pipeline.cli.main import app
from pipeline.stories import GroupingSettings, StoryArticle, bcubed, group, story_of
from pipeline.stories.features import day, names

# Two fires (same topic, different events), one reported three times; a football match; a flood.
FIRE_A = [
    ("Cháy lớn tại xưởng may ở Bình Dương, ba công nhân bị thương",
     "Khoảng 14h ngày 3/6, đám cháy bùng phát tại xưởng may của Công ty TNHH May Phú Thành ở thị xã Tân Uyên, "
     "tỉnh Bình Dương. Ba công nhân bị bỏng nhẹ khi chạy thoát ra ngoài. Ông Lê Văn Hòa, giám đốc công ty, cho "
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
