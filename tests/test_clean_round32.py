"""Cleaner round 32 (issue 22): a caption's credit with no colon after its full stop, and two guards that keep a
lead and a hand-wrapped paragraph's first line."""
import pytest

from tests.test_clean import BODY1, BODY2, HEAD, LEAD, clean, page, reasons


@pytest.mark.parametrize("caption", ["Lễ ra mắt mô hình chăn nuôi bò lai sinh sản. Ảnh Lê Lâm",
                                     "Lãnh đạo tỉnh tiếp xúc cử tri tại quận Cầu Giấy. Ảnh VT",
                                     "Đại hội Câu lạc bộ lần thứ II (nhiệm kỳ 2018-2023). Ảnh nguồn GLO."])
def test_a_caption_closed_by_photo_and_who_took_it_without_a_colon(caption):
    art = clean(page(HEAD, LEAD, BODY1, caption, BODY2))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and caption in reasons(art)
    # A sentence that opens on 'Ảnh' goes on past the name: prose, kept.
    story = "Đoàn công tác đã đến thăm nhà truyền thống của xã. Ảnh Bác Hồ được đặt ở vị trí trang trọng nhất."
    assert story in clean(page(HEAD, LEAD, story, BODY2)).paragraphs


def test_a_surname_in_capitals_before_a_dash_is_the_persons_when_the_page_names_them():
    lead = ("Ngày 10/10, ông Junichi KAWAUE – Tổng Lãnh sự, Tổng Lãnh sự quán Nhật Bản tại thành phố Hồ Chí Minh "
            "đã đến thăm tỉnh Bình Thuận và có buổi hội đàm cùng lãnh đạo tỉnh.")
    art = clean(page("Tổng Lãnh sự Nhật Bản Kawaue thăm tỉnh Bình Thuận", lead, BODY1, BODY2))
    assert lead in art.paragraphs


def test_a_headline_like_line_the_next_line_goes_on_from_in_lower_case_is_a_wrapped_paragraph():
    # A file with no blank line, its paragraphs wrapped by hand: the second paragraph's first line reads like a
    # headline under the lead, but the next line finishes its sentence.
    first = "Qua đợt tổ chức kỷ niệm 93 Ngày thành lập Hội Liên hiệp Phụ"
    rest = ("nữ Việt Nam, Ban chấp hành Hội Phụ nữ xã đã vận động các nhà hảo tâm trao tặng 35 phần quà cho những "
            "hội viên có hoàn cảnh khó khăn.")
    art = clean("\n".join([HEAD, LEAD, first, rest, BODY1]) + "\n")
    assert first in " ".join(art.paragraphs) and first not in reasons(art)


def test_dc_abbreviates_dong_chi_before_a_name_in_a_ceremony_caption():
    caption = "Đ/c Nguyễn Minh Lộc, Phó Chủ tịch Hội Nông dân tỉnh trao vốn vay cho hộ hội viên nông dân."
    art = clean(page(HEAD, LEAD, BODY1, caption, BODY2))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and caption in reasons(art)
    # With a tense marker and a count it is the story's sentence, as with 'Đồng chí'.
    story = "Đ/c Nguyễn Minh Lộc, Phó Chủ tịch Hội Nông dân tỉnh đã trao 600 triệu đồng vốn vay cho 16 hộ hội viên."
    assert story in clean(page(HEAD, LEAD, BODY1, story, BODY2)).paragraphs


def test_posted_by_names_the_poster_under_the_headline_or_further_down():
    art = clean(page(HEAD, "bởi Linh", LEAD, BODY1, BODY2))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and "bởi Linh" in reasons(art) and art.author == "Linh"
    art = clean(page(HEAD, LEAD, BODY1, BODY2, "Đăng bởi: Hân Nguyễn"))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and "Đăng bởi: Hân Nguyễn" in reasons(art)
    # 'bởi' then a word in lower case is no poster's name.
    assert "bởi vậy" in " ".join(clean(page(HEAD, "bởi vậy", LEAD, BODY1, BODY2)).paragraphs)
