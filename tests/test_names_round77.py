"""Issue 25 round 77: an actor's lead after the name ('có / do X đóng chính') finds the person, as 'do X thủ vai' and
'do X đạo diễn' do; China as the buyer of a work's rights ('được một nền tảng Trung Quốc mua bản quyền') is the other
party of the deal, not whose the cast is. Composed names; the first test fails without the finding rule, the second
without the buyer (the Vietnamese actor would take pinyin), the mirrors hold with both."""

from __future__ import annotations

from tests.test_names_forms import found_in, person_in


def test_an_actors_lead_after_the_name_finds_the_person():
    for text, name in (("Phim truyền hình có Tạ Vân Hi đóng chính dẫn đầu lượt xem trên các nền tảng trực tuyến của "
                        "Trung Quốc.", "Tạ Vân Hi"),
                       ("Bộ phim cổ trang do Khổng Tuyết Dao đóng chính dẫn đầu tỷ suất người xem trên kênh vệ tinh "
                        "Hồ Nam của Trung Quốc.", "Khổng Tuyết Dao")):
        assert found_in(text, name) is not None, text
    person = found_in("Phim truyền hình có Tạ Vân Hi đóng chính dẫn đầu lượt xem trên các nền tảng trực tuyến của "
                      "Trung Quốc.", "Tạ Vân Hi")
    assert person.origin == "inferred"


def test_a_vietnamese_actor_in_a_film_a_chinese_platform_bought_stays_vietnamese():
    for text, name in (("Bộ phim có Trịnh Gia Vĩ đóng chính được một nền tảng Trung Quốc mua bản quyền phát sóng.",
                        "Trịnh Gia Vĩ"),
                       ("Phim có Kiều Minh Tuấn đóng chính được hãng phim Trung Quốc mua lại bản quyền để làm lại.",
                        "Kiều Minh Tuấn")):
        assert person_in(text, name).origin == "vietnamese", text


def test_the_mirrors_stay_as_they_were():
    # a Vietnamese actor's film shown in Vietnam: never Chinese (found now, Vietnamese)
    person = found_in("Phim truyền hình có Lương Văn Thành đóng chính dẫn đầu lượt xem trên kênh VTV3.",
                      "Lương Văn Thành")
    assert person is None or person.origin == "vietnamese"
    # a buyer that is no Chinese party (Netflix) is no other party either: the person's own country still reads
    assert person_in("Nhà văn khoa học viễn tưởng Trung Quốc Lưu Hạo Nhiên, tác giả bộ truyện mới, được Netflix mua "
                     "bản quyền chuyển thể.", "Lưu Hạo Nhiên").origin == "inferred"
    # a verb that is no lead after a two-syllable run: no person (a place that 'đóng' something)
    assert found_in("Cảng Hải Phòng đóng cửa hai ngày vì bão.", "Hải Phòng") is None
