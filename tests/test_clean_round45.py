"""Cleaner round 45 (issue 22): the commonest noise left on pages no rule was written for, no article line lost.
Other stories' leads cut short by '...' in a box at the page's end."""
from tests.test_clean import BODY1, BODY2, HEAD, LEAD, clean, page, reasons

CUT1 = "Chiều ngày 13/1, Đoàn đại biểu Quốc hội tỉnh Bình Sơn do đồng chí Nguyễn..."
CUT2 = "Sáng ngày 14/1, Đoàn công tác của HĐND tỉnh Bình Sơn, do đồng chí Vũ Ngọc..."


def test_two_cut_leads_at_the_page_end_are_a_teaser_box():
    art = clean(page(HEAD, LEAD, BODY1, BODY2, CUT1, CUT2))
    assert reasons(art).get(CUT1) == "related-teaser"
    assert reasons(art).get(CUT2) == "related-teaser"
    assert BODY2 in art.paragraphs


def test_headlines_and_posting_times_between_cut_leads_go_with_them():
    lines = ["Chuyện tên gọi các địa danh ở miền núi (P1)", CUT1, "23 phút ago",
             "Hội nghị tổng kết năm của ngành nông nghiệp", CUT2, "27 phút ago"]
    art = clean(page(HEAD, LEAD, BODY1, BODY2, *lines))
    kept = " ".join(art.paragraphs)
    assert all(line not in kept for line in lines[1:])


def test_one_cut_lead_stays():
    art = clean(page(HEAD, LEAD, BODY1, BODY2, CUT1))
    assert reasons(art).get(CUT1) != "related-teaser"


def test_a_story_closing_on_long_enumerations_stays():
    # a story may close two paragraphs on an ellipsis: after a long list, never at one line's length
    end1 = ("Hội chợ quy tụ nhiều doanh nghiệp đến từ các tỉnh, thành phố trong cả nước, như: Hà Tĩnh, Ninh Bình, "
            "Thừa Thiên Huế, Đồng Nai, Quảng Ngãi, Bình Định, Phú Yên, Khánh Hòa, Lâm Đồng, Đắk Lắk, TP Hồ Chí Minh…")
    end2 = ("Các sản phẩm trưng bày gồm hàng thủ công mỹ nghệ, đồ gỗ nội, ngoại thất, sản phẩm làng nghề, nông sản "
            "chế biến, thực phẩm sạch, hàng tiêu dùng, máy móc nông nghiệp, vật liệu xây dựng, sản phẩm OCOP...")
    art = clean(page(HEAD, LEAD, BODY1, end1, end2))
    assert end1 in art.paragraphs and end2 in art.paragraphs


def test_a_closing_line_of_the_story_under_a_cut_lead_stays():
    # the story's own closing sentence under the cut leads ends the run: nothing above it is taken
    close = "Buổi lễ khép lại trong không khí ấm áp, thân tình của các đại biểu và bà con nhân dân địa phương."
    art = clean(page(HEAD, LEAD, BODY1, CUT1, CUT2, close))
    assert close in art.paragraphs
    assert reasons(art).get(CUT1) != "related-teaser"


# A caption set into the story's flow: the paragraph under it goes on from the one over it.
PARA_A = ("Ngay sau khi nhận tin báo, lực lượng cảnh sát phòng cháy chữa cháy đã điều động nhiều xe chuyên dụng "
          "đến hiện trường để dập lửa.")
PARA_B = ("Trước đó, người dân sống gần khu nhà xưởng phát hiện khói đen bốc lên từ tầng hai và hô hoán nhau "
          "di chuyển ra ngoài an toàn.")
CAPTION = "Hàng dài du khách xếp hàng chờ lên cáp treo ở khu du lịch"


def test_a_stopless_line_between_paragraphs_of_one_train_of_thought_is_a_caption():
    art = clean(page(HEAD, LEAD, PARA_A, CAPTION, PARA_B, BODY2))
    assert reasons(art).get(CAPTION) == "photo-caption"
    assert PARA_A in art.paragraphs and PARA_B in art.paragraphs


def test_a_one_sentence_paragraph_there_stays():
    # the must-hold: a real one-sentence paragraph is closed by its stop
    sentence = "Ông Nguyễn Văn An cho biết khu nhà xưởng đã ngừng hoạt động từ tháng trước."
    art = clean(page(HEAD, LEAD, PARA_A, sentence, PARA_B, BODY2))
    assert sentence in art.paragraphs


def test_a_sub_heading_over_a_fresh_paragraph_stays():
    heading = "Nỗi lo của người dân sống quanh khu công nghiệp"
    fresh = PARA_B.replace("Trước đó, người", "Người")
    art = clean(page(HEAD, LEAD, PARA_A, heading, fresh, BODY2))
    assert heading in art.paragraphs


def test_a_short_label_stays_even_before_a_connective():
    label = "Phản ứng của GAM"
    art = clean(page(HEAD, LEAD, PARA_A, label, PARA_B, BODY2))
    assert label in art.paragraphs
