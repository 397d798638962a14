"""Cleaner round 58 (issue 22, session 25): the noise pages nobody tuned for keep, by shapes that recur across hosts
and sessions. Each shape is tested on a page of this file's own writing; each mirror is a line of a story that
stays."""
import pytest

from pipeline.ingest.clean.controls import reader_controls
from pipeline.ingest.clean.sitebox import counter_line
from tests.test_clean import BODY1, BODY2, HEAD, LEAD, clean, page, reasons


@pytest.mark.parametrize("line", ["Tìm bài viết", "Thêm bài viết", "Tóm tắt bài viết", "Gợi ý bài viết:"])
def test_a_button_or_box_head_naming_the_post_alone_goes(line):
    assert reader_controls(line)
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
    assert reasons(art).get(line) == "widget"
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1, BODY2]


@pytest.mark.parametrize("line", [
    "Bài viết của ông Nguyễn Văn An trên Facebook thu hút hàng nghìn lượt chia sẻ chỉ sau một đêm.",
    "Ông Trần Văn Bình tìm bài viết cũ của mình trên báo để làm bằng chứng.",
    "Tìm bài viết hay",
])
def test_a_story_line_telling_of_a_post_stays(line):
    assert not reader_controls(line)
    art = clean(page(HEAD, LEAD, line, BODY1, BODY2))
    assert line not in reasons(art) and line in art.paragraphs


@pytest.mark.parametrize("line", ["Số người đang online: 25", "Số lượt truy cập: (24)"])
def test_a_visitor_count_alone_as_persons_online_or_a_bracketed_figure_goes(line):
    assert counter_line(line)
    art = clean(page(HEAD, LEAD, BODY1, BODY2, line))  # the site's counter under the story
    assert reasons(art).get(line) == "counter"
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1, BODY2]


@pytest.mark.parametrize("line", [
    "Số người đang online trên ứng dụng lúc cao điểm lên tới 25.000, theo đại diện công ty.",
    "Số lượt truy cập (24 triệu) tăng gấp đôi so với cùng kỳ năm trước.",
])
def test_a_story_line_counting_persons_online_or_visits_stays(line):
    assert not counter_line(line)
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
    assert line not in reasons(art) and line in art.paragraphs
