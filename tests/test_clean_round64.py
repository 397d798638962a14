"""Cleaner round 64 (issue 22, session 29): a caption told from a story's sub-heading. A price report's regional head
written with a dash ('Giá heo hơi tại miền Trung - Tây Nguyên') over a paragraph that writes the same words with the
same dash was lost to a caption rule (test128/12): the loss guard's restated series (structure.restated_series) folds
both texts to words, and the dash, standing alone, folded to an empty word that set its neighbours two spaces apart,
so the head's last three words were never found in the paragraph. Lines of this file's own writing; each mirror is
a caption written with a dash that still goes to the guard's `None`."""
from pipeline.ingest.clean.lines import Line
from pipeline.ingest.clean.structure import part_of

LEAD = "Giá heo hơi hôm nay đi ngang trên cả nước, các thương lái thu mua trong khoảng 52.000 - 56.000 đồng/kg."
NORTH = "Giá heo hơi tại miền Bắc"
NORTH_BODY = "Giá heo hơi hôm nay tại miền Bắc tăng nhẹ, giao dịch trong khoảng 53.000 - 55.000 đồng/kg ở nhiều nơi."
CENTRE = "Giá heo hơi tại miền Trung - Tây Nguyên"
CENTRE_BODY = "Thị trường heo hơi miền Trung - Tây Nguyên đứng yên, thu mua trong khoảng 52.000 - 54.000 đồng/kg."
SOUTH = "Giá heo hơi tại miền Nam"
SOUTH_BODY = "Tại miền Nam, giá heo hơi đồng loạt giảm nhẹ, dao động trong khoảng 52.000 - 56.000 đồng/kg."


def lines(*rows: tuple[str, bool]) -> list[Line]:
    return [Line(i, i, text, kept) for i, (text, kept) in enumerate(rows)]


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
