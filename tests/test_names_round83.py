"""Issue 25 round 83: a court of China, or China's Party discipline body, acting on an official makes the office with
no country China's (jurisdiction.acts_on, round 69), however the press names the court: with an article (bị một tòa án
ở Thiên Tân tuyên phạt), with its province's apposition closed by a comma before the verb (Tòa án ở Trường Xuân, tỉnh
Cát Lâm, tuyên án), or after the sentence it passed, as where (bị tuyên án ... tại tòa án ở Trường Xuân); and China's
discipline body (Ủy ban Kiểm tra Kỷ luật Trung ương Trung Quốc, cơ quan kiểm tra kỷ luật Trung Quốc) investigating or
expelling one is read as its court is. Composed names and sentences; the first test fails without the widening. The
mirrors: a Vietnamese worker or smuggler tried in China (no office), a Vietnamese official tried at home or named with
a Vietnamese place, Vietnam's own discipline body, a delegation meeting China's: none of them becomes Chinese."""

from __future__ import annotations

from pipeline.glossary.terms import Glossary
from tests.test_names_forms import person_in

BUILTIN = Glossary.from_files()


def test_chinas_court_or_discipline_body_acting_on_an_official():
    for text, name in (
            ("Tòa án ở Thường Châu, tỉnh Giang Tô, tuyên án tù chung thân đối với cựu Thứ trưởng Thương mại Khâu Chí "
             "Minh.", "Khâu Chí Minh"),
            ("Cựu Thứ trưởng Tài chính Lạc Chấn Vũ bị một tòa án ở Tế Nam tuyên phạt 12 năm tù vì nhận hối lộ.",
             "Lạc Chấn Vũ"),
            ("Nguyên Bộ trưởng Giao thông Đổng Quế Sinh bị tuyên án tử hình treo tại tòa án ở Thạch Gia Trang.",
             "Đổng Quế Sinh"),
            ("Ủy ban Kiểm tra Kỷ luật Trung ương Trung Quốc thông báo điều tra Mạc Hồng Lâm, nguyên Thứ trưởng Bộ Tài "
             "nguyên.", "Mạc Hồng Lâm"),
            ("Ông Diêu Khải Toàn, cựu Phó Chủ tịch tỉnh, bị cơ quan kiểm tra kỷ luật Trung Quốc điều tra năm 2019.",
             "Diêu Khải Toàn")):
        for glossary in (BUILTIN, Glossary()):
            assert person_in(text, name, glossary).origin == "inferred", text


def test_no_office_or_vietnams_side_stays_as_it_was():
    for text, name, origin in (
            # a driver tried in China holds no office: the court says nothing of whose he is (the default holds)
            ("Tài xế Hứa Văn Lộc bị một tòa án ở Đông Hưng tuyên phạt 5 năm tù vì chở hàng lậu qua biên giới.",
             "Hứa Văn Lộc", "vietnamese"),
            ("Tài xế Diệp Minh Khang bị tuyên án 5 năm tù tại tòa án ở Bằng Tường vì chở hàng lậu qua biên giới.",
             "Diệp Minh Khang", "vietnamese"),
            # an official tried at home, or named with a Vietnamese place, or disciplined by Vietnam's own body
            ("Nguyên Thứ trưởng Công an Lưu Văn Tùng bị tuyên án 8 năm tù tại tòa án ở Hà Nội.", "Lưu Văn Tùng",
             "vietnamese"),
            ("Cựu Phó Cục trưởng Hải quan Lào Cai Lưu Đức Minh bị một tòa án ở Côn Minh tuyên phạt 3 năm tù.",
             "Lưu Đức Minh", "vietnamese"),
            ("Ủy ban Kiểm tra Trung ương đề nghị kỷ luật Thứ trưởng Lâm Văn Hùng vì vi phạm trong công tác cán bộ.",
             "Lâm Văn Hùng", "vietnamese"),
            # meeting China's discipline body is no act of it on the person
            ("Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương Mã Văn Tuấn làm việc với Ủy ban Kiểm tra Kỷ luật Trung ương "
             "Trung Quốc tại Bắc Kinh.", "Mã Văn Tuấn", "vietnamese")):
        for glossary in (BUILTIN, Glossary()):
            assert person_in(text, name, glossary).origin == origin, text


def test_one_voicing_chinas_opposition_speaks_for_china():
    # (setting.voices_chinas_stance: the office convention yields to China's stance in a spokesperson's own words)
    for text, name in (
            ("Người phát ngôn Bộ Ngoại giao Khâu Hải Đình khẳng định Bắc Kinh kiên quyết phản đối mọi hành động can "
             "thiệp vào công việc nội bộ.", "Khâu Hải Đình"),
            ("Người phát ngôn Bộ Quốc phòng Nhạc Thanh Vân tuyên bố Bắc Kinh lên án cuộc tập trận chung gần eo biển.",
             "Nhạc Thanh Vân"),
            ("Phát ngôn viên Diêu Quốc Lương nói Trung Quốc cực lực phản đối lệnh trừng phạt đơn phương.",
             "Diêu Quốc Lương")):
        for glossary in (BUILTIN, Glossary()):
            assert person_in(text, name, glossary).origin == "inferred", text


def test_vietnams_stance_or_chinas_decisions_stay_vietnamese():
    for text, name in (
            # Vietnam's own stance, China its object
            ("Người phát ngôn Bộ Ngoại giao Lưu Thu Hằng khẳng định Việt Nam kiên quyết phản đối việc Trung Quốc triển "
             "khai giàn khoan.", "Lưu Thu Hằng"),
            # China's decision reported, not its stance
            ("Người phát ngôn Bộ Ngoại giao Lưu Thu Hằng cho biết Bắc Kinh đã được thông báo về chuyến thăm.",
             "Lưu Thu Hằng"),
            ("Thứ trưởng Trương Minh Tuấn cho biết Bắc Kinh đã đồng ý mở cửa thị trường cho quả bưởi.",
             "Trương Minh Tuấn"),
            # China's stance reported by one who is no spokesperson (an ambassador, a vice-minister)
            ("Đại sứ Lương Thanh Nghị cho biết Trung Quốc phản đối chủ nghĩa bảo hộ thương mại.", "Lương Thanh Nghị"),
            ("Thứ trưởng Hồ Minh Tuấn cho biết Trung Quốc phản đối việc nhập khẩu tiểu ngạch.", "Hồ Minh Tuấn"),
            # China's stance with Vietnam in the sentence: the envoy reports it from Vietnam's side
            ("Đại sứ Lý Quốc Hùng cho biết Bắc Kinh phản đối việc Hà Nội mở rộng hợp tác dầu khí với các đối tác.",
             "Lý Quốc Hùng")):
        for glossary in (BUILTIN, Glossary()):
            assert person_in(text, name, glossary).origin == "vietnamese", text
