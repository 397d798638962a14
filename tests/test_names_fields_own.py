"""Finding a person by what they are to a country's field (issue 25 round 49): composed names, each test fails without
its rule, with a place described the same way as the guard beside it."""

from __future__ import annotations

from pipeline.names.persons import find_in_text


def _origins(text: str) -> dict[str, str]:
    return {p.vi: p.origin for p in find_in_text(text)}


def test_two_syllables_opening_the_sentence_with_a_persons_apposition_of_a_country():
    # X, hai lần vô địch ... của Trung Quốc, ...: an epithet or an occupation before 'của' names a person
    assert "Khổng Lượng" in _origins("Khổng Lượng, hai lần vô địch thế giới cờ tướng của Trung Quốc, vừa giải nghệ.")
    assert "Khổng Lượng" in _origins("Khổng Lượng, một trong những nữ diễn viên đắt giá của điện ảnh Trung Quốc, "
                                     "vừa nhận vai mới.")
    # a place or a firm described the same way is none
    assert _origins("Nghĩa Ô, trung tâm bán buôn lớn nhất của Trung Quốc, đón thêm thương nhân.") == {}
    assert _origins("Sơn Đông, tỉnh đông dân thứ hai của Trung Quốc, công bố số liệu mới.") == {}


def test_two_names_opening_the_sentence_with_their_apposition():
    # X và Y Z, hai trụ cột của đội tuyển ... Trung Quốc, ...: the first of the pair is found as the second is
    got = _origins("Khổng Lượng và Triệu Gia Hào, hai trụ cột của đội tuyển bóng chuyền nữ Trung Quốc, cùng vào sân.")
    assert "Khổng Lượng" in got and got["Triệu Gia Hào"] == "inferred"
    assert _origins("Sơn Đông và Giang Tô, hai trung tâm công nghiệp của Trung Quốc, tăng trưởng nhanh.") == {}


def test_a_full_name_with_a_longer_field_before_the_country():
    # X Y Z, trụ cột của đội tuyển bóng rổ nam Trung Quốc, ...: five words between 'của' and the country
    assert _origins("Khổng Gia Lượng, trụ cột của đội tuyển bóng rổ nam Trung Quốc, có tên trong danh sách.")[
        "Khổng Gia Lượng"] == "inferred"


def test_a_national_team_without_doi_says_whose_team_it_is():
    # khi cùng tuyển bóng bàn nam Trung Quốc vô địch: one of the team, as cùng đội tuyển Trung Quốc already was
    assert _origins("Tay vợt Trần Hải giành HCV khi cùng tuyển bóng bàn nam Trung Quốc vô địch đồng đội.")[
        "Trần Hải"] == "inferred"
    assert _origins("Xạ thủ Khổng Gia Lượng cùng tuyển bắn súng Việt Nam giành HCV.")["Khổng Gia Lượng"] == "vietnamese"


def test_a_side_named_by_its_province():
    # về phía tỉnh <Chinese province> (Trung Quốc) có ông X, Phó Tỉnh trưởng: the province's side, as phía Trung Quốc
    got = _origins("Về phía tỉnh Quảng Tây (Trung Quốc) có ông Trần Hải, Phó Tỉnh trưởng, cùng lãnh đạo các sở.")
    assert got["Trần Hải"] == "inferred"
    got = _origins("Về phía tỉnh Lạng Sơn có ông Khổng Gia Lượng, Phó Chủ tịch UBND tỉnh, cùng lãnh đạo các sở.")
    assert got["Khổng Gia Lượng"] == "vietnamese"


def test_an_office_held_before_fronted_is_the_persons_own():
    # Trước khi làm <office of China>, ông X là ...: the same person's office, its country theirs
    got = _origins("Trước khi làm Phó Tổng thư ký Quốc vụ viện Trung Quốc, ông Trần Hải là Thứ trưởng Bộ Tài chính.")
    assert got["Trần Hải"] == "inferred"
    got = _origins("Trước khi làm Đại sứ Việt Nam tại Trung Quốc, ông Trần Hải là Thứ trưởng Bộ Ngoại giao.")
    assert got["Trần Hải"] == "vietnamese"


def test_an_attache_is_a_title():
    # Tùy viên Quốc phòng <country's embassy> tại Việt Nam: an envoy's title in apposition, as Tham tán already was
    got = _origins("Thượng tướng Khổng Gia Lượng tiếp Đại tá Trần Hải, Tùy viên Quốc phòng Đại sứ quán Trung Quốc tại "
                   "Việt Nam.")
    assert got["Trần Hải"] == "inferred"
    got = _origins("Đại tá Trần Hải, Tùy viên Quốc phòng Việt Nam tại Trung Quốc, dự lễ kỷ niệm ở Bắc Kinh.")
    assert got["Trần Hải"] == "vietnamese"


def test_an_office_taken_says_whose():
    # X nhậm chức <office of a country>: that country's (a birth year and place is not: Vietnamese revolutionaries'
    # children were born in China, tests/test_names_origin.py)
    assert _origins("Ông Trần Hải nhậm chức Thị trưởng Thượng Hải ngày 20/5.")["Trần Hải"] == "inferred"
    assert _origins("Ông Trần Hải nhậm chức Đại sứ Việt Nam tại Trung Quốc từ tháng 3.")["Trần Hải"] == "vietnamese"


def test_a_session_of_a_chinese_body_sets_the_sentence():
    # Tại kỳ họp Nhân đại, <an office with no country> X trình bày ...: the body's session, its country's officials
    got = _origins("Tại kỳ họp Nhân đại, Chánh án Tòa án Nhân dân Tối cao Trần Hải trình bày báo cáo công tác năm.")
    assert got["Trần Hải"] == "inferred"
    got = _origins("Tại kỳ họp Quốc hội, Chánh án Tòa án Nhân dân Tối cao Trần Hải trình bày báo cáo công tác năm.")
    assert got["Trần Hải"] == "vietnamese"


def test_a_delegation_of_one_of_vietnams_bodies_faced():
    # X, <title>, tiếp đoàn cán bộ <a Vietnamese body> Việt Nam ở Bắc Kinh: Vietnam's side faced, so X is the other
    got = _origins("Ông Trần Hải, Phó Viện trưởng Viện Kiểm sát Nhân dân Tối cao, tiếp đoàn cán bộ Viện KSND Tối cao "
                   "Việt Nam tại Bắc Kinh.")
    assert got["Trần Hải"] == "inferred"
    # a delegation of China's, received in Vietnam, is no such side
    got = _origins("Ông Trần Hải, Phó Chủ tịch UBND tỉnh, tiếp đoàn doanh nghiệp Quảng Tây đến tìm hiểu cơ hội đầu tư "
                   "tại Việt Nam.")
    assert got["Trần Hải"] != "inferred"


def test_a_pairs_apposition_on_a_number_is_both_persons():
    # A và B, hai trụ cột của đội tuyển ... Trung Quốc, ...: the apposition after B is A's too
    got = _origins("Trần Hải và Phàn Chấn Đông, hai tay vợt của đội tuyển bóng bàn Trung Quốc, cùng góp mặt.")
    assert got == {"Trần Hải": "inferred", "Phàn Chấn Đông": "inferred"}
    got = _origins("Ông Trần Hải và ông Phàn Chấn Đông, hai thành viên của đoàn Việt Nam, cùng góp mặt.")
    assert got == {"Trần Hải": "vietnamese", "Phàn Chấn Đông": "vietnamese"}
