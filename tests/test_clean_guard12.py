"""Loss guard, round twelve (issue 22): bench/drop_sites.py prices each removal by the code that made it, not only by
its reason - one reason is written by many rules, and a rule by several branches."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import drop_sites  # noqa: E402
import rule_price  # noqa: E402

from pipeline.ingest.article import RawArticle  # noqa: E402
from pipeline.ingest.clean import clean_article, lines  # noqa: E402

HEADLINE = "Hà Nội khởi công cầu vượt sông Hồng mới"
LEAD = ("Sáng 5/12, UBND thành phố Hà Nội đã tổ chức lễ khởi công xây dựng cầu vượt sông Hồng mới nối hai quận, với sự "
        "tham dự của nhiều lãnh đạo.")
BODY = ("Cây cầu dài 5 km, rộng 43 m, có tổng vốn đầu tư hơn 17.000 tỷ đồng và dự kiến hoàn thành trong năm 2027, theo "
        "báo cáo của chủ đầu tư dự án.")
MORE = ("Theo Sở Giao thông vận tải, cây cầu sẽ giảm tải cho cầu Long Biên và cầu Chương Dương vào giờ cao điểm mỗi "
        "ngày trong những năm tới đây.")
CAPTION = "Lãnh đạo thành phố bấm nút khởi công"
SUBHEAD = "Những con số ấn tượng của dự án"


def _sites(text: str) -> dict[str, str]:
    with drop_sites.recording() as drops:
        art = clean_article(RawArticle("a.txt", text, "utf-8"))
    record = {"a.txt": {"removed": [{"text": r.text, "reason": r.reason} for r in art.removed]}}
    return {item["text"]: item["reason"] for item in drop_sites.sited(record, drops)["a.txt"]["removed"]}


def test_each_removal_names_the_rule_that_made_it():
    page = "\n\n".join([HEADLINE, LEAD, "cau-vuot-song-hong.jpg", CAPTION, BODY, MORE]) + "\n"
    real = lines.Page.drop
    sites = _sites(page)
    assert sites["cau-vuot-song-hong.jpg"].startswith("image-file @ pictures.images:")
    assert sites[CAPTION].startswith("image-caption @ pictures.images:")
    assert lines.Page.drop is real  # the recording is undone


def test_a_helper_drop_is_the_calling_rule_s():
    # captions_between drops through captions.drop_unit; its branches are told apart by the line of the call.
    cued = "Công nhân thi công trụ cầu tại công trường sáng 5/12"
    worded = "Toàn cảnh lễ khởi công"
    at = {}
    for line in (cued, worded):
        page = "\n\n".join([HEADLINE, LEAD, BODY, line, MORE, BODY.replace("5 km", "6 km")]) + "\n"
        at[line] = _sites(page)[line]
    assert at[cued].startswith("photo-caption @ captions.captions_between:")
    assert at[worded].startswith("photo-caption @ captions.captions_between:")
    assert at[cued] != at[worded]


def test_the_last_taking_stands_and_a_cut_piece_keeps_its_reason():
    drops = {"a.txt": [(SUBHEAD, "photo-caption", "captions.captions_between:300"),
                       (SUBHEAD, "photo-caption", "pictures.images:100"),
                       (CAPTION, "related-headline", "related.related_runs:200")]}
    record = {"a.txt": {"removed": [{"text": SUBHEAD, "reason": "photo-caption"},
                                    {"text": "Ảnh: Minh Anh", "reason": "photo-credit"}]}}
    removed = drop_sites.sited(record, drops)["a.txt"]["removed"]
    assert removed[0]["reason"] == "photo-caption @ pictures.images:100"
    assert removed[1]["reason"] == "photo-credit"  # cut off a line (drop_fragment): no drop, no site


def test_two_sites_of_one_reason_are_priced_apart(tmp_path):
    (tmp_path / "a.txt").write_text("\n".join([HEADLINE, LEAD, CAPTION, SUBHEAD, BODY]) + "\n", encoding="utf-8")
    labels = [{"file": "a.txt", "title": HEADLINE, "noise": [{"text": CAPTION, "kind": "caption"}]}]
    cleaned = {"a.txt": {"title": HEADLINE, "paragraphs": [LEAD, BODY],
                         "removed": [{"text": CAPTION, "reason": "photo-caption"},
                                     {"text": SUBHEAD, "reason": "photo-caption"}]}}
    drops = {"a.txt": [(CAPTION, "photo-caption", "captions.captions_between:315"),
                       (SUBHEAD, "photo-caption", "captions.captions_between:365")]}
    counts, _ = rule_price.price("clean_pages", tmp_path, labels, drop_sites.sited(cleaned, drops))
    assert counts["photo-caption @ captions.captions_between:315", "noise"] == 1
    assert counts["photo-caption @ captions.captions_between:365", "lost"] == 1
    assert counts["photo-caption @ captions.captions_between:315", "lost"] == 0
