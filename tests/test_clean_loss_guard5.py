"""The loss guard, round five (issue 22): with no title found, the headline a layout rule took over the page's first
kept line (a caption under an image's file, a related link under a widget) is the page's headline
(ownhead.layout_headline); a caption printed first on a page saved without its headline stays out."""
import pytest

from pipeline.ingest.clean.ownhead import headline_shaped, layout_headline
from tests.test_clean import BODY1, BODY2, BODY3, LEAD, clean, page

IMAGE = "https://static.example.vn/images/2024/04/05/cang-my-thuy.webp"
HEADLINE = "Cảng biển Mỹ Thủy chính thức khởi công giai đoạn mở rộng"


def test_a_headline_under_an_image_taken_as_its_caption_is_the_title():
    art = clean(page("2024-04-05 10:12:30", IMAGE, HEADLINE, LEAD, BODY1, BODY2, BODY3))
    assert art.title == HEADLINE
    assert not [r for r in art.removed if r.text == HEADLINE]
    assert [u for u in art.unsure if u.text == HEADLINE and "image-caption" in u.reason]


def test_a_credited_caption_under_the_image_stays_out():
    caption = "Lãnh đạo tỉnh bấm nút khởi công dự án. Ảnh: Minh Tâm"
    art = clean(page("2024-04-05 10:12:30", IMAGE, caption, LEAD, BODY1, BODY2, BODY3))
    assert art.title != caption
    assert caption not in art.paragraphs


@pytest.mark.parametrize("line, shaped", [
    (HEADLINE, True),
    ("Bản tin nông sản miền Tây ngày 14/03/2025", True),  # a bulletin's dated name
    ("Nông dân thu hoạch lúa trên cánh đồng mẫu lớn.", False),  # closed by a stop: a caption's sentence
    ("Toàn cảnh buổi lễ khởi công tại công trường. Ảnh VT", False),  # a sentence and its credit
    ("Ông Trần Văn Nam (thứ hai từ trái) nhận bằng khen", False),  # who stands where: a picture's
    ("Về Báo Quảng Trị", False),  # every word capitalised: a link's label
    ("Thứ năm - 06/02/2025 13:35", False),  # a post's stamp
    ("Tác giả minhkhoi 04/02/2026 5 phút đọc", False),  # a byline
    ("Cảnh đẹp mùa lúa chín Cảnh đẹp mùa lúa chín", False),  # one phrase twice: a link card's alt and title
    ("Xem thêm:", False),
    ("Trang chủ > Xã hội > Môi trường đô thị", False),  # a trail
])
def test_headline_shaped(line, shaped):
    assert headline_shaped(line) is shaped


def test_a_layout_line_under_the_first_kept_line_is_no_headline():
    # the lead is kept first: the line a caption rule took under it is the story's picture, not its headline
    texts = [LEAD, HEADLINE, BODY1, BODY2]
    assert layout_headline([True, False, True, True], texts, [None, "photo-caption", None, None]) is None
    # the same line over the lead, only an image's file over it: the headline
    texts = [IMAGE, HEADLINE, LEAD, BODY1]
    assert layout_headline([False, False, True, True], texts, ["image-file", "photo-caption", None, None]) == 1
    # a line a rule took by exact evidence (a repeat) is no layout judgement: it stays out
    assert layout_headline([False, False, True, True], texts, ["image-file", "repeated-line", None, None]) is None
    # nor is a section's label: that rule reads a site's labels and widgets over the story
    assert layout_headline([False, False, True, True], texts, ["image-file", "section-label", None, None]) is None
