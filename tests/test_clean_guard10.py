"""Loss guard, round ten (issue 22): a list under its lead-in whose every item a caption rule took (test98/16's
winners under '... danh sách cụ thể như sau:') is the story's; a gallery under a lead-in naming its pictures, a price
box's lines with their source, a lone line under a colon are not put back."""
import sys
from pathlib import Path

from pipeline.ingest.clean import structure
from pipeline.ingest.clean.lines import Line
from tests.test_clean import BODY1, BODY2, BODY3, HEAD, LEAD, clean, page

LEAD_IN = "Kết quả, cả 3 em trong đội tuyển của tỉnh đều đoạt giải Nhất, danh sách cụ thể như sau:"
WINNERS = ["Em Lê Minh Khang, học sinh lớp 12 - Trường THPT chuyên Lê Quý Đôn, tỉnh Quảng Trị.",
           "Em Võ Thị Hồng Nhung, học sinh lớp 11 - Trường THPT chuyên Quốc Học, TP Huế.",
           "Em Hoàng Gia Bảo, học sinh lớp 12 - Trường THPT Đông Hà, tỉnh Quảng Trị."]
GALLERY_LEAD_IN = "Một số hình ảnh tại buổi lễ khởi công:"
CAPTIONS = ["Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy phát biểu tại buổi lễ",
            "Đồng chí Trần Thị Bình, Chủ tịch UBND tỉnh bấm nút khởi công dự án",
            "Đồng chí Lê Văn Cường, Giám đốc Sở Giao thông báo cáo tiến độ"]


def _lines(texts: list[str], kept: set[int]) -> list[Line]:
    return [Line(i, i, t, i in kept) for i, t in enumerate(texts)]


def test_a_list_whose_every_item_a_caption_rule_took_stays():
    # Each item read alone between paragraphs as a picture's caption; no item kept, so list_item had no sibling.
    art = clean(page(HEAD, LEAD, BODY1, LEAD_IN, *WINNERS, BODY2, BODY3))
    assert all(item in art.paragraphs for item in WINNERS)
    assert not [r for r in art.removed if r.text in WINNERS]
    assert [u for u in art.unsure if "every item taken" in u.reason]


def test_test98_16_winners_stay():
    bench = Path(__file__).resolve().parent.parent / "bench"
    sys.path.insert(0, str(bench))
    import clean_eval as ce
    marked = (bench / "data/clean_round2/test98/16.txt").read_text(encoding="utf-8").splitlines()
    art = clean("\n".join(ce.unmark(line)[0] for line in marked) + "\n")
    assert sum(p.startswith("Em ") and "học sinh lớp 12" in p for p in art.paragraphs) == 3


def test_a_gallery_under_a_lead_in_naming_pictures_is_still_taken():
    art = clean(page(HEAD, LEAD, BODY1, GALLERY_LEAD_IN, *CAPTIONS, BODY2, BODY3))
    assert {r.text: r.reason for r in art.removed if r.text in CAPTIONS} == dict.fromkeys(CAPTIONS, "photo-caption")


def test_a_taken_list_needs_a_plain_lead_in_items_alike_and_the_story_under_it():
    def taken(texts: list[str], kept: set[int], pos: int = 2) -> bool:
        return structure.taken_list(_lines(texts, kept), pos)

    assert taken([BODY1, LEAD_IN, *WINNERS, BODY2], {0, 1, 5})
    # the lead-in names pictures; the lead-in was taken itself; one item only; no paragraph of the story under it
    assert not taken([BODY1, GALLERY_LEAD_IN, *CAPTIONS, BODY2], {0, 1, 5})
    assert not taken([BODY1, LEAD_IN, *WINNERS, BODY2], {0, 5})
    assert not taken([BODY1, LEAD_IN, WINNERS[0], BODY2], {0, 1, 3})
    assert not taken([BODY1, LEAD_IN, *WINNERS, "Tin liên quan"], {0, 1, 5})
    # a price box's lines carrying their source (test83/08's shape); items opening otherwise
    prices = ["Giá cà phê tại Việt Nam hôm nay - Nguồn: giacaphe.com", "Giá cà phê Robusta (sàn London) - Nguồn: ice.com"]
    assert not taken([BODY1, LEAD_IN, *prices, BODY2], {0, 1, 4})
    assert not taken([BODY1, LEAD_IN, WINNERS[0], CAPTIONS[0], BODY2], {0, 1, 4})
    # 'ảnh hưởng' is no picture
    assert taken([BODY1, "Thiệt hại do ảnh hưởng của bão gồm:", *WINNERS, BODY2], {0, 1, 5})
