"""Issue 25 round 75: a full name opening its sentence with an apposition that only a person is given - a title in
quotes, a record or a medal after 'người', a world ranking - is a person, as a title there already made it. Composed
names; each first test fails without its rule, the mirrors hold with it."""

from __future__ import annotations

from tests.test_names_forms import found_in, person_in


def test_a_title_in_quotes_introduces_the_name():
    person = person_in('Trương Khải Văn, "kình ngư" 19 tuổi của Trung Quốc, phá kỷ lục thế giới 100 m tự do.',
                       "Trương Khải Văn")
    assert person.origin == "inferred"
    assert found_in('Tào Minh Khiết, "thần đồng" nhảy cầu, giúp tuyển Trung Quốc giành HCV đồng đội.',
                    "Tào Minh Khiết") is not None


def test_a_vietnamese_with_a_quoted_title_stays_vietnamese():
    person = person_in('Nguyễn Thị Hồng Nhung, "kình ngư" số một Việt Nam, giành HCV tại giải bơi mở rộng Trung Quốc.',
                       "Nguyễn Thị Hồng Nhung")
    assert person.origin == "vietnamese"


def test_quoted_words_that_are_no_title_find_no_one():
    # what a firm or a place is called in quotes ("ông trùm", "trái tim") is no title of a person
    for text in ('Vạn Thịnh Phát, "ông trùm" bất động sản, bị cơ quan điều tra khám xét trụ sở.',
                 'Hồ Hoàn Kiếm, "trái tim" của Thủ đô, đón hàng nghìn du khách dịp cuối tuần.',
                 # (nor the titles a firm or a town is called in quotes too)
                 'Tân Hiệp Phát, "đại gia" nước giải khát phía Nam, bị xử phạt vi phạm hành chính.'):
        assert found_in(text, text.split(",")[0]) is None, text


def test_a_record_or_a_medal_after_nguoi_introduces_a_full_name():
    assert found_in("Tạ Chấn Kiệt, người giữ kỷ lục châu Á 200 m, dẫn đầu đội điền kinh Trung Quốc tại giải thế giới.",
                    "Tạ Chấn Kiệt") is not None
    person = person_in("Lưu Quốc Hưng, người giành HCV Olympic năm 1996, làm Chủ tịch Hiệp hội Bóng bàn Trung Quốc.",
                       "Lưu Quốc Hưng")
    assert person.origin == "inferred"


def test_a_vietnamese_record_holder_competing_in_china_gets_no_pinyin():
    for text, name in (("Lê Văn Toàn, người giữ kỷ lục SEA Games hạng 61 kg, thi đấu tại giải cử tạ châu Á ở Ninh Ba.",
                        "Lê Văn Toàn"),
                       ("Lương Văn Tú, người phá nhiều kỷ lục bơi SEA Games, tập huấn tại Trung Quốc trước Asiad.",
                        "Lương Văn Tú")):
        assert person_in(text, name).origin != "inferred", text
    # (the people of a place are no deed of it: người dân)
    assert found_in("Hồ Hoàn Kiếm, người dân gọi là hồ Gươm, đón hàng nghìn du khách.", "Hồ Hoàn Kiếm") is None


def test_a_world_ranking_introduces_a_full_name():
    assert found_in("Vương Mạn Lệ, số một thế giới bóng bàn nữ, giúp tuyển Trung Quốc vô địch đồng đội.",
                    "Vương Mạn Lệ") is not None
    # a firm or a place ranked first at something is not ranked so
    assert found_in("Tân Sơn Nhất, sân bay số một thế giới về tăng trưởng, mở thêm nhà ga mới.", "Tân Sơn Nhất") is None
