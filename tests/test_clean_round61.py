"""Cleaner round 61 (issue 22, session 27): the story's sub-headings the caption rules take. A price report's regional
heads, each over the block it opens ('Giá heo hơi tại các tỉnh miền Bắc' over 'Giá heo hơi hôm nay tại miền Bắc
...'), were put back only when the paragraph under each wrote the head's last three words; a head whose paragraph
opens on its first three words instead was lost (test124/18). The loss guard's series of restated heads
(structure.restated_series) now reads either end. Lines of this file's own writing; each mirror is a caption of the
same place that still goes to the guard's `None`."""
from pipeline.ingest.clean.lines import Line
from pipeline.ingest.clean.structure import part_of

LEAD = "Giá heo hơi hôm nay đứng yên trên diện rộng, các thương lái thu mua trong khoảng 55.000 - 58.000 đồng/kg."
SOUTH = "Giá heo hơi tại các tỉnh miền Nam"
SOUTH_BODY = "Giá heo hơi hôm nay tại miền Nam trong khoảng 56.000 - 58.000 đồng/kg, ghi nhận tăng 1.000 đồng/kg."
CENTRE = "Giá heo hơi tại các tỉnh miền Trung, Tây Nguyên"
CENTRE_BODY = "Giá thu mua heo hơi ở khu vực miền Trung, Tây Nguyên trong khoảng 54.000 - 58.000 đồng/kg, ít thay đổi."
NORTH = "Giá heo hơi tại các tỉnh miền Bắc"
NORTH_BODY = "Giá heo hơi hôm nay tại miền Bắc trong khoảng 56.000 - 57.000 đồng/kg, ghi nhận giảm 1.000 đồng/kg."
SHORT = "Tây Ninh giá phổ biến quanh mức 57.000 đồng/kg."


def lines(*rows: tuple[str, bool]) -> list[Line]:
    return [Line(i, i, text, kept) for i, (text, kept) in enumerate(rows)]


def test_each_regional_head_a_caption_rule_took_goes_back():
    page = lines((LEAD, True), (SOUTH, True), (SOUTH_BODY, True), (SHORT, True), (CENTRE, False),
                 (CENTRE_BODY, True), (NORTH, False), (NORTH_BODY, True))
    # the north's head: its paragraph opens on its first words; the centre's: its paragraph writes its last
    assert part_of(page, 6, copy=False) == "one of the story's sub-headings"
    assert part_of(page, 4, copy=False) == "one of the story's sub-headings"


def test_a_lone_head_whose_paragraph_opens_on_its_words_is_no_series():
    page = lines((LEAD, True), (SHORT, True), (NORTH, False), (NORTH_BODY, True))
    assert part_of(page, 2, copy=False) is None


def test_captions_that_open_alike_over_paragraphs_that_do_not_restate_them_still_go():
    page = lines((LEAD, True), ("Đại biểu dự lễ khởi công dự án", False), (SOUTH_BODY, True),
                 ("Đại biểu tham quan khu nhà mẫu", False), (NORTH_BODY, True))
    assert part_of(page, 1, copy=False) is None and part_of(page, 3, copy=False) is None


def test_captions_opening_on_a_player_the_paragraphs_under_them_name_later_still_go():
    # a gallery's captions open on their subject, which the story names mid-paragraph, not as its opening words
    page = lines((LEAD, True), ("Lý Hoàng Nam khởi đầu thuận lợi ở giải Trung Quốc", False),
                 ("Đang đứng hạng 508 thế giới, Lý Hoàng Nam được xếp làm hạt giống số 3 của giải đấu năm nay.", True),
                 ("Lý Hoàng Nam đang đặt mục tiêu trở lại tốp 300", False),
                 ("Thắng chung cuộc 2-0, Lý Hoàng Nam lọt vào vòng 2 và sẽ gặp một tay vợt của Trung Quốc.", True))
    assert part_of(page, 1, copy=False) is None and part_of(page, 3, copy=False) is None
