"""Cleaner round 64 (issue 22, session 29): a caption told from a story's sub-heading. A price report's regional head
written with a dash ('Giá heo hơi tại miền Trung - Tây Nguyên') over a paragraph that writes the same words with the
same dash was lost to a caption rule (test128/12): the loss guard's restated series (structure.restated_series) folds
both texts to words, and the dash, standing alone, folded to an empty word that set its neighbours two spaces apart,
so the head's last three words were never found in the paragraph. And a sub-heading that names a place or a time but
claims a figure ('Xuất khẩu gạo giảm 32,26% trong nửa đầu tháng 9/2025' under a credited caption, test126/15) went as
a caption by its picture cue: a claimed price or change now keeps it, as a claimed amount did. Lines of this file's own
writing; each mirror is a caption of the same place or time (a scene, a role opening on 'Tổng') that still goes."""
import pytest

from pipeline.ingest.clean.structure import part_of
from tests.test_clean import clean, page
from tests.test_clean_round61 import lines

LEAD = "Giá heo hơi hôm nay đi ngang trên cả nước, các thương lái thu mua trong khoảng 52.000 - 56.000 đồng/kg."
NORTH = "Giá heo hơi tại miền Bắc"
NORTH_BODY = "Giá heo hơi hôm nay tại miền Bắc tăng nhẹ, giao dịch trong khoảng 53.000 - 55.000 đồng/kg ở nhiều nơi."
CENTRE = "Giá heo hơi tại miền Trung - Tây Nguyên"
CENTRE_BODY = "Thị trường heo hơi miền Trung - Tây Nguyên đứng yên, thu mua trong khoảng 52.000 - 54.000 đồng/kg."
SOUTH = "Giá heo hơi tại miền Nam"
SOUTH_BODY = "Tại miền Nam, giá heo hơi đồng loạt giảm nhẹ, dao động trong khoảng 52.000 - 56.000 đồng/kg."


def test_a_regional_head_written_with_a_dash_a_caption_rule_took_goes_back():
    page = lines((LEAD, True), (NORTH, True), (NORTH_BODY, True), (CENTRE, False), (CENTRE_BODY, True),
                 (SOUTH, True), (SOUTH_BODY, True))
    assert part_of(page, 3, copy=False) == "one of the story's sub-headings"


def test_the_same_head_when_the_paragraph_writes_the_region_without_the_dash():
    # the head's dash folds away, so its last words are the paragraph's 'trung tay nguyen' either way
    body = CENTRE_BODY.replace("Trung - Tây Nguyên", "Trung Tây Nguyên")
    page = lines((LEAD, True), (NORTH, True), (NORTH_BODY, True), (CENTRE, False), (body, True),
                 (SOUTH, True), (SOUTH_BODY, True))
    assert part_of(page, 3, copy=False) == "one of the story's sub-headings"


def test_captions_written_with_a_dash_over_paragraphs_that_do_not_restate_them_still_go():
    # a gallery's captions, each naming a venue with a dash, open alike; the paragraphs under them tell the story on
    page = lines((LEAD, True), ("Thương lái tại chợ đầu mối Hóc Môn - TP.HCM", False), (NORTH_BODY, True),
                 ("Thương lái tại lò mổ Vạn Phúc - Hà Đông", False), (SOUTH_BODY, True))
    assert part_of(page, 1, copy=False) is None and part_of(page, 3, copy=False) is None


def test_a_lone_dashed_head_restated_by_its_paragraph_is_no_series():
    page = lines((LEAD, True), (CENTRE, False), (CENTRE_BODY, True))
    assert part_of(page, 1, copy=False) is None


RICE_HEAD = "Xuất khẩu gạo chững lại khi thị trường lớn tạm ngừng nhập khẩu"
RICE_LEAD = ("Một thị trường nhập khẩu lớn tạm ngừng mua gạo khiến lượng gạo xuất khẩu của Việt Nam giảm mạnh, tồn kho tại "
             "các tỉnh Đồng bằng sông Cửu Long tăng lên trong những tuần gần đây.")
RICE_CAPTION = "Bốc xếp gạo xuất khẩu. Ảnh: Minh họa"
RICE_BODY = [
    ("Theo số liệu của đơn vị theo dõi thị trường, trong tuần qua các doanh nghiệp chỉ thông quan khoảng 95.000 tấn "
     "gạo, thấp hơn nhiều so với mức 175.000 tấn của tuần trước đó."),
    ("Các doanh nghiệp cho biết đang tìm kiếm thêm khách hàng ở châu Phi và Trung Đông để bù đắp phần sản lượng "
     "không bán được, dù giá chào bán phải hạ xuống để cạnh tranh."),
    ("Hiệp hội lương thực dự báo tồn kho lúa gạo sẽ còn tăng đến cuối tháng, khi vụ thu đông bước vào thu hoạch "
     "rộ ở nhiều địa phương trong vùng."),
    ("Nhiều thương lái cho biết đã giảm lượng thu mua lúa tươi tại ruộng, chờ tín hiệu rõ ràng hơn từ các hợp đồng "
     "xuất khẩu mới trước khi tăng trở lại."),
]


def rice_page(line: str, credited: bool) -> str:
    picture = [RICE_CAPTION] if credited else []
    return page(RICE_HEAD, RICE_LEAD, RICE_BODY[0], *picture, line, *RICE_BODY[1:])


@pytest.mark.parametrize("credited", [True, False])
@pytest.mark.parametrize("line", ["Xuất khẩu gạo giảm 32,26% trong nửa đầu tháng 9/2025",
                                  "Giá lúa gạo hôm nay tại miền Tây"])
def test_a_sub_heading_claiming_a_figure_stays_though_it_names_a_place_or_a_time(line, credited):
    art = clean(rice_page(line, credited))
    assert line in art.paragraphs


@pytest.mark.parametrize("credited", [True, False])
@pytest.mark.parametrize("line", ["Nông dân phơi lúa tại Cần Thơ tháng 9/2025",
                                  "Lúa chất đống tại sân phơi ở Cần Thơ sáng 5/9",
                                  "Tổng Giám đốc công ty tại kho gạo Cần Thơ tháng 9/2025",
                                  "Tổng Bí thư thăm kho gạo tại Cần Thơ sáng 5/9"])
def test_a_caption_of_the_same_place_or_time_still_goes(line, credited):
    # a scene claims no figure; 'Tổng' opening a role ('Tổng Giám đốc', 'Tổng Bí thư') is no total
    art = clean(rice_page(line, credited))
    assert line not in art.paragraphs
    assert {r.text: r.reason for r in art.removed}.get(line) == "photo-caption"
