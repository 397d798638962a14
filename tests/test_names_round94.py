"""Issue 25 round 94: no rule committed. The reading the round measured - a full name (three syllables) that is a
dictionary person's (pipeline/glossary/data/persons_in_context.tsv), in a text that names nothing Vietnamese, taken
for that person even where the text's default or the office convention said Vietnamese - gained one Chinese item over
every development set (held-out48's Lý Thế Dân) and gave pinyin to a Vietnamese set item (held-out17's Trần Thanh
Hải, Chen Qinghai) and to six Vietnamese probe persons (bench/data/names/README.md, round 94). The dictionary's
three-syllable persons are the CC-CEDICT names with a Vietnamese name's shape, kept out of the glossary's keys for
that reason: these Vietnamese persons, in sentences with no Vietnamese cue and China named or not, must keep their
names. Each assertion failed with the reading in place (the prototype in the README) and passes without it."""

from __future__ import annotations

from pipeline.glossary.terms import Glossary
from tests.test_names_forms import found_in, person_in

BUILTIN = Glossary.from_files()


def test_vietnamese_namesakes_of_dictionary_persons_with_no_vietnamese_cue_keep_their_names():
    for text, name in (
            ("Phó Cục trưởng Cục Xuất nhập khẩu Trần Thanh Hải lưu ý các doanh nghiệp về quy định ghi nhãn mới của "
             "Trung Quốc.", "Trần Thanh Hải"),
            ("Giám đốc Trần Thanh Hải cho biết công ty sẽ mở thêm kho hàng để đón đơn hàng từ Trung Quốc.",
             "Trần Thanh Hải"),
            ("Vlogger Trương Quốc Huy chia sẻ loạt video về món ăn đường phố ở Thành Đô.", "Trương Quốc Huy"),
            ("Nhà báo Lý Văn Cương viết nhiều phóng sự về đời sống ở vùng biên.", "Lý Văn Cương"),
            ("Nhiếp ảnh gia Vương Thanh Hải giới thiệu bộ ảnh về phố cổ Lệ Giang.", "Vương Thanh Hải"),
            ("Họa sĩ Ngô Thanh Hải mở triển lãm tranh sơn dầu tại Thượng Hải.", "Ngô Thanh Hải")):
        person = person_in(text, name, BUILTIN)
        assert person.origin == "vietnamese" and person.en.isascii(), text


def test_a_dictionary_namesake_left_undecided_is_given_no_pinyin():
    person = person_in("Nghiên cứu sinh Trần Quang Huy nhận học bổng toàn phần của Đại học Thanh Hoa.",
                       "Trần Quang Huy", BUILTIN)
    assert person.origin in ("vietnamese", "unknown")


def test_a_word_ending_in_sach_opens_no_works_title():
    # chính sách (policy), ngân sách (budget), danh sách (list) are no book: the office named with them is read on to
    # its holder (held-out137's Giang Kim Quyền was found by no one)
    for text in ("Phó Chủ nhiệm Văn phòng Nghiên cứu Chính sách Trung ương Trung Quốc Giang Kim Quyền tiếp đoàn Việt "
                 "Nam tại Bắc Kinh.",
                 "Ủy ban Ngân sách Trung Quốc do ông Giang Kim Quyền đứng đầu họp tại Bắc Kinh."):
        assert found_in(text, "Giang Kim Quyền") is not None, text
    # a book's title is still no person (the same name after ông is one)
    assert found_in("Bạn đọc Thượng Hải xếp hàng mua sách Hồ Điệp Kiếm.", "Hồ Điệp Kiếm") is None
    assert found_in("Bạn đọc Thượng Hải xếp hàng gặp ông Hồ Điệp Kiếm.", "Hồ Điệp Kiếm") is not None
