"""Titles round 15 (issue 22): a headline cut over two lines (an `<h1>` with a line break, a page wrapped by hand at
a fixed width), the pair a block of its own over the lead: the two halves are the title, joined, and neither
stands in the body."""
from tests.test_clean import clean

LEAD = ("Ngày 13/6, UBND tỉnh Hà Tĩnh đã ra quyết định xử phạt hành chính một doanh nghiệp tư nhân gần 200 triệu đồng "
        "về hành vi xả thải ra sông chưa qua xử lý, vượt quy chuẩn cho phép nhiều lần.")
BODY = ("Qua kiểm tra, cơ quan chức năng ghi nhận doanh nghiệp đã xây dựng hệ thống xử lý nước thải công suất 60 m3 "
        "mỗi ngày đêm nhưng không vận hành thường xuyên, để nước thải chảy thẳng ra sông.")
HEAD = "Hà Tĩnh xử phạt doanh nghiệp xả thải ra sông 200 triệu đồng"


def test_a_headline_cut_before_a_word_in_lower_case_is_joined_into_the_title():
    head = "Xử phạt doanh nghiệp xả thải ra sông 200 triệu đồng"
    art = clean("Xử phạt\ndoanh nghiệp xả thải ra sông 200 triệu đồng\n\n" + LEAD + "\n\n" + BODY + "\n")
    assert art.title == head
    assert art.paragraphs[0] == LEAD
    assert any(r.text == "doanh nghiệp xả thải ra sông 200 triệu đồng" and r.reason == "headline-second-line"
               for r in art.removed)


def test_a_name_over_a_line_in_lower_case_is_no_headline_cut_in_two():
    # The author's name over their office ('phóng viên ...') is a byline, never the first half of a headline.
    art = clean("Nguyễn Văn Hùng\nphóng viên thường trú tại Hà Tĩnh\n\n" + LEAD + "\n\n" + BODY + "\n")
    assert art.title != "Nguyễn Văn Hùng phóng viên thường trú tại Hà Tĩnh"


def test_a_lead_wrapped_by_hand_over_two_lines_is_no_headline():
    # Closed by its stop: the first lines of a paragraph, as before.
    half = LEAD.split(" ")
    top = " ".join(half[:12]) + "\n" + " ".join(half[12:])
    art = clean(top + "\n\n" + BODY + "\n")
    assert art.title is None
    assert art.paragraphs[0] == LEAD


def test_a_headline_cut_after_its_comma_is_joined_and_no_lead():
    # A comma closes the upper half; with no stop at the pair's end the two are a headline, not a lead's lines.
    head = "Cháy xưởng gỗ ở Hà Tĩnh, hàng trăm công nhân tháo chạy"
    lead = ("Khoảng 6h sáng nay, một xưởng sản xuất đồ gỗ rộng hơn 2.000 m2 tại huyện Cẩm Xuyên, tỉnh Hà Tĩnh bốc "
            "cháy dữ dội, hàng trăm công nhân tháo chạy ra ngoài.")
    art = clean("Cháy xưởng gỗ ở Hà Tĩnh,\nhàng trăm công nhân tháo chạy\n\n" + lead + "\n\n" + BODY + "\n")
    assert art.title == head
    assert art.paragraphs[0] == lead


def test_a_headline_cut_before_a_capital_on_a_page_saved_a_line_a_block_is_joined():
    # No blank line anywhere: the reader makes each line a block, so the halves stand in two blocks.
    lead = ("Giá thuê căn hộ chung cư tại TP.HCM trong quý I tăng trung bình 15% so với cùng kỳ năm ngoái, theo báo "
            "cáo của một công ty nghiên cứu thị trường bất động sản công bố sáng nay.")
    more = ("Mức tăng mạnh nhất ghi nhận ở phân khúc căn hộ một phòng ngủ gần trung tâm, nơi nhu cầu thuê của người "
            "lao động trẻ vẫn cao trong khi nguồn cung mới khan hiếm.")
    art = clean("Giá thuê căn hộ tại\nTP.HCM tăng 15% sau một năm\n09:05 | 02/04/2024\n" + lead + "\n" + more + "\n"
                + BODY + "\n")
    assert art.title == "Giá thuê căn hộ tại TP.HCM tăng 15% sau một năm"
    assert art.paragraphs[0] == lead


def test_a_capitals_headline_cut_over_two_lines_is_joined():
    # The headline's block runs on into the lead (no blank line under it), as many crawls save it.
    # Halves over eight words: no rule for a half opening with a capital joined them.
    art = clean("HÀ TĨNH XỬ PHẠT MỘT DOANH NGHIỆP TƯ NHÂN GẦN\n200 TRIỆU ĐỒNG VÌ XẢ THẢI CHƯA QUA XỬ LÝ RA SÔNG\n"
                + LEAD + "\n\n" + BODY + "\n")
    assert art.title == "HÀ TĨNH XỬ PHẠT MỘT DOANH NGHIỆP TƯ NHÂN GẦN 200 TRIỆU ĐỒNG VÌ XẢ THẢI CHƯA QUA XỬ LÝ RA SÔNG"
    assert art.paragraphs[0] == LEAD


def test_a_list_of_items_in_capitals_is_no_headline_cut_in_two():
    items = "GIẢI NHẤT TOÀN ĐOÀN\nGIẢI NHẤT ĐỒNG ĐỘI NỮ\nGIẢI NHẤT ĐỒNG ĐỘI NAM"
    art = clean(items + "\n" + LEAD + "\n\n" + BODY + "\n")
    assert not any(r.reason == "headline-second-line" for r in art.removed)


def test_a_headline_saved_with_its_date_and_time_after_it_is_the_title_and_the_stamp_the_date():
    # The crawl joined the <h1> and its <time>, and the lead ran on under it with no blank line.
    art = clean(HEAD + " 12/05/2025 08:30\n" + LEAD + "\n\n" + BODY + "\n")
    assert art.title == HEAD
    assert art.paragraphs[0] == LEAD
    assert art.date == "2025-05-12"
    assert any(r.text == "12/05/2025 08:30" and r.reason == "dateline" for r in art.removed)


def test_a_headline_ending_on_its_own_date_keeps_it():
    head = "Giải bóng đá thiếu niên Hà Tĩnh khởi tranh ngày 20/4/2025"
    art = clean(head + "\n\n" + LEAD + "\n\n" + BODY + "\n")
    assert art.title == head


def test_a_stamped_headline_closing_on_a_question_mark_loses_its_stamp_too():
    head = "Hà Tĩnh xử phạt doanh nghiệp xả thải ra sông: đã đủ sức răn đe?"
    art = clean(head + " 12/05/2025 08:30\n" + LEAD + "\n\n" + BODY + "\n")
    assert art.title == head
    assert art.paragraphs[0] == LEAD
