"""Titles round 16 (issue 22): what a site prints over its headline in a form the head's score misread - a banner's
slogan in capitals closed like a sentence, read as the story's first paragraph (so no line under it was weighed as
the headline), and a screen reader's skip link, read as a headline of four words."""
from pipeline.ingest.clean import headbanner
from tests.test_clean import clean

HEAD = "Hội thảo chính sách hỗ trợ kết nối công nghệ và đổi mới sáng tạo"
LEAD = ("Chiều 28/7, tại Hà Nội, Bộ Khoa học và Công nghệ tổ chức hội thảo chính sách hỗ trợ kết nối công nghệ và "
        "đổi mới sáng tạo, với gần 250 đại biểu của các sở, doanh nghiệp và viện nghiên cứu tham dự.")


def test_a_slogan_in_capitals_over_the_headline_is_no_start_of_the_story():
    page = ("Skip to main content\n"
            "NHIỆT LIỆT CHÀO MỪNG ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ XV!\n"
            "Chế độ ban đêm In trang Xuất PDF\n\n"
            f"{HEAD}\n\n{LEAD}\n\nMô tả ảnh hội thảo\n")
    art = clean(page)
    assert art.title == HEAD
    assert LEAD in art.paragraphs


def test_a_skip_link_is_never_a_title():
    assert headbanner.skip_link("Skip to main content")
    assert headbanner.skip_link("Chuyển đến nội dung chính")
    assert not headbanner.skip_link("Bỏ qua những lời đồn, Hà Nội vẫn tăng trưởng")


def test_a_lead_in_sentence_case_is_no_banner():
    assert headbanner.banner("NHIỆT LIỆT CHÀO MỪNG NGÀY QUỐC KHÁNH 2/9!")
    assert not headbanner.banner(LEAD)
    assert not headbanner.banner("TP.HCM.")  # a name: under four words
