"""Issue 25 round 90: Vietnamese persons in the words of the readings rounds 83-89 added (bench/data/names/
probes_round90.tsv, written before their first run). A court of China acting on an official (jurisdiction.acts_on)
gave pinyin to Vietnamese officials with a common middle name tried in China for a crime of crossing the border
(Cựu Phó Giám đốc Lương Văn Hòa bị tuyên án 4 năm tù tại tòa án ở Quảng Tây vì buôn lậu): for such a crime the name
must now read Chinese (shape.CHINESE_SHAPED), as for a sentence placed in China with no court. The first test fails
without the narrowing; the mirrors (China's officials tried for bribery, or with a Chinese-shaped name whatever the
crime) stay Chinese."""

from __future__ import annotations

from pipeline.glossary.terms import Glossary
from pipeline.names.persons import find_in_text
from tests.test_names_forms import person_in

BUILTIN = Glossary.from_files()


def test_a_vietnamese_tried_in_china_for_crossing_the_border_stays_vietnamese():
    for text, name in (
            ("Cựu Phó Giám đốc Lương Văn Hòa bị tuyên án 4 năm tù tại tòa án ở Quảng Tây vì buôn lậu.", "Lương Văn Hòa"),
            ("Cựu Chủ tịch xã Vương Văn Tuấn lĩnh án 9 năm tù tại một tòa án ở Phòng Thành Cảng vì tổ chức đưa người "
             "xuất cảnh trái phép.", "Vương Văn Tuấn"),
            ("Cựu Giám đốc Lưu Văn Quý và một đồng phạm bị tuyên án tại tòa án ở Hà Khẩu vì vận chuyển ma túy.",
             "Lưu Văn Quý"),
            ("Cựu Phó Giám đốc Lương Văn Hòa bị một tòa án ở Côn Minh tuyên phạt 4 năm tù vì buôn lậu.", "Lương Văn Hòa"),
            ("Tòa án ở Đông Hưng tuyên án 4 năm tù đối với cựu Phó Giám đốc Lương Văn Hòa vì buôn lậu.", "Lương Văn Hòa"),
            ("Cựu Giám đốc doanh nghiệp Lý Minh Khang bị tuyên án 8 năm tù tại tòa án ở Quảng Đông vì buôn lậu gỗ.",
             "Lý Minh Khang"),
            ("Cựu Trưởng phòng Trương Minh Tuấn bị tuyên án 8 năm tù tại tòa án ở Quảng Tây vì mua bán người.",
             "Trương Minh Tuấn")):
        for glossary in (BUILTIN, Glossary()):
            assert person_in(text, name, glossary).origin == "vietnamese", text


def test_chinas_officials_tried_at_home_stay_chinese():
    for text, name, en in (
            ("Nguyên Bộ trưởng Giao thông Đổng Quế Sinh bị tuyên án tử hình treo tại tòa án ở Thạch Gia Trang.",
             "Đổng Quế Sinh", "Dong Guisheng"),
            ("Cựu Phó Tỉnh trưởng Lưu Gia Dũng bị tuyên án 14 năm tù tại tòa án ở Nam Ninh vì nhận hối lộ.",
             "Lưu Gia Dũng", "Liu Jiayong"),
            # a crime of the border named, and a name that reads Chinese
            ("Cựu Thứ trưởng Hải quan Mạnh Kiến Bình bị tòa án ở Thiên Tân tuyên phạt 12 năm tù vì nhận hối lộ của các "
             "đường dây buôn lậu.", "Mạnh Kiến Bình", "Meng Jianping")):
        for glossary in (BUILTIN, Glossary()):
            person = person_in(text, name, glossary)
            assert (person.origin, person.en) == ("inferred", en), text


def test_a_chinese_firm_by_its_sino_vietnamese_name_is_no_person():
    # (companies.COMPANIES: the firm's bare reading is China's cue, not round 89's two-syllable name said to be China's)
    for text, name in (("Hoa Vi của Trung Quốc ra mắt mẫu điện thoại gập mới tại thị trường Đông Nam Á.", "Hoa Vi"),
                       ("Vạn Đạt của Trung Quốc rút khỏi dự án trung tâm thương mại ở nước ngoài.", "Vạn Đạt"),
                       ("Bách Độ của Trung Quốc công bố mô hình trí tuệ nhân tạo mới.", "Bách Độ"),
                       ("Hải Nhĩ của Trung Quốc mua lại mảng đồ gia dụng của General Electric.", "Hải Nhĩ")):
        for glossary in (BUILTIN, Glossary()):
            assert name not in {p.vi for p in find_in_text(text, glossary)}, text


def test_persons_beside_a_firms_name_stay_as_they_were():
    for text, name, origin, en in (
            ("Mã Long của Trung Quốc trở thành tay vợt đầu tiên giành Grand Slam.", "Mã Long", "inferred", "Ma Long"),
            ("Chủ tịch Vạn Đạt Vương Kiện Lâm từng là người giàu nhất Trung Quốc.", "Vương Kiện Lâm", "inferred",
             "Wang Jianlin"),
            ("Ông Nguyễn Vạn Đạt chủ trì hội nghị tại Hà Nội.", "Nguyễn Vạn Đạt", "vietnamese", "Nguyen Van Dat")):
        for glossary in (BUILTIN, Glossary()):
            person = person_in(text, name, glossary)
            assert (person.origin, person.en) == (origin, en), text
