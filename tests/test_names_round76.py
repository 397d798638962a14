"""Issue 25 round 76: a person's own way home from abroad written 'khi / vừa / mới từ <place> về <country>' (no 'trở')
is a return to their own country, as 'trở về <country>' is already. Composed names; the first test fails without the
rule, the mirrors hold with it."""

from __future__ import annotations

from tests.test_names_forms import person_in


def test_the_way_home_from_abroad_names_ones_country():
    person = person_in("Cựu quan chức Tiết Văn Hạo mất liên lạc sau khi từ Pháp về Trung Quốc năm 2018.", "Tiết Văn Hạo")
    assert person.origin == "inferred"
    person = person_in("Nhà vật lý Tào Kiến Minh lập phòng thí nghiệm ở Hợp Phì khi vừa từ Mỹ về Trung Quốc.",
                       "Tào Kiến Minh")
    assert person.origin == "inferred"


def test_a_vietnamese_coming_home_or_going_to_china_stays_vietnamese():
    for text, name in (("Anh Lý Văn Hải được gia đình đón tại sân bay Nội Bài khi từ Quảng Châu về Việt Nam.",
                        "Lý Văn Hải"),
                       # a visit ('sang') is no way home
                       ("Kỳ thủ Quách Văn Tài dự giải cờ tướng ở Thượng Hải sau khi từ Pháp sang Trung Quốc.",
                        "Quách Văn Tài"),
                       # carried there, not one's own journey home (a bride following her husband)
                       ("Chị Lâm Tuệ Minh theo chồng từ Lạng Sơn về Trung Quốc sinh sống từ năm 2012.", "Lâm Tuệ Minh")):
        assert person_in(text, name).origin == "vietnamese", text
