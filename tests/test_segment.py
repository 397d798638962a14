"""Tests for pipeline.text.segment: paragraphs and sentences (split_long: test_clauses.py).

Fast and self-contained: real text is inlined (taken from inputs/*.txt and the
vi-news corpus), nothing is read from /work/shared.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.text.segment import split_paragraphs, split_sentences


def nows(s: str) -> str:
    return "".join(s.split())


# ---------------------------------------------------------------------------
# split_paragraphs
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("A một.\n\nB hai.\n\n\nC ba.", ["A một.", "B hai.", "C ba."], id="blank-lines"),
        pytest.param("A một.\nvẫn A.\n\nB hai.", ["A một. vẫn A.", "B hai."], id="block-keeps-lines-joined"),
        pytest.param("A một.\nB hai.\n\nC ba.\n", ["A một. B hai.", "C ba."], id="blank-line-anywhere-wins"),
        pytest.param("A một.\nB hai.\n  \nC ba.", ["A một. B hai.", "C ba."], id="whitespace-only-line-is-blank"),
        pytest.param("A một.\nB hai.\nC ba.", ["A một.", "B hai.", "C ba."], id="no-blank-lines-one-per-line"),
        pytest.param("\n\nA một.\nB hai.\n\n", ["A một.", "B hai."], id="outer-blank-lines-ignored"),
        pytest.param("  A   một\t hai  \n\n  B  ", ["A một hai", "B"], id="collapse-whitespace"),
        pytest.param("A một.\r\n\r\nB hai.\r\n", ["A một.", "B hai."], id="crlf"),
        pytest.param("", [], id="empty"),
        pytest.param(" \n\t\n ", [], id="whitespace-only"),
    ],
)
def test_split_paragraphs(text, expected):
    assert split_paragraphs(text) == expected


@given(st.text())
def test_split_paragraphs_keeps_all_text(text):
    paras = split_paragraphs(text)
    assert nows("".join(paras)) == nows(text)
    assert all(p and p == p.strip() and "\n" not in p and "  " not in p for p in paras)


# ---------------------------------------------------------------------------
# split_sentences: edge cases, one per case
# ---------------------------------------------------------------------------

CASES = [
    # --- dates, numbers, times, versions: never a break
    ("date-d.m.yyyy",
     "Chiều 10.1.2024, tại Hà Nội, hai bên hội đàm. Cùng dự có đại diện hai bộ.",
     ["Chiều 10.1.2024, tại Hà Nội, hai bên hội đàm.", "Cùng dự có đại diện hai bộ."]),
    ("date-m.yyyy",
     "Chuyến thăm vào tháng 12.2023 và hội nghị tháng 9.2023. Hai bên nhất trí.",
     ["Chuyến thăm vào tháng 12.2023 và hội nghị tháng 9.2023.", "Hai bên nhất trí."]),
    ("date-slashes",
     "Ngày 24/11/2020, tại Hà Nội, đã diễn ra Đối thoại. Hai bên hội đàm.",
     ["Ngày 24/11/2020, tại Hà Nội, đã diễn ra Đối thoại.", "Hai bên hội đàm."]),
    ("numbers",
     "Giá 40.000 đồng, tăng 3,5% và đạt 1.234.567 lượt. Sau đó giá giảm.",
     ["Giá 40.000 đồng, tăng 3,5% và đạt 1.234.567 lượt.", "Sau đó giá giảm."]),
    ("decimal-point",
     "Cô cao 1,65 mét, nặng 50.5 kg. Cô sinh năm 1998.",
     ["Cô cao 1,65 mét, nặng 50.5 kg.", "Cô sinh năm 1998."]),
    ("times",
     "Phiên họp diễn ra lúc 8.30 sáng, kết thúc lúc 21:00. Sau đó là họp báo.",
     ["Phiên họp diễn ra lúc 8.30 sáng, kết thúc lúc 21:00.", "Sau đó là họp báo."]),
    ("version",
     "Phiên bản iOS 14.5.1 đã ra mắt. Người dùng nên cập nhật.",
     ["Phiên bản iOS 14.5.1 đã ra mắt.", "Người dùng nên cập nhật."]),
    ("year-then-digit-sentence",
     "Năm 2020 có dịch. 121 người bị cách ly.",
     ["Năm 2020 có dịch.", "121 người bị cách ly."]),
    # --- abbreviations and titles
    ("TP.HCM",
     "Tại TP.HCM, ông A nói vậy. Bà B đồng ý.",
     ["Tại TP.HCM, ông A nói vậy.", "Bà B đồng ý."]),
    ("TP.HCM-ends-sentence",
     "Ông về quê từ TP.HCM. Đường kẹt cứng.",
     ["Ông về quê từ TP.HCM.", "Đường kẹt cứng."]),
    ("TP.-space-HCM",
     "Người dân TP. HCM đổ về quê. Đường kẹt cứng.",
     ["Người dân TP. HCM đổ về quê.", "Đường kẹt cứng."]),
    ("PGS.TS.",
     "Theo PGS.TS. Nguyễn Văn A, đây là vấn đề lớn. Ông nói thêm.",
     ["Theo PGS.TS. Nguyễn Văn A, đây là vấn đề lớn.", "Ông nói thêm."]),
    ("PGS.",
     "Hay như lời kể của PGS. Phạm Anh Tuấn - Giám đốc Trung tâm. Ông nói.",
     ["Hay như lời kể của PGS. Phạm Anh Tuấn - Giám đốc Trung tâm.", "Ông nói."]),
    ("GS.TS",
     "GS.TS Trần Văn B cho biết như vậy. Ông là chuyên gia.",
     ["GS.TS Trần Văn B cho biết như vậy.", "Ông là chuyên gia."]),
    ("Th.S",
     "Th.S. Lê Văn C phát biểu. Ông nói tiếp.",
     ["Th.S. Lê Văn C phát biểu.", "Ông nói tiếp."]),
    ("ThS.",
     "ThS. Phạm Văn D là giảng viên. Anh cho biết.",
     ["ThS. Phạm Văn D là giảng viên.", "Anh cho biết."]),
    ("TS.",
     "TS. Lê Đức Dũng đã nghiên cứu. Công trình được giải.",
     ["TS. Lê Đức Dũng đã nghiên cứu.", "Công trình được giải."]),
    ("BS.",
     "Theo BS. Trần Văn Trung, trẻ cần theo dõi. Phụ huynh chú ý.",
     ["Theo BS. Trần Văn Trung, trẻ cần theo dõi.", "Phụ huynh chú ý."]),
    ("Tp.",
     "Tp. Hà Nội có 30 quận huyện. Dân số tăng.",
     ["Tp. Hà Nội có 30 quận huyện.", "Dân số tăng."]),
    ("P.-Q.-addresses",
     "Nhà ở P. Bến Nghé, Q. 1 rất đắt. Giá tăng mạnh.",
     ["Nhà ở P. Bến Nghé, Q. 1 rất đắt.", "Giá tăng mạnh."]),
    ("St.",
     "Ông sống ở St. Petersburg nhiều năm. Sau đó về nước.",
     ["Ông sống ở St. Petersburg nhiều năm.", "Sau đó về nước."]),
    ("Mr.",
     "Mr. Bean đến Việt Nam. Khán giả chào đón.",
     ["Mr. Bean đến Việt Nam.", "Khán giả chào đón."]),
    ("Đ/c",
     "Đ/c Nguyễn Văn A phát biểu. Đ/c B đồng ý.",
     ["Đ/c Nguyễn Văn A phát biểu.", "Đ/c B đồng ý."]),
    ("v.v.-mid-sentence",
     "Gạo, muối, mắm v.v. đều tăng giá. Người dân lo lắng.",
     ["Gạo, muối, mắm v.v. đều tăng giá.", "Người dân lo lắng."]),
    ("v.v.-ends-sentence",
     "Chợ bán gạo, muối v.v. Người dân vẫn lo.",
     ["Chợ bán gạo, muối v.v.", "Người dân vẫn lo."]),
    # --- initials and names
    ("initials-N.V.A",
     "Bệnh nhân N.V.A có dấu hiệu sốt. Vợ của bệnh nhân N.V.A. chụp phim.",
     ["Bệnh nhân N.V.A có dấu hiệu sốt.", "Vợ của bệnh nhân N.V.A. chụp phim."]),
    ("initials-before-bracket",
     "Có bệnh nhân N.T.Q.C. (SN 2020) là con bệnh nhân 2899. Do bệnh nhân mới 1 tuổi.",
     ["Có bệnh nhân N.T.Q.C. (SN 2020) là con bệnh nhân 2899.", "Do bệnh nhân mới 1 tuổi."]),
    ("name-initial-before-bracket",
     "Đơn trình báo của ông Vũ Thế L. (sinh năm 1988) gửi công an. Ông L. có giao kết hợp đồng.",
     ["Đơn trình báo của ông Vũ Thế L. (sinh năm 1988) gửi công an.", "Ông L. có giao kết hợp đồng."]),
    ("name-initial-ends-sentence",
     "Nghi phạm là Nguyễn Văn T. Trước đó, T. đã bỏ trốn.",
     ["Nghi phạm là Nguyễn Văn T.", "Trước đó, T. đã bỏ trốn."]),
    ("person-title-then-initial",
     "Công an triệu tập anh P. Anh P. khai nhận.",
     ["Công an triệu tập anh P.", "Anh P. khai nhận."]),
    ("foreign-middle-initial",
     "Phim kể về nhà biên kịch Herman J. Mankiewicz và đạo diễn. Phim được khen.",
     ["Phim kể về nhà biên kịch Herman J. Mankiewicz và đạo diễn.", "Phim được khen."]),
    ("proper-name-after-period",
     "Đồng chủ trì có ông Trần Tư Nguyên. Cùng dự có đại diện lãnh đạo.",
     ["Đồng chủ trì có ông Trần Tư Nguyên.", "Cùng dự có đại diện lãnh đạo."]),
    # --- ellipses
    ("ellipsis-lowercase",
     "Hợp tác trên các lĩnh vực… và tiếp tục phát triển. Hai bên nhất trí.",
     ["Hợp tác trên các lĩnh vực… và tiếp tục phát triển.", "Hai bên nhất trí."]),
    ("three-dots-lowercase",
     "Các vật sắc nhọn như tăm tre, đầu kim... trẻ phải theo dõi. Bác sĩ khuyến cáo.",
     ["Các vật sắc nhọn như tăm tre, đầu kim... trẻ phải theo dõi.", "Bác sĩ khuyến cáo."]),
    ("ellipsis-uppercase",
     "Quan hệ được củng cố trên các lĩnh vực… Việc hợp tác có hiệu quả.",
     ["Quan hệ được củng cố trên các lĩnh vực…", "Việc hợp tác có hiệu quả."]),
    ("ellipsis-before-digit",
     "Hợp đồng kéo dài trong suốt … 25 năm. Đó là kỷ lục.",
     ["Hợp đồng kéo dài trong suốt … 25 năm.", "Đó là kỷ lục."]),
    # --- quotes
    ("quote-straight-closing",
     'Ông nói: "Tôi đồng ý." Sau đó ông rời đi.',
     ['Ông nói: "Tôi đồng ý."', "Sau đó ông rời đi."]),
    ("quote-curly-closing",
     "Ông nói: “Tôi đồng ý.” Sau đó ông rời đi.",
     ["Ông nói: “Tôi đồng ý.”", "Sau đó ông rời đi."]),
    ("quote-closes-one-opened-on-another-line",
     'Tôi đồng ý." Sau đó ông rời đi.',
     ['Tôi đồng ý."', "Sau đó ông rời đi."]),
    ("quote-mid-sentence",
     'Hai bên chống âm mưu "diễn biến hòa bình", "bạo loạn lật đổ" của các thế lực thù địch.',
     ['Hai bên chống âm mưu "diễn biến hòa bình", "bạo loạn lật đổ" của các thế lực thù địch.']),
    ("quote-question-then-lowercase",
     'Chị đặt vấn đề "Tiền từ đâu mà có?" cho con. Từ đó giải thích.',
     ['Chị đặt vấn đề "Tiền từ đâu mà có?" cho con.', "Từ đó giải thích."]),
    ("quote-question-then-comma",
     '"Có ý định quay lại bất động sản không?", cổ đông nói. Ông Long trả lời.',
     ['"Có ý định quay lại bất động sản không?", cổ đông nói.', "Ông Long trả lời."]),
    ("quote-opens-next-sentence",
     'Công ty quyết định làm container. "Mảng này thường nằm trong chuỗi giá trị", ông nói.',
     ["Công ty quyết định làm container.", '"Mảng này thường nằm trong chuỗi giá trị", ông nói.']),
    ("quote-multi-sentence",
     '"Sớm muộn cũng phải đa ngành. Nhưng không bằng mọi giá", lời ông Long.',
     ['"Sớm muộn cũng phải đa ngành.', 'Nhưng không bằng mọi giá", lời ông Long.']),
    # --- brackets
    ("bracket-own-sentence",
     "Chả áp lực gì cả đâu. (Cười lớn). Tỷ phú vẫn cà phê vỉa hè.",
     ["Chả áp lực gì cả đâu.", "(Cười lớn).", "Tỷ phú vẫn cà phê vỉa hè."]),
    ("bracket-then-period",
     "Chả biết có phải Hà Nội không nữa (Cười lớn). Giờ tôi muốn quy về một mối.",
     ["Chả biết có phải Hà Nội không nữa (Cười lớn).", "Giờ tôi muốn quy về một mối."]),
    ("period-inside-bracket",
     "Bé P.T.A (13 tuổi, trú huyện Thanh Chương. Nghệ An) nuốt tăm. Bé được mổ.",
     ["Bé P.T.A (13 tuổi, trú huyện Thanh Chương. Nghệ An) nuốt tăm.", "Bé được mổ."]),
    ("sentence-ends-inside-bracket",
     "Nhà hát Globe ở London. (Ảnh: Wikimedia.) Đây là công trình cổ.",
     ["Nhà hát Globe ở London.", "(Ảnh: Wikimedia.)", "Đây là công trình cổ."]),
    ("VOH-dash",
     "(VOH) - Ngày 24/11/2020, tại Hà Nội, đã diễn ra Đối thoại. Hai bên hội đàm.",
     ["(VOH) - Ngày 24/11/2020, tại Hà Nội, đã diễn ra Đối thoại.", "Hai bên hội đàm."]),
    # --- URLs, e-mail, end marks
    ("email-ends-sentence",
     "Độc giả gửi bài về hộp thư giaoduc@dantri.com.vn. Trân trọng cám ơn!",
     ["Độc giả gửi bài về hộp thư giaoduc@dantri.com.vn.", "Trân trọng cám ơn!"]),
    ("url",
     "Xem tại https://dantri.com.vn/a.b.htm để biết thêm. Ông nói vậy.",
     ["Xem tại https://dantri.com.vn/a.b.htm để biết thêm.", "Ông nói vậy."]),
    ("end-mark-../.",
     "Hai bên tăng cường hợp tác trong các khuôn khổ đa phương.../.",
     ["Hai bên tăng cường hợp tác trong các khuôn khổ đa phương.../."]),
    ("end-mark-./.-then-text",
     "Hội nghị kết thúc./. Sáng nay, đoàn về nước.",
     ["Hội nghị kết thúc./.", "Sáng nay, đoàn về nước."]),
    # --- terminal punctuation variants and what follows
    ("?!", "Thật vậy sao?! Tôi không tin.", ["Thật vậy sao?!", "Tôi không tin."]),
    ("!!", "Tuyệt vời!! Đội tuyển đã thắng.", ["Tuyệt vời!!", "Đội tuyển đã thắng."]),
    ("question-then-uppercase",
     "Ông thấy sao? Hòa Phát có lấy ai làm thần tượng không?",
     ["Ông thấy sao?", "Hòa Phát có lấy ai làm thần tượng không?"]),
    ("!-then-bracket", "- Đúng rồi! (Cười lớn). Tôi sinh ngày 22.",
     ["- Đúng rồi!", "(Cười lớn).", "Tôi sinh ngày 22."]),
    ("upper-Đ", "Ông đi rồi. Đường còn xa.", ["Ông đi rồi.", "Đường còn xa."]),
    ("upper-Ơ", "Tôi hỏi lại. Ơ không, tôi bình thường.", ["Tôi hỏi lại.", "Ơ không, tôi bình thường."]),
    ("upper-Ư", "Việc này xong. Ưu tiên tiếp theo là vốn.", ["Việc này xong.", "Ưu tiên tiếp theo là vốn."]),
    ("upper-Ả", "Quang cảnh buổi hội đàm. Ảnh: TTXVN phát", ["Quang cảnh buổi hội đàm.", "Ảnh: TTXVN phát"]),
    ("upper-Ô", "Cảm giác bình thường. Ông nội tôi ở Nam Định.", ["Cảm giác bình thường.", "Ông nội tôi ở Nam Định."]),
    ("lowercase-after-period",
     "Số liệu tính đến ngày 30/4. và tiếp tục cập nhật.",
     ["Số liệu tính đến ngày 30/4. và tiếp tục cập nhật."]),
    ("camelcase-brand-starts-sentence",
     "Apple vừa ra mắt sản phẩm mới. iPhone 13 có ba phiên bản.",
     ["Apple vừa ra mắt sản phẩm mới.", "iPhone 13 có ba phiên bản."]),
    # --- numbered lists
    ("numbered-list-lines",
     "Các bước:\n1. Kích hoạt xác thực.\n2. Thêm email.",
     ["Các bước:", "1. Kích hoạt xác thực.", "2. Thêm email."]),
    ("numbered-list-inline",
     "Các bước gồm: 1. Kích hoạt xác thực. 2. Thêm email.",
     ["Các bước gồm: 1. Kích hoạt xác thực.", "2. Thêm email."]),
    ("numbered-list-glued",
     '1. Kích hoạt "Xác thực 2 yếu tố".2. Thêm email liên hệ.3. Thêm liên hệ tin cậy.',
     ['1. Kích hoạt "Xác thực 2 yếu tố".', "2. Thêm email liên hệ.", "3. Thêm liên hệ tin cậy."]),
    ("roman-numeral-heading",
     "II. Nhiệm vụ năm 2024 gồm ba phần. Phần một là an ninh.",
     ["II. Nhiệm vụ năm 2024 gồm ba phần.", "Phần một là an ninh."]),
    # --- glued sentences from real crawls
    ("glued-word.Upper",
     "Ông được trao Huân chương Lenin.Năm 1989 là Phó Tư lệnh.",
     ["Ông được trao Huân chương Lenin.", "Năm 1989 là Phó Tư lệnh."]),
    ("glued-year.Upper",
     "Phim đoạt 4 giải tại Oscar 2021.Trong phim, Fern mạnh mẽ.",
     ["Phim đoạt 4 giải tại Oscar 2021.", "Trong phim, Fern mạnh mẽ."]),
    ("glued-opening-quote",
     'Công ty ông có lợi thế."Không phải Hòa Phát tài cán", ông nói.',
     ["Công ty ông có lợi thế.", '"Không phải Hòa Phát tài cán", ông nói.']),
    ("glued-after-closing-quote",
     'Cảm ơn cho những kỷ niệm đã có".Các biểu ngữ khác cũng vậy.',
     ['Cảm ơn cho những kỷ niệm đã có".', "Các biểu ngữ khác cũng vậy."]),
    ("glued-initial-not-split", "T.ThủyTheo The Verge", ["T.ThủyTheo The Verge"]),
    ("glued-X.quang-not-split", "Bé được chụp X.quang tìm tổn thương.", ["Bé được chụp X.quang tìm tổn thương."]),
    ("glued-TP.HCMra-not-split",
     "Anh đi từ quận Thủ Đức TP.HCMra xe về miền Tây.",
     ["Anh đi từ quận Thủ Đức TP.HCMra xe về miền Tây."]),
    # --- line breaks and interview dashes
    ("line-ends-with-period",
     "Dòng một kết thúc.\nDòng hai kết thúc.",
     ["Dòng một kết thúc.", "Dòng hai kết thúc."]),
    ("caption-line-without-period",
     "Toàn cảnh hội nghị\nThứ trưởng Lê Quốc Hùng phát biểu tại hội nghị.",
     ["Toàn cảnh hội nghị", "Thứ trưởng Lê Quốc Hùng phát biểu tại hội nghị."]),
    ("hard-wrapped-line",
     "Hai bên thống nhất tăng cường\nhợp tác an ninh. Đoàn về nước.",
     ["Hai bên thống nhất tăng cường hợp tác an ninh.", "Đoàn về nước."]),
    ("blank-line-always-breaks",
     "Đoạn một không có dấu chấm\n\nvà đoạn hai.",
     ["Đoạn một không có dấu chấm", "và đoạn hai."]),
    ("dash-led-answer-line",
     "Vì ông đã quá quen rồi?\n- Thì tôi đoán là do cũng không có gì mới.",
     ["Vì ông đã quá quen rồi?", "- Thì tôi đoán là do cũng không có gì mới."]),
    ("dash-led-answer-inline",
     "Vì ông đã quá quen rồi? - Thì tôi đoán vậy.",
     ["Vì ông đã quá quen rồi?", "- Thì tôi đoán vậy."]),
    ("dash-in-names-not-split",
     "Quan hệ Việt Nam - Trung Quốc phát triển. Hai bên nhất trí.",
     ["Quan hệ Việt Nam - Trung Quốc phát triển.", "Hai bên nhất trí."]),
    ("no-terminal-punctuation",
     "Bộ Công an Việt Nam - Bộ Công an Trung Quốc ký kết Bản ghi nhớ",
     ["Bộ Công an Việt Nam - Bộ Công an Trung Quốc ký kết Bản ghi nhớ"]),
    ("empty", "", []),
    ("whitespace-only", "  \n\t ", []),
]


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=i) for i, t, e in CASES])
def test_split_sentences_edge_cases(text, expected):
    assert split_sentences(text) == expected


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# ---------------------------------------------------------------------------
# split_sentences: real multi-sentence paragraphs from inputs/*.txt
# ---------------------------------------------------------------------------

REAL = [
    ("inputs-000-names",
     "Trung tướng Lê Quốc Hùng, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an Việt Nam và ông Trần "
     "Tư Nguyên, Thứ trưởng Bộ Công an Trung Quốc đồng chủ trì hội nghị. Cùng dự có đại diện lãnh đạo "
     "các đơn vị nghiệp vụ hai bộ.",
     ["Trung tướng Lê Quốc Hùng, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an Việt Nam và ông Trần "
      "Tư Nguyên, Thứ trưởng Bộ Công an Trung Quốc đồng chủ trì hội nghị.",
      "Cùng dự có đại diện lãnh đạo các đơn vị nghiệp vụ hai bộ."]),
    ("inputs-000-dates",
     "Hội nghị nhằm triển khai thực hiện Tuyên bố chung Việt Nam - Trung Quốc trong chuyến thăm cấp "
     "Nhà nước đến Việt Nam của Tổng bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình vào tháng 12.2023 "
     "và nhận thức chung tại Hội nghị cấp bộ trưởng về phòng, chống tội phạm lần thứ 8 giữa Bộ Công an "
     "hai nước vào tháng 9.2023.",
     ["Hội nghị nhằm triển khai thực hiện Tuyên bố chung Việt Nam - Trung Quốc trong chuyến thăm cấp "
      "Nhà nước đến Việt Nam của Tổng bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình vào tháng 12.2023 "
      "và nhận thức chung tại Hội nghị cấp bộ trưởng về phòng, chống tội phạm lần thứ 8 giữa Bộ Công an "
      "hai nước vào tháng 9.2023."]),
    ("inputs-001-brackets",
     "Đây là Hội nghị có ý nghĩa quan trọng trong quan hệ giữa hai nước. Đồng thời, Hội nghị là dịp để "
     "Bộ Công an hai nước đánh giá kết quả triển khai các thỏa thuận hợp tác giữa hai bộ từ Hội nghị lần "
     "thứ 6 tại Bắc Kinh, Trung Quốc (tháng 10/2018) đến nay, đề ra các biện pháp thúc đẩy hợp tác đến "
     "năm 2022.",
     ["Đây là Hội nghị có ý nghĩa quan trọng trong quan hệ giữa hai nước.",
      "Đồng thời, Hội nghị là dịp để Bộ Công an hai nước đánh giá kết quả triển khai các thỏa thuận hợp "
      "tác giữa hai bộ từ Hội nghị lần thứ 6 tại Bắc Kinh, Trung Quốc (tháng 10/2018) đến nay, đề ra các "
      "biện pháp thúc đẩy hợp tác đến năm 2022."]),
    ("inputs-002-caption-credit",
     "Quang cảnh buổi hội đàm. Ảnh: TTXVN phát",
     ["Quang cảnh buổi hội đàm.", "Ảnh: TTXVN phát"]),
    ("inputs-003-ellipses",
     "Thời gian qua, mặc dù tình hình dịch bệnh diễn biến phức tạp, quan hệ hợp tác Việt – Trung không "
     "ngừng được củng cố trên các lĩnh vực… Việc hợp tác chặt chẽ có hiệu quả giữa Bộ Công an Việt Nam "
     "và Bộ An ninh Quốc gia Trung Quốc sẽ góp phần quan trọng đưa quan hệ hữu nghị hợp tác giữa hai "
     "quốc gia Việt Nam – Trung Quốc phát triển lên tầm cao mới…",
     ["Thời gian qua, mặc dù tình hình dịch bệnh diễn biến phức tạp, quan hệ hợp tác Việt – Trung không "
      "ngừng được củng cố trên các lĩnh vực…",
      "Việc hợp tác chặt chẽ có hiệu quả giữa Bộ Công an Việt Nam và Bộ An ninh Quốc gia Trung Quốc sẽ "
      "góp phần quan trọng đưa quan hệ hữu nghị hợp tác giữa hai quốc gia Việt Nam – Trung Quốc phát "
      "triển lên tầm cao mới…"]),
    ("inputs-004-quotes",
     "Lãnh đạo Bộ Công an hai nước đã thống nhất tăng cường trao đổi thông tin, hợp tác về các lĩnh vực "
     "chống tội phạm, nhất là tội phạm kinh tế, tội phạm lợi dụng công nghệ cao, chống âm mưu \"diễn "
     "biến hòa bình\", \"bạo loạn lật đổ\", \"cách mạng màu\" của các thế lực thù địch.",
     ["Lãnh đạo Bộ Công an hai nước đã thống nhất tăng cường trao đổi thông tin, hợp tác về các lĩnh "
      "vực chống tội phạm, nhất là tội phạm kinh tế, tội phạm lợi dụng công nghệ cao, chống âm mưu "
      "\"diễn biến hòa bình\", \"bạo loạn lật đổ\", \"cách mạng màu\" của các thế lực thù địch."]),
    ("inputs-004-three-sentences",
     "Công an hai nước sẽ thúc đẩy hợp tác trao đổi kinh nghiệm trong lĩnh vực kỹ thuật nghiệp vụ, công "
     "nghệ cao, an ninh mạng; tập huấn nghiệp vụ và ngoại ngữ. Vai trò của Cơ quan Đại diện hai Bộ sẽ "
     "được nâng cao. Thứ trưởng Lương Tam Quang làm việc với Thứ trưởng Hứa Cam Lộ. Ảnh: Hiếu Nguyễn",
     ["Công an hai nước sẽ thúc đẩy hợp tác trao đổi kinh nghiệm trong lĩnh vực kỹ thuật nghiệp vụ, "
      "công nghệ cao, an ninh mạng; tập huấn nghiệp vụ và ngoại ngữ.",
      "Vai trò của Cơ quan Đại diện hai Bộ sẽ được nâng cao.",
      "Thứ trưởng Lương Tam Quang làm việc với Thứ trưởng Hứa Cam Lộ.",
      "Ảnh: Hiếu Nguyễn"]),
    ("inputs-000-lines",
     "Chiều 10.1.2024, tại Hà Nội, Bộ Công an Việt Nam và Bộ Công an Trung Quốc phối hợp tổ chức Hội "
     "nghị đối thoại cấp thứ trưởng về an ninh chính trị lần thứ nhất.\nTheo dòng thời sự\n\n"
     "Bộ Công an 10/01/2024 21:00\n\nk1.jpg\nToàn cảnh hội nghị",
     ["Chiều 10.1.2024, tại Hà Nội, Bộ Công an Việt Nam và Bộ Công an Trung Quốc phối hợp tổ chức Hội "
      "nghị đối thoại cấp thứ trưởng về an ninh chính trị lần thứ nhất.",
      "Theo dòng thời sự", "Bộ Công an 10/01/2024 21:00", "k1.jpg", "Toàn cảnh hội nghị"]),
    ("corpus-interview",
     "- Không bao giờ. (Cười lớn). Gì chứ phong thủy thì không có chuyện đó. Còn tại sao bao năm "
     "không đổi thì nói thật là tôi cũng ngại lắm.",
     ["- Không bao giờ.", "(Cười lớn).", "Gì chứ phong thủy thì không có chuyện đó.",
      "Còn tại sao bao năm không đổi thì nói thật là tôi cũng ngại lắm."]),
]


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=i) for i, t, e in REAL])
def test_split_sentences_real_paragraphs(text, expected):
    assert split_sentences(text) == expected


# ---------------------------------------------------------------------------
# split_sentences: properties
# ---------------------------------------------------------------------------

# characters that exercise every rule: terminal punctuation, quotes, brackets,
# dashes, digits, Vietnamese capitals, newlines
_TRICKY = st.text(
    alphabet=st.sampled_from(list(".!?…/\"“”'’()[]-–:,; \n\t0123456789TPHCMNVAĐƠƯẢaăâđêôơưàáạbchikmnostuvx@")),
    max_size=200,
)


def _check_cover(text: str):
    sents = split_sentences(text)
    assert nows("".join(sents)) == nows(text)
    assert all(s and s == s.strip() for s in sents)
    assert all("\n" not in s for s in sents)


@given(st.text())
def test_split_sentences_covers_arbitrary_text(text):
    _check_cover(text)


@settings(max_examples=500)
@given(_TRICKY)
def test_split_sentences_covers_punctuation_heavy_text(text):
    _check_cover(text)


@given(st.lists(st.sampled_from([c[1] for c in CASES] + [r[1] for r in REAL]), min_size=1, max_size=4),
       st.sampled_from([" ", "\n", "\n\n"]))
def test_split_sentences_concatenated_cases(parts, sep):
    """Joining known paragraphs never merges sentences across a blank line and never
    loses text."""
    text = sep.join(parts)
    _check_cover(text)
    if sep == "\n\n":
        expected = [s for p in parts for s in split_sentences(p)]
        assert split_sentences(text) == expected


def test_split_sentences_is_deterministic_and_idempotent():
    text = " ".join(c[1] for c in CASES if "\n" not in c[1])
    first = split_sentences(text)
    assert first == split_sentences(text)
    for s in first:
        assert split_sentences(s) == [s]


def test_capitals_class_holds_no_lower_case_letter():
    # The range À-Ỹ interleaves capitals and small letters: a class built on it read "đã" or "ở" as a capital.
    from pipeline.text.tokens import CAPITALS

    capital = re.compile(rf"[{CAPITALS}]")
    assert all(capital.match(ch) for ch in "AZĐÀẠỸƯƠÔÊĂÂ")
    assert not any(capital.match(ch) for ch in "azđàạỹươôêăâởđã")
