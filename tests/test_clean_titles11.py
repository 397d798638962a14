"""Titles round 11 (issue 22): the line over the headline. A label of up to eight words the page's rules took for
the headline (a masthead naming the site's owner, a topic's banner) gives way to the headline-shaped line under it,
half again as long, that shares more of its words with the story (headscore.choose); a short headline printed
again right under itself stays the headline."""
from pipeline.ingest.clean import headscore

LEAD = ("(TTXVN) - Ủy ban nhân dân tỉnh vừa ban hành quy định về giải thưởng sáng tạo kỹ thuật dành cho doanh nghiệp "
        "nhỏ năm 2024, áp dụng cho các tổ chức và cá nhân có công trình nghiên cứu được ứng dụng vào sản xuất.")
BODY = ("Theo quy định, giải thưởng sáng tạo kỹ thuật được xét tặng hằng năm cho các công trình có hiệu quả kinh tế "
        "và xã hội rõ rệt, được hội đồng chuyên môn về công nghệ của tỉnh thẩm định.")
BODY2 = ("Hồ sơ đề nghị xét tặng gửi về Sở Công Thương trước ngày 30 tháng 9; kết quả được công bố vào "
         "dịp kỷ niệm ngày thành lập tỉnh.")
HEAD = "Tỉnh ban hành quy định xét tặng giải thưởng sáng tạo kỹ thuật cho doanh nghiệp nhỏ"


def test_a_masthead_of_five_words_over_a_headline_twice_as_long_gives_way():
    texts = ["Sở khoa học & công nghệ", "", "Chương trình đổi mới sáng tạo đến năm 2030", "", HEAD, "", LEAD, "",
             BODY, "", BODY2]
    assert headscore.choose(texts, 0) == 4


def test_a_short_headline_printed_again_right_under_itself_stays():
    short = "Hội doanh nghiệp nhỏ mừng xuân"
    texts = [short, "", short, "", HEAD, "", LEAD, "", BODY, "", BODY2]
    blanked = [short, "", "", "", HEAD, "", LEAD, "", BODY, "", BODY2]  # the copy taken out as a repeat
    assert headscore.choose(blanked, 0, texts) == 0


def test_a_label_passed_over_and_printed_again_further_down_goes_as_the_sites():
    from tests.test_clean import clean
    label = "Chiến dịch bảo vệ rừng đầu nguồn miền núi"
    art = clean("\n\n".join([label, HEAD, LEAD, BODY, BODY2, "Tin cùng chuyên mục", label]) + "\n")
    assert art.title == HEAD
    assert label not in art.paragraphs
    assert any(r.text == label and r.reason == "section-label" for r in art.removed)
