"""Cleaner round 42 (issue 22): captions with no credit the line rules read, on pages no rule was written for. A
caption closed by its credit in a form the credit patterns miss (a glued separator, a table's bar, 'Hình' for
'Ảnh', a screen capture's source, a video's credit after the stop, who took it and their agency parted by a
slash)."""
import pytest

from tests.test_clean import BODY1, BODY2, BODY3, HEAD, LEAD, clean, page

LOOSE = [
    "Người dân phường Tân Định dọn dẹp vệ sinh sau trận mưa lớn-Ảnh Hg",
    "Đàn chim di cư về đậu trên cánh đồng xã Phú Lộc (Cần Thơ)_ ảnh Lê Văn Hòa",
    "Nhiều cửa hàng đóng cửa sớm vì vắng khách trong mùa mưa. (Hình minh họa / VTCNews)",
    "Hiện trường vụ tai nạn trên quốc lộ 1A sáng nay. Ảnh chụp màn hình: ABC News",
    "Ca sĩ biểu diễn trong đêm nhạc ở nhà hát lớn. Video: Trần Minh Quang",
    "Thủ tướng Canada phát biểu tại cuộc họp báo ở Ottawa. Sean Kilpatrick/Canadian Press",
    "Một góc gian hàng gốm sứ trong hội chợ tuần qua. (Hoàng Nam/ Sài Gòn Tiếp Thị)",
    "Hai nhà lãnh đạo bắt tay trước cuộc hội đàm tại Tokyo ngày 12/3/2024.AFP/Kim Kyung-Hoon,POOL",
]


@pytest.mark.parametrize("line", LOOSE)
def test_a_caption_closed_by_a_loose_credit_goes_as_a_caption(line):
    art = clean(page(HEAD, LEAD, BODY2, line, BODY3))
    assert line not in art.paragraphs
    assert any(c.credit for c in art.captions)


def test_a_credited_caption_closed_by_a_tables_bar_under_the_headline_goes():
    # between paragraphs a page's cells are read as a table's; the lead picture's caption right under the
    # headline is read by its credit alone
    line = "Các em học sinh nhận học bổng tại buổi lễ sáng qua. (Ảnh: TTXVN) |"
    art = clean(page(HEAD, line, LEAD, BODY2, BODY3))
    assert line not in art.paragraphs and art.title == HEAD
    assert any(c.credit == "Ảnh: TTXVN" for c in art.captions)


@pytest.mark.parametrize("line", [
    "Giá xăng tăng mạnh từ chiều nay. Video: Xem toàn cảnh vụ cháy lớn ở quận 8",  # a link to another story
    "Xe đạt tốc độ tối đa 320 km/h. Audi R8 V10/V10 Plus",  # figures on both sides of the slash
    "| Hạng mục | Tiền thưởng | Tương đương |",  # a table's row
    "Ông ấy nói rằng việc này ảnh hưởng lớn tới người dân-ảnh hưởng kéo dài",  # 'ảnh hưởng' is a word
    "Hàng nghìn người đã đến xem cuộc triển lãm tranh-ảnh nghệ thuật",  # no name after the glued word
    "Giá vé máy bay khứ hồi chặng này hiện khoảng 2 triệu đồng (Hà Nội/ Hải Phòng)",  # a route, no caption's stop
])
def test_a_line_with_no_credit_in_those_forms_stays(line):
    art = clean(page(HEAD, LEAD, BODY2, line, BODY3))
    assert line in art.paragraphs


# An image's file glued to the words beside it (pictures.glued_files).
@pytest.mark.parametrize("line", [
    "Sở Văn hóa tỉnh Lâm Đồnghttps://sovhtt.lamdong.gov.vn/uploads/logo-so.png",  # alt text run into the address
    "a8Kq2mZt.jpgPhóng to",  # the file name run into the zoom button's label
])
def test_an_image_file_glued_to_words_goes(line):
    art = clean(page(HEAD, LEAD, BODY2, line, BODY3))
    assert line not in " ".join(art.paragraphs)
    assert any(r.reason == "image-file" for r in art.removed)


def test_a_sentence_naming_a_file_stays():
    line = "Tin tặc gửi kèm tệp hoadon.jpg chứa mã độc tới hàng nghìn hộp thư của doanh nghiệp trong tuần qua."
    art = clean(page(HEAD, LEAD, BODY2, line, BODY3))
    assert line in art.paragraphs


# A picture's file name with its extension dropped, alone on its line (pictures.IMAGE_RE).
@pytest.mark.parametrize("line", ["thitruong7", "banner2", "hinh-3"])
def test_a_file_name_without_its_extension_goes(line):
    art = clean(page(HEAD, LEAD, BODY2, line, BODY3))
    assert line not in art.paragraphs


@pytest.mark.parametrize("line", ["U23", "G20", "Euro2024", "Mazda3", "CX-5", "COVID-19"])
def test_a_code_or_a_year_alone_is_no_file_name(line):
    art = clean(page(HEAD, LEAD, BODY2, line, BODY3))
    assert any(line in p for p in art.paragraphs)
