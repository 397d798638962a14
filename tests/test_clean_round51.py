"""Cleaner round 51 (issue 22): noise the rules took only at home, by evidence that travels with the line (the
transplant gap, bench/noise_transplant.py): a news desk's label over the story."""
import pytest

from pipeline.ingest.clean.desklabels import desk_label
from tests.test_clean import BODY1, BODY2, LEAD, clean, page, reasons


@pytest.mark.parametrize("label", ["Tin thế giới", "Tin tức trong nước", "Tin Đảng, Đoàn", "Bản tin Dak Lak",
                                   "Tin Tổng Công Ty", "TIN HOẠT ĐỘNG"])
def test_a_desks_label_over_a_headless_story_is_no_headline(label):
    art = clean(page(label, LEAD, BODY1, BODY2))
    assert reasons(art).get(label) == "section-label"
    assert art.title != label
    assert LEAD in art.paragraphs


@pytest.mark.parametrize("line", ["Tin vui cho nông dân trồng cà phê", "TIN BUỒN", "Tin nhắn lừa đảo tràn lan",
                                  "Bản tin thế giới ngày 27/10/2009", "Tin Mừng Cho Người Nghèo Ở Vùng Cao",
                                  "Tin tức trong nước hôm nay có gì mới."])
def test_a_headline_opening_on_tin_is_no_desk(line):
    assert not desk_label(line)


def test_the_desks_words_between_paragraphs_stay():
    line = "Tin thế giới"
    art = clean(page(LEAD, BODY1, line, BODY2))
    assert reasons(art).get(line) != "section-label" or line in art.paragraphs


@pytest.mark.parametrize("line", [
    "A- A A+ | Chia sẻ bài viết lên facebook Chia sẻ bài viết lên twitter Chia sẻ bài viết lên google+ Tăng tương phản "
    "Giảm tương phản", "A- A A+", "A+ A A-", "Chia sẻ bài viết lên Zalo | Chia sẻ bài viết lên Facebook",
    "Đọc bài viết:"])
def test_a_readers_controls_on_one_line_go(line):
    art = clean(page(LEAD, BODY1, line, BODY2))
    assert reasons(art).get(line) == "widget"
    assert BODY2 in art.paragraphs


@pytest.mark.parametrize("line", ["Bài viết được chia sẻ lên Facebook và thu hút hàng nghìn lượt bình luận.",
                                  "Chia sẻ bài viết lên Facebook cá nhân, anh A cho biết mình rất vui.",
                                  "A- là điểm trung bình của lớp trong học kỳ này.",
                                  "Đọc bài viết này để hiểu thêm về chính sách mới."])
def test_a_sentence_telling_of_a_share_or_a_grade_is_no_control(line):
    from pipeline.ingest.clean.controls import reader_controls
    assert not reader_controls(line)


@pytest.mark.parametrize("line", ["VietDaily | Tin tức hàng ngày",
                                  "Tin tức 24h - Đọc báo online", "Tin mới từng phút từ rất nhiều nguồn.",
                                  "Tỉnh đoàn Hòa Bình - Diễn đàn của Đoàn TNCS Hồ Chí Minh tỉnh Hòa Bình"])
def test_a_sites_own_kind_or_promise_over_the_story_goes(line):
    # under the headline, over the lead: over the headline the header's rules read the banner with the masthead
    from tests.test_clean import HEAD
    art = clean(page(HEAD, line, LEAD, BODY1, BODY2))
    assert reasons(art).get(line) == "widget"
    assert art.title == HEAD and LEAD in art.paragraphs


@pytest.mark.parametrize("line", ["Cổng thông tin điện tử Chính phủ cho biết, ngày 5/3 Thủ tướng đã ký quyết định.",
                                  "Trang thông tin điện tử của tỉnh đăng tải thông báo",
                                  "Thông tin mỗi ngày về giá vàng"])
def test_a_sentence_citing_a_portal_is_no_self_description(line):
    from pipeline.ingest.clean.selfdesc import self_description
    assert not self_description(line)
