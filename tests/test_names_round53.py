"""What a person's own predicate says of their side (issue 25 round 53, identity.py): a title won for a country's
delegation or team, a work report to a session of a country's legislature, a place in a ranking of a country's most
... . Composed names; each rule's test fails without it, with a Vietnamese guard (bench/data/names/probes_round53.tsv
holds more)."""

from __future__ import annotations

from pipeline.names.persons import find_in_text


def _origins(text: str) -> dict[str, str]:
    return {p.vi: p.origin for p in find_in_text(text)}


def test_a_title_won_for_a_countrys_delegation_is_won_for_ones_own():
    assert _origins("Tay vợt Hà Tử Lâm vô địch đơn nữ tại Olympic cho đoàn Trung Quốc.")["Hà Tử Lâm"] == "inferred"
    # a medal for the host delegation (đoàn chủ nhà Trung Quốc), as for its delegation
    assert _origins("Đô vật nữ Hà Tử Lâm mang về tấm HCV cho đoàn chủ nhà Trung Quốc tại Olympic Bắc Kinh.")[
        "Hà Tử Lâm"] == "inferred"


def test_a_title_won_for_vietnam_or_handed_to_china_is_no_chinese_title():
    assert _origins("Tay vợt Lý Hoàng Nam vô địch giải trẻ tại Quảng Châu cho đội tuyển Việt Nam.")[
        "Lý Hoàng Nam"] == "vietnamese"
    assert _origins("Tay vợt Trần Minh Phúc nhường chức vô địch cho tay vợt Trung Quốc sau khi bỏ cuộc.")[
        "Trần Minh Phúc"] != "inferred"


def test_a_work_report_to_a_session_of_chinas_legislature_is_its_own_officials():
    assert _origins("Viện trưởng Viện Kiểm sát Nhân dân Tối cao Hà Tử Lâm trình bày báo cáo công tác trước kỳ họp "
                    "Nhân đại toàn quốc Trung Quốc.")["Hà Tử Lâm"] == "inferred"
    assert _origins("Chánh án Trương Quang Hiển trình bày báo cáo trước kỳ họp Quốc hội về hợp tác tư pháp với "
                    "Trung Quốc.")["Trương Quang Hiển"] == "vietnamese"


def test_a_place_among_chinas_most_is_chinas():
    # (names the setting alone leaves Vietnamese or untold)
    assert _origins("Ông Đặng Minh Tùng, người sáng lập một hãng chuyển phát, nằm trong nhóm tỷ phú giàu nhất Trung "
                    "Quốc.")["Đặng Minh Tùng"] == "inferred"
    assert _origins("Đặng Minh Thư và Lưu Hồng Nhung nằm trong nhóm nữ diễn viên có thù lao cao nhất màn ảnh Trung "
                    "Quốc.") == {"Đặng Minh Thư": "inferred", "Lưu Hồng Nhung": "inferred"}


def test_most_loved_in_china_or_chinas_largest_partner_is_no_place_among_chinas_own():
    assert _origins("Ca sĩ Hồ Quang Minh nằm trong nhóm nghệ sĩ nước ngoài được yêu thích nhất tại Trung Quốc.")[
        "Hồ Quang Minh"] != "inferred"
    assert _origins("Doanh nhân Trương Minh Đức nằm trong danh sách đối tác lớn nhất của các hãng Trung Quốc.")[
        "Trương Minh Đức"] != "inferred"


def test_a_person_sentenced_by_a_court_of_china_is_tried_as_its_own():
    # the office convention (Bộ Công an unqualified: Vietnam's) gives way to the court that tried them
    assert _origins("Nguyên Thứ trưởng Bộ Công an Hà Tử Lâm bị tuyên án tử hình treo, theo Tòa án Nhân dân Trung cấp "
                    "Cáp Nhĩ Tân.")["Hà Tử Lâm"] == "inferred"
    assert _origins("Nhà khoa học Ngô Kiến Khuê, người tạo ra một giống lúa mới, bị tòa án Thâm Quyến phạt ba năm "
                    "tù.")["Ngô Kiến Khuê"] == "inferred"


def test_a_vietnamese_tried_in_china_or_in_vietnam_is_no_chinese():
    # a name leaning Vietnamese (shape.BASED_IN_CHINA), a defendant's title, Vietnam named
    assert _origins("Ông Nguyễn Văn Long bị tòa án Quảng Tây kết án 10 năm tù vì buôn ma túy.")[
        "Nguyễn Văn Long"] != "inferred"
    assert _origins("Đối tượng Lưu Văn Hùng bị tòa án Quảng Tây kết án 15 năm tù vì buôn ma túy.")[
        "Lưu Văn Hùng"] != "inferred"
    assert _origins("Ông Trương Quốc Bình, người Việt gốc Hoa, bị tòa án Thượng Hải kết án vì lừa đảo.")[
        "Trương Quốc Bình"] != "inferred"


def test_an_apposition_closed_by_a_year_still_says_whose():
    # (clause._WHOSE_NOUN: a year after the country closes the noun phrase as a century does)
    assert _origins("Nam diễn viên Đặng Minh Thư, gương mặt nổi bật của phim truyền hình Trung Quốc năm 2023, gặp gỡ "
                    "người hâm mộ.")["Đặng Minh Thư"] == "inferred"
    assert _origins("Nam diễn viên Đặng Minh Thư, gương mặt nổi bật của phim truyền hình Việt Nam năm 2023, gặp gỡ "
                    "người hâm mộ ở Thượng Hải.")["Đặng Minh Thư"] == "vietnamese"


def test_a_provincial_chair_receiving_vietnams_delegation_abroad_is_vietnams():
    # (parties.vietnam_faced: a Chinese province has a governor, Tỉnh trưởng; 'Chủ tịch tỉnh' alone is Vietnam's office)
    assert _origins("Phó Chủ tịch tỉnh Hoàng Quốc Khánh tiếp đoàn đại biểu Việt Nam tại Bắc Kinh.")[
        "Hoàng Quốc Khánh"] == "vietnamese"
    assert _origins("Phó Tỉnh trưởng Hoàng Quốc Khánh tiếp đoàn đại biểu Việt Nam tại Côn Minh.")[
        "Hoàng Quốc Khánh"] == "inferred"
