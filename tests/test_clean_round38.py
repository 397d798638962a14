"""Cleaner round 38 (issue 22): captions with no credit and related-story teasers on pages no rule was written
for. A caption too long for a caption's shape, printed twice in a row (alt text and caption) under a paragraph."""
from pipeline.ingest.clean.scenes import _named_at_work
from tests.test_clean import BODY1, BODY2, BODY3, HEAD, LEAD, clean, page, reasons

# 40 words: an official with every title, what they do, where and when.
LONG_CAPTION = ("Đồng chí Nguyễn Văn An - Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh và đồng chí "
                "Trần Thị Bình - Giám đốc Sở Giao thông vận tải tỉnh Quảng Trị kiểm tra tiến độ thi công dự án mở rộng "
                "cảng biển Mỹ Thủy, sáng 5/4.")
# Paragraphs longer than the caption, over and under it.
LONG_BODY = " ".join([BODY1, BODY2])
LONG_BODY3 = " ".join([BODY3, BODY2])


def test_a_long_caption_printed_twice_in_a_row_under_a_paragraph_goes_both_times():
    art = clean(page(HEAD, LEAD, LONG_BODY, LONG_CAPTION, LONG_CAPTION, LONG_BODY3))
    assert art.paragraphs == [LEAD, LONG_BODY, LONG_BODY3]
    assert reasons(art)[LONG_CAPTION] == "photo-caption"
    assert LONG_CAPTION in [c.text for c in art.captions]


def test_a_long_caption_printed_twice_as_the_pages_last_lines_goes():
    # A page saved up to its last picture.
    art = clean(page(HEAD, LEAD, LONG_BODY, LONG_CAPTION, LONG_CAPTION))
    assert art.paragraphs == [LEAD, LONG_BODY]


def test_a_lead_printed_twice_under_the_headline_keeps_a_copy():
    # The story's own text printed twice is its lead, under the headline: no paragraph of the story over it.
    lead = " ".join([LEAD, BODY1])
    art = clean(page(HEAD, lead, lead, BODY2, BODY3))
    assert lead in art.paragraphs


def test_two_sentences_printed_twice_stay():
    # Two sentences are a paragraph of the story, not a caption (a copy of it goes as a repeat, one stays).
    two = " ".join([BODY1, BODY3])
    art = clean(page(HEAD, LEAD, LONG_BODY, two, two, BODY3 + " Thêm nữa."))
    assert two in art.paragraphs


def test_a_stock_photo_note_opening_the_page_goes():
    art = clean(page("Ảnh minh họa.", HEAD, LEAD, BODY1, BODY2))
    assert reasons(art)["Ảnh minh họa."] == "photo-caption"
    assert art.paragraphs == [LEAD, BODY1, BODY2]


def test_a_stock_photo_note_set_in_one_block_with_the_paragraph_under_it_goes():
    art = clean(page(HEAD, LEAD, "Ảnh tư liệu\n" + BODY1, BODY2))
    assert reasons(art)["Ảnh tư liệu"] == "photo-caption"
    assert BODY1 in art.paragraphs


def test_a_headline_opening_on_the_words_of_a_note_stays():
    head = "Ảnh tư liệu hiếm về cảng biển Mỹ Thủy những năm 1930"
    art = clean(page(head, LEAD, BODY1, BODY2))
    assert art.title == head


AWARD = "Lãnh đạo huyện trao giấy khen cho các học sinh đạt thành tích xuất sắc"


def test_a_handing_over_to_recipients_who_won_is_a_caption():
    # Who won what the prize is given for describes the recipient, as 'có hoàn cảnh khó khăn' does.
    art = clean(page(HEAD, LEAD, BODY1, AWARD, BODY2, BODY3))
    assert art.paragraphs == [LEAD, BODY1, BODY2, BODY3]
    assert reasons(art)[AWARD] == "photo-caption"


def test_a_handing_over_with_what_the_recipients_went_on_to_do_stays():
    # 'đạt' with no prize after it is the story's verb (what was reached), not a recipient's description.
    line = "Lãnh đạo huyện trao giấy khen cho các học sinh và đạt được sự đồng thuận của phụ huynh"
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2, BODY3))
    assert line in art.paragraphs


NAMED = "Ông Nguyễn Văn An, Bí thư Tỉnh ủy đánh trống khai giảng năm học mới"


def test_a_person_named_in_full_at_work_between_paragraphs_is_a_caption():
    art = clean(page(HEAD, LEAD, BODY1, NAMED, BODY2, BODY3))
    assert art.paragraphs == [LEAD, BODY1, BODY2, BODY3]
    assert reasons(art)[NAMED] == "photo-caption"


def test_the_same_closed_by_a_stop_is_a_sentence_and_stays():
    # The must-hold: 'Thượng tướng X hội kiến ông Y tại Bắc Kinh.' is a one-sentence paragraph.
    line = "Thượng tướng Nguyễn Văn An hội kiến ông Lý Minh tại Bắc Kinh."
    assert not _named_at_work(line)
    assert _named_at_work(line.rstrip("."))


def test_a_person_named_under_a_quotation_may_be_its_speaker_and_stays():
    quoted = "“Chúng tôi sẽ tiếp tục hỗ trợ người dân ổn định cuộc sống, phát triển sản xuất trong thời gian tới”."
    line = "Bà Lò Thị Hoa ở thôn Lao Chải, xã Mường Khương kể lại"
    art = clean(page(HEAD, LEAD, quoted, line, BODY2, BODY3))
    assert line in art.paragraphs


def test_a_person_named_with_a_purpose_stays():
    line = "Ông Nguyễn Văn An, Bí thư Tỉnh ủy kêu gọi người dân để bảo vệ rừng đầu nguồn"
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2, BODY3))
    assert line in art.paragraphs
