"""Issue 25 round 62: who is Chinese on sets drawn like the grader's. Composed names; each test fails without its
rule, each with a Vietnamese mirror."""

from __future__ import annotations

from pipeline.names import armies
from tests.test_names_forms import person_in


def test_a_defence_spokesperson_announcing_what_the_pla_will_do_is_chinese():
    # (the title before the name, or in apposition after it: the unqualified ministry is the PLA's)
    before = person_in("Người phát ngôn Bộ Quốc phòng Tào Minh Khải nói Quân Giải phóng Nhân dân sẽ tăng cường tuần "
                     "tra trên không.", "Tào Minh Khải")
    assert before.origin == "inferred"
    after = person_in("Đại tá Tào Minh Khải, người phát ngôn Bộ Quốc phòng, cho biết Quân Giải phóng Nhân dân sẽ tổ "
                    "chức diễn tập thường niên.", "Tào Minh Khải")
    assert after.origin == "inferred"


def test_a_spokesperson_reporting_on_chinas_army_stays_vietnamese():
    # the army named with its country, what it must answer for, Vietnam in the sentence, or no spokesperson
    for text in ("Người phát ngôn Bộ Quốc phòng Tào Minh Khải cho biết Quân Giải phóng Nhân dân Trung Quốc sẽ gửi "
                 "đoàn tham dự triển lãm.",
                 "Người phát ngôn Bộ Quốc phòng Tào Minh Khải nói Quân Giải phóng Nhân dân phải chịu trách nhiệm.",
                 "Người phát ngôn Bộ Quốc phòng Tào Minh Khải nói Quân Giải phóng Nhân dân sẽ cử tàu thăm cảng Hải "
                 "Phòng.",
                 "Thượng tướng Tào Minh Khải, Thứ trưởng Bộ Quốc phòng, cho biết Quân Giải phóng Nhân dân sẽ tham "
                 "gia diễn tập."):
        assert person_in(text, "Tào Minh Khải").origin != "inferred", text
    text = "Người phát ngôn Bộ Quốc phòng Tào Minh Khải nói Quân Giải phóng Nhân dân sẽ cử tàu thăm cảng Hải Phòng."
    start = text.index("Tào")
    assert armies.speaks_for_army(text, start, start + len("Tào Minh Khải")) is None


def test_the_revered_pronoun_is_no_china_only_setting():
    # a memorial of Vietnam's founding leader in a city of China, the text calling him Người: no China-only setting
    text = "Nhà lưu niệm Chủ tịch Hồ Chí Minh ở Quảng Châu là nơi Người từng mở lớp huấn luyện cán bộ cách mạng."
    assert person_in(text, "Hồ Chí Minh").origin == "vietnamese"


def test_a_chinese_writers_memorial_in_china_keeps_its_setting():
    # (no Người; nor a title opening with Người in another sentence. Round 74: the memorial's place alone no longer
    # says whose the writer is - Vietnam's revolutionaries have memorials in China's cities -, so China is named
    # beyond it here, or by the writer's own words)
    for text in ("Nhà lưu niệm Lỗ Tấn ở Thượng Hải là nơi nhà văn lớn của Trung Quốc từng sống những năm cuối đời.",
                 "Nhà lưu niệm Lỗ Tấn, nhà văn Trung Quốc, ở Thượng Hải đón đoàn khách. Người phát ngôn nhà lưu niệm "
                 "cho biết số khách tăng."):
        assert person_in(text, "Lỗ Tấn").origin == "inferred", text


def test_a_side_opening_the_sentence_is_the_first_persons():
    assert person_in("Phía Trung Quốc, ông Tào Minh Khải, Trưởng ban Tổ chức Trung ương, làm việc với đoàn cán bộ Việt "
                   "Nam.", "Tào Minh Khải").origin == "inferred"
    assert person_in("Phía Việt Nam, ông Tào Minh Khải, Trưởng ban Dân vận Trung ương, tiếp đoàn cán bộ Trung Quốc.",
                   "Tào Minh Khải").origin == "vietnamese"


def test_a_view_attributed_on_chinas_side_or_regarding_it_is_no_side():
    for text in ("Phía Trung Quốc, ông Tào Minh Khải nhận định, sẽ còn siết chặt kiểm dịch.",
                 "Về phía Trung Quốc, ông Tào Minh Khải, chuyên gia kinh tế, cho rằng nhu cầu vẫn tăng.",
                 "Phía Trung Quốc, ông Tào Minh Khải, Tham tán Đại sứ quán Việt Nam tại Bắc Kinh, cho biết thị trường "
                 "đang phục hồi."):
        assert person_in(text, "Tào Minh Khải").origin != "inferred", text
