"""Cleaner round 46 (issue 22): the commonest noise left on pages no rule was written for, no article line lost.
English sentences outside a Vietnamese story (a site's or its platform's blurb)."""
from pipeline.ingest.clean.foreign import english_sentence
from tests.test_clean import BODY1, BODY2, HEAD, LEAD, clean, page, reasons

BLURB1 = "Stay informed with our trusted coverage of the region, wherever you are in the world."
BLURB2 = "Listen to the stories that matter to your community on your favourite app."
BUILDER = "Build your site in minutes? With this free page editor you can do it easy."


def test_english_blurbs_under_the_story_go():
    art = clean(page(HEAD, LEAD, BODY1, BODY2, BLURB1, BLURB2))
    assert reasons(art).get(BLURB1) == "english-furniture"
    assert reasons(art).get(BLURB2) == "english-furniture"
    assert BODY2 in art.paragraphs


def test_an_english_pitch_between_the_headline_and_the_lead_goes():
    art = clean(page(HEAD, BUILDER, LEAD, BODY1, BODY2))
    assert art.title == HEAD
    assert reasons(art).get(BUILDER) == "english-furniture"


def test_english_quoted_inside_the_story_stays():
    quote = "We are proud of what the team has done for the people of this city."
    art = clean(page(HEAD, LEAD, quote, BODY1, BODY2))
    assert reasons(art).get(quote) != "english-furniture"  # (other rules judge it as any line between paragraphs)


def test_a_quotation_under_the_story_stays():
    quote = "“The best is yet to come for all of us,” he wrote."
    art = clean(page(HEAD, LEAD, BODY1, BODY2, quote))
    assert quote in art.paragraphs


def test_a_bilingual_page_keeps_its_english():
    english = ("The provincial authorities started work on the expansion of the seaport on Saturday, with a total "
               "investment of more than 14 trillion dong, and the first phase is due in 2027.")
    art = clean(page(HEAD, LEAD, english, BODY1, BODY2, BLURB1))
    assert english in art.paragraphs
    assert BLURB1 in art.paragraphs


def test_english_over_the_story_stays_where_no_headline_is_found():
    # the headline is among those lines: a cut beside it makes it read as a widget's remains
    art = clean(page("THÔNG BÁO", BUILDER, LEAD, BODY1, BODY2))
    assert reasons(art).get(BUILDER) != "english-furniture"


def test_what_reads_as_an_english_sentence():
    assert english_sentence(BLURB1)
    assert english_sentence("An official website of the United States government")
    assert not english_sentence("Vietnamese news bulletin")  # no grammar word: a name or a label
    assert not english_sentence("khu an uong do to in")  # Vietnamese without its marks spells none of them
    assert not english_sentence("Ông Smith nói: this is the way of the world")  # a Vietnamese line quoting English


# A call to read or see more, outside the story.
def test_a_call_to_read_more_under_the_story_goes():
    for call in ("Xem thêm tin kinh tế", "Đọc toàn bộ bài viết tại đây", "Xem thêm tin cùng chuyên mục..."):
        art = clean(page(HEAD, LEAD, BODY1, BODY2, call))
        assert reasons(art).get(call) == "read-more", call
        assert BODY2 in art.paragraphs


def test_a_read_aloud_label_between_the_headline_and_the_lead_goes():
    art = clean(page(HEAD, "Nghe đọc", "Đọc bài viết:", LEAD, BODY1, BODY2))
    assert art.title == HEAD
    assert reasons(art).get("Đọc bài viết:") in ("read-more", "teaser-label", "widget")
    assert "Đọc bài viết:" not in art.paragraphs


def test_a_lead_in_under_the_story_and_calls_inside_it_stay():
    lead_in = "Xem chi tiết bảng giá dưới đây:"
    art = clean(page(HEAD, LEAD, BODY1, BODY2, lead_in))
    assert reasons(art).get(lead_in) != "read-more"
    inside = "Xem tin nhắn của con trai"
    art = clean(page(HEAD, LEAD, BODY1, inside, BODY2))
    assert reasons(art).get(inside) != "read-more"


def test_what_reads_as_a_call():
    from pipeline.ingest.clean.calls import read_more_call
    assert read_more_call("Đọc tiếp …") and read_more_call("XEM THÊM TIN THỂ THAO")
    assert not read_more_call("Xem thêm tin về vụ việc trên trang của Bộ.")  # closed by a stop: a sentence
    assert not read_more_call("Xem thêm các tin tức mới nhất về thị trường chứng khoán trong nước hôm nay")  # long
    assert not read_more_call("Xem xét lại toàn bộ hồ sơ")  # another verb


# A box of contact fields outside the story.
ADDRESS = "Địa chỉ: Tầng 3, tòa nhà 25 Lê Lợi, phường Bến Nghé, quận 1, TP. Hồ Chí Minh"
PHONE = "Điện thoại: 028.3822.1234 ext. 12"
MAIL = "Email: lienhe@trangtin.vn"


def test_a_footer_contact_box_under_the_story_among_furniture_goes():
    share = "Chia sẻ Facebook Twitter"
    art = clean(page(HEAD, LEAD, BODY1, BODY2, share, ADDRESS, PHONE, MAIL))
    assert all(reasons(art).get(line) == "contact-box" for line in (ADDRESS, PHONE, MAIL)), reasons(art)


def test_an_advertisers_contact_right_under_the_story_stays():
    lead_in = "Để mua sản phẩm, quý khách vui lòng liên hệ nhà phân phối chính thức theo thông tin sau đây:"
    art = clean(page(HEAD, LEAD, BODY1, BODY2, lead_in, ADDRESS, PHONE, MAIL))
    assert ADDRESS in art.paragraphs and MAIL in art.paragraphs


def test_a_bulleted_contact_line_of_two_fields_over_the_headline_goes():
    line = "* Email: toasoan@trangtin.vn *Tòa soạn: 0912345678 - 0987654321"
    art = clean(page(line, HEAD, LEAD, BODY1, BODY2))
    assert art.title == HEAD
    assert line not in art.paragraphs


def test_what_reads_as_contact_fields():
    from pipeline.ingest.clean.contacts import contact_fields
    assert contact_fields(ADDRESS) == 1 and contact_fields(PHONE) == 1
    assert contact_fields("Địa chỉ: | Số 11 Láng Hạ, Ba Đình, Hà Nội |") == 1  # a table's cells
    assert contact_fields("* Email: a@b.vn *Tòa soạn: 0912345678") == 2
    assert not contact_fields("Địa chỉ email của bạn sẽ không được công bố")  # no field's colon
    assert not contact_fields("Điện thoại: bạn nên tắt máy khi lái xe")  # no number
