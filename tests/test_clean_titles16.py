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


def test_a_slogan_the_rules_took_gives_way_to_the_headline_under_it():
    # The slogan shares words with the story by chance ('kỷ niệm', 'năm'): taken by the first-line rule, it is
    # still no headline; the line under it shares more.
    head = "Chủ tịch nước sắp thăm chính thức Nhật Bản"
    lead = ("Chủ tịch nước và phu nhân dự kiến thăm chính thức Nhật Bản ngày 27-30/11, nhân dịp kỷ niệm 50 năm hai "
            "nước thiết lập quan hệ ngoại giao, theo lời mời của Nhà nước Nhật Bản.")
    body = ("Người phát ngôn Bộ Ngoại giao cho biết chuyến thăm diễn ra trong bối cảnh quan hệ đối tác chiến lược "
            "sâu rộng giữa hai nước đang phát triển mạnh mẽ. Phía Nhật Bản nhiệt liệt chào mừng chuyến thăm trong "
            "năm kỷ niệm quan hệ hai nước.")
    art = clean(f"NHIỆT LIỆT CHÀO MỪNG KỶ NIỆM 80 NĂM NGÀY QUỐC KHÁNH 2/9!\n{head}\n{lead}\n\n{body}\n")
    assert art.title == head
    assert headbanner.slogan("NHIỆT LIỆT CHÀO MỪNG KỶ NIỆM 80 NĂM NGÀY QUỐC KHÁNH 2/9!")
    assert not headbanner.slogan("QUÝ VỊ CƯ NGỤ VÙNG FAIRFIELD NÊN CHÚ Ý BẦU CHO NGHỊ VIÊN NGƯỜI VIỆT.")
