"""Issue 25 round 66: who is Chinese - China-only bodies as the press spells them out, and a spokesperson of a
country-less body at a briefing held in China. Composed names; each test fails without its rule, each with a
Vietnamese mirror."""

from __future__ import annotations

from tests.test_names_forms import person_in


def test_chinas_political_and_legal_affairs_commission_written_out_is_chinas():
    for text in ("Ông Vương Kiến Dân, Bí thư Ủy ban Chính trị - Pháp luật Trung ương, tiếp đoàn cán bộ tại Bắc Kinh.",
                 "Ông Vương Kiến Dân, Phó Bí thư Ủy ban Chính trị và Pháp luật Trung ương, chủ trì hội nghị."):
        assert person_in(text, "Vương Kiến Dân").origin == "inferred", text


def test_the_cmcs_political_work_department_in_lower_case_is_chinas():
    text = "Thiếu tướng Lưu Chí Cương, Phó Chủ nhiệm Bộ Công tác chính trị Quân ủy Trung ương, dự lễ kỷ niệm."
    assert person_in(text, "Lưu Chí Cương").origin == "inferred"


def test_chinas_statistics_bureau_and_ministries_written_out_are_chinas():
    for text in ("Cục trưởng Cục Thống kê Quốc gia Vương Kiến Dân cho biết kinh tế phục hồi nhanh hơn dự báo.",
                 "Ông Vương Kiến Dân, Thứ trưởng Bộ Nhà ở và Xây dựng Đô thị - Nông thôn, thông báo quy định mới.",
                 "Thứ trưởng Bộ Sự vụ Cựu chiến binh Vương Kiến Dân công bố chính sách hỗ trợ việc làm."):
        assert person_in(text, "Vương Kiến Dân").origin == "inferred", text


def test_four_central_bodies_only_china_has_are_chinas():
    for text in ("Phó Chủ nhiệm Văn phòng Ủy ban Tài chính và Kinh tế Trung ương Vương Kiến Dân nêu mục tiêu tăng trưởng.",
                 "Ông Vương Kiến Dân, nguyên Chủ nhiệm Văn phòng Nghiên cứu chính sách Trung ương, soạn nhiều văn kiện.",
                 "Cục trưởng Cục Lương thực nhà nước Vương Kiến Dân khẳng định dự trữ lương thực đủ đáp ứng nhu cầu.",
                 "Ông Vương Kiến Dân, Phó Chủ nhiệm Văn phòng Thông tin Internet, giới thiệu các quy định mới."):
        assert person_in(text, "Vương Kiến Dân").origin == "inferred", text
    # Vietnam's own bodies of the same remit
    text = "Cục trưởng Cục Dự trữ Nhà nước Vương Minh Hải làm việc với Cục Lương thực nhà nước về dự trữ gạo."
    assert person_in(text, "Vương Minh Hải").origin == "vietnamese"


def test_vietnams_own_statistics_office_and_a_counterpart_stay_vietnamese():
    for text in ("Cục trưởng Cục Thống kê Vương Minh Hải cho biết GDP quý I tăng 6,9%.",
                 "Tổng cục trưởng Tổng cục Thống kê Vương Minh Hải làm việc với lãnh đạo Cục Thống kê Quốc gia tại "
                 "Bắc Kinh."):
        assert person_in(text, "Vương Minh Hải").origin == "vietnamese", text


def test_a_vietnamese_official_meeting_those_bodies_stays_vietnamese():
    # the body is the counterpart's; Vietnam's own political department (Cục Công tác chính trị) is no cue
    for text, vi in (("Thượng tướng Lương Tam Quang hội kiến Bí thư Ủy ban Chính trị - Pháp luật Trung ương tại Bắc Kinh.",
                      "Lương Tam Quang"),
                     ("Trung tướng Vương Đình Lộc, Cục trưởng Cục Công tác chính trị, hội đàm với đoàn Bộ Công tác chính "
                      "trị Quân ủy Trung ương.", "Vương Đình Lộc")):
        assert person_in(text, vi).origin == "vietnamese", text


def test_a_spokesperson_of_a_countryless_body_at_a_briefing_held_in_china_is_chinas():
    for text in ("Người phát ngôn Bộ Ngoại giao Uông Kiến Hoa tại cuộc họp báo thường kỳ ở Bắc Kinh cho rằng Washington "
                 "cần ngừng can thiệp vào vấn đề Đài Loan.",
                 "Tại cuộc họp báo thường kỳ ở Bắc Kinh, người phát ngôn Bộ Quốc phòng Uông Kiến Hoa cho biết quân đội "
                 "sẽ tăng cường tuần tra."):
        assert person_in(text, "Uông Kiến Hoa").origin == "inferred", text


def test_a_spokesperson_at_a_briefing_in_hanoi_or_with_vietnam_near_stays_vietnamese():
    for text in ("Người phát ngôn Bộ Ngoại giao Uông Kiến Hoa tại cuộc họp báo thường kỳ ở Hà Nội cho biết Bắc Kinh "
                 "đã thông báo về cuộc tập trận.",
                 "Người phát ngôn Bộ Ngoại giao Uông Kiến Hoa tại cuộc họp báo ở Bắc Kinh cho biết đoàn Việt Nam đã "
                 "kết thúc chuyến thăm."):
        assert person_in(text, "Uông Kiến Hoa").origin != "inferred", text
