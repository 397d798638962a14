"""Cleaner round 62 (issue 22, session 28): the furniture that is not a caption - a line of the page's code or data,
and a credit's label left alone. Each shape is tested on a page of this file's own writing; each mirror is a line of
a story of the same look that stays."""
import pytest

from pipeline.ingest.clean.markup import markup_line
from tests.test_clean import BODY1, BODY2, HEAD, LEAD, clean, page, reasons


@pytest.mark.parametrize("line", [
    '{"lu-lut":"l\\u0169 l\\u1ee5t","mien-trung":"mi\\u1ec1n Trung","sat-lo":"s\\u1ea1t l\\u1edf"}',
    "{allCategoryIds=, allKeywords=, anyCategoryIds=1234, classNameIds=, description=null}",
    "Tổng số ý kiến: {{commentCount}} - Lượt thích: {{likeCount}}",
    '<img alt=',
    "SELECT ID, post_title FROM wp_posts WHERE post_status = 'publish' ORDER BY post_date DESC",
    "mua-lu-mien-trung-2",
    "the-thao-1",
])
def test_a_line_of_code_or_data_goes(line):
    assert markup_line(line)
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
    assert reasons(art).get(line) == "widget"
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1, BODY2]


@pytest.mark.parametrize("line", [
    "<b>Video: Toàn cảnh lễ khai mạc Lễ hội Hoa ban 2024</b>",
    "Ông Nguyễn Văn An cho biết lệnh SELECT của hệ thống chỉ lấy dữ liệu FROM năm 2020 trở đi, còn lại phải nhập tay.",
    "Kẻ tấn công chèn thẻ <img src=x onerror=alert(2)> vào trang để đánh cắp mật khẩu của người dùng.",
    "Các em được học cách viết {x | x > 0} để chỉ tập hợp số dương, một nội dung mới của chương trình lớp 6.",
    "Mạng lưới 5G phủ sóng 63 tỉnh, thành từ năm 2024 theo kế hoạch của Bộ Thông tin và Truyền thông.",
    "COVID-19",
    "29-03-2024",
])
def test_a_story_line_of_the_same_look_stays(line):
    assert not markup_line(line)


@pytest.mark.parametrize("line", ["<b>Video: Toàn cảnh lễ khai mạc Lễ hội Hoa ban 2024</b>",
                                  "Ông Nguyễn Văn An cho biết lệnh SELECT của hệ thống chỉ lấy dữ liệu FROM năm 2020 "
                                  "trở đi, còn lại phải nhập tay.",
                                  "Kẻ tấn công chèn thẻ <img src=x onerror=alert(2)> vào trang để đánh cắp mật khẩu "
                                  "của người dùng."])
def test_the_mirror_lines_stay_in_the_story(line):
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
    assert line not in reasons(art) and line in art.paragraphs


@pytest.mark.parametrize("label", ["Nguồn:", "Thực hiện:", "Link:", "Reference(s):"])
def test_a_credit_label_alone_goes(label):
    art = clean(page(HEAD, LEAD, BODY1, BODY2, label))
    assert reasons(art).get(label) == "credit"
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1, BODY2]


@pytest.mark.parametrize("line", [
    "Nguồn: Báo Nhân Dân",
    "Cách thực hiện:",
    "Nguồn vốn thực hiện dự án được lấy từ ngân sách tỉnh và vốn xã hội hóa:",
])
def test_a_credit_with_its_value_or_a_line_announcing_a_list_is_not_a_lone_label(line):
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
    assert reasons(art).get(line) != "credit"
