"""Issue 25 round 91: the Vietnamese persons round 90's probes left giving pinyin, widened (bench/data/names/
probes_round91.tsv, written before their first run). A court of China acting on an official (jurisdiction.acts_on)
gave pinyin to Vietnamese holders of Vietnam's local offices tried in China with no crime named (Cựu Chủ tịch xã
Vương Văn Tuấn lĩnh án 9 năm tù tại một tòa án ở Phòng Thành Cảng): a commune's, ward's or district's chair and a
commune's or ward's police chief are offices China's press never gives its own officials (its Trấn trưởng,
Huyện trưởng), so the reading leaves them. The first test fails without it; the mirrors (China's officials tried at
home by offices China has, a Chinese county head named with China) stay Chinese. A writer whose work the sentence
says is translated into Chinese, or by a publisher or translator of China (setting.translated), was read Chinese by
the China-only setting or the name's shape near China (Tiểu thuyết "Tắt đèn" của Ngô Tất Tố được Nhà xuất bản Văn học
Nhân dân Trung Quốc dịch và ấn hành: Wu Bisu): a work put into Chinese was not written in it, so China there is the
work's translator, no setting of the person's; the mirrors (a Chinese writer published in China, an expert sent to
Wuhan in the epidemic - dịch -, a Chinese writer translated into Vietnamese) stay Chinese."""

from __future__ import annotations

from pipeline.glossary.terms import Glossary
from tests.test_names_forms import person_in

BUILTIN = Glossary.from_files()


def test_a_holder_of_vietnams_local_office_tried_in_china_stays_vietnamese():
    for text, name in (
            ("Cựu Chủ tịch xã Vương Văn Tuấn lĩnh án 9 năm tù tại một tòa án ở Phòng Thành Cảng.", "Vương Văn Tuấn"),
            ("Nguyên Trưởng Công an xã Hoàng Văn Sáng bị một tòa án ở Bằng Tường tuyên phạt 3 năm tù.",
             "Hoàng Văn Sáng"),
            ("Cựu Phó Chủ tịch huyện Lương Văn Hòa bị tuyên án 4 năm tù tại tòa án ở Quảng Tây.", "Lương Văn Hòa"),
            ("Tòa án ở Đông Hưng tuyên án 5 năm tù đối với cựu Chủ tịch phường Lý Văn Thành.", "Lý Văn Thành")):
        for glossary in (BUILTIN, Glossary()):
            assert person_in(text, name, glossary).origin == "vietnamese", text


def test_chinas_officials_tried_at_home_stay_chinese():
    for text, name, en in (
            ("Cựu Phó Tỉnh trưởng Tôn Kiến Bình bị tuyên án 12 năm tù tại tòa án ở Nam Ninh vì nhận hối lộ.",
             "Tôn Kiến Bình", "Sun Jianping"),
            ("Cựu Bí thư Thành ủy Hà Chí Cường bị tòa án ở Thẩm Dương tuyên án tù chung thân.", "Hà Chí Cường",
             "He Zhiqiang"),
            ("Cựu Phó Giám đốc Sở Công an Khâu Hải Minh bị tuyên án 10 năm tù tại tòa án ở Thành Đô.", "Khâu Hải Minh",
             "Qiu Haiming"),
            ("Tòa án ở Hàng Châu tuyên án 14 năm tù đối với cựu Thị trưởng Diêu Quốc Lương.", "Diêu Quốc Lương",
             "Yao Guoliang"),
            ("Chủ tịch huyện Ninh Minh của Trung Quốc Triệu Đông Hải tiếp đoàn huyện Tràng Định.", "Triệu Đông Hải",
             "Zhao Donghai")):
        for glossary in (BUILTIN, Glossary()):
            assert person_in(text, name, glossary).en == en, text


def test_a_writer_whose_work_china_translates_is_given_no_pinyin():
    for text, name in (
            ('Tiểu thuyết "Tắt đèn" của Ngô Tất Tố được Nhà xuất bản Văn học Nhân dân Trung Quốc dịch và ấn hành.',
             "Ngô Tất Tố"),
            ("Tập thơ của Hàn Mặc Tử được một nhà xuất bản Trung Quốc dịch sang tiếng Trung và ấn hành năm ngoái.",
             "Hàn Mặc Tử")):
        for glossary in (BUILTIN, Glossary()):
            assert person_in(text, name, glossary).origin in ("vietnamese", "unknown"), text


def test_chinese_writers_and_an_epidemic_stay_chinese():
    for text, name, en in (
            ("Tiểu thuyết của Cố Tĩnh Hoa được Nhà xuất bản Văn học Nhân dân ấn hành ở Bắc Kinh.", "Cố Tĩnh Hoa",
             "Gu Jinghua"),
            ("Chuyên gia hồi sức Khâu Hải Ba được cử đến Vũ Hán trong những tuần đầu dịch Covid-19 ở Trung Quốc.",
             "Khâu Hải Ba", "Qiu Haibo"),
            ('Tiểu thuyết "Sống" của nhà văn Trung Quốc Dư Hoa được dịch sang tiếng Việt.', "Dư Hoa", "Yu Hua")):
        for glossary in (BUILTIN, Glossary()):
            assert person_in(text, name, glossary).en == en, text
