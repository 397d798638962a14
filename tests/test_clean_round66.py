"""Cleaner round 66 (issue 22, session 30): the page's head read as noise first - what stands above the headline and
is not the story. Two section names joined ('Tin tức & Sự kiện', 'Đời sống Xã hội', a portal's path 'Tin tức - Sự
kiện: Tin tổng hợp') or a desk's label ('Tin tức hoạt động các phường') over the headline, and the site's top bar
(the date of the day glued to its welcome line) over the story, taken once the headline is known: the title is
not this rule's. Each shape on a page of this file's own writing; each
mirror a story line or a headline of the same look that stays."""
import pytest

from pipeline.ingest.clean.desklabels import joined_sections
from tests.test_clean import BODY1, BODY2, BODY3, HEAD, LEAD, clean, page, reasons

LONG_HEAD = "Lễ mừng thọ các cụ cao tuổi làng Thúy Lĩnh, phường Lĩnh Nam xuân Canh Tý 2020"


# A desk's label over a long headline and its dateline, over a one-paragraph story (the span rule took it, as a line
# over the headline, before: now the label is read as what it is); two section names over a breadcrumb and the
# headline, no blank line between (kept as the story's first paragraph before).
@pytest.mark.parametrize("text, label, title", [
    (f"Tin tức hoạt động các phường\n\n{LONG_HEAD}\nNgày đăng 08/02/2020 | 10:37  | View count: 226\n\n{LEAD}\n",
     "Tin tức hoạt động các phường", LONG_HEAD),
    (f"Tin tức & Sự kiện\nTrang chủ > > >\n{HEAD}\n{LEAD}\n\n{BODY1}\n\n{BODY2}\n", "Tin tức & Sự kiện", HEAD),
])
def test_a_section_s_name_over_the_headline_goes(text, label, title):
    art = clean(text)
    assert reasons(art).get(label) == "section-label"
    assert art.title == title and art.paragraphs[0] == LEAD


BAR = "Thứ Sáu, ngày 31 tháng 10 năm 2025. Chào mừng đến cổng thông tin điện tử Bệnh viện Đa khoa tỉnh Quảng Trị."
PATH_BAR = "Chủ Nhật ngày 05/12/2021 Chào mừng bạn đến với Cổng thông tin điện tử Sở Khoa học và Công nghệ"


@pytest.mark.parametrize("lines", [
    [BAR, HEAD, LEAD, BODY1, BODY2],
    [BAR, "Hoạt động bệnh viện", HEAD, LEAD, BODY1, BODY2],
    [PATH_BAR, "Tin tức - Sự kiện: Tin tổng hợp", "Cập nhật: Thứ Ba, ngày 14/01/2020", HEAD, LEAD, BODY1, BODY2],
])
def test_the_site_s_top_bar_over_the_story_goes(lines):
    art = clean(page(*lines))
    assert reasons(art).get(lines[0]) == "widget" and lines[0] not in art.paragraphs
    assert art.paragraphs[-3:] == [LEAD, BODY1, BODY2]


def test_joined_section_names():
    assert all(joined_sections(t) for t in ["Tin tức - Sự kiện", "Tin tức & Sự kiện", "Đời sống Xã hội",
                                            "Tin tức - Sự kiện: Tin tổng hợp", "Giáo dục và Y tế"])
    # one known name alone is the line rules'; a name and a place, a figure or a headline's words are no desk
    assert not any(joined_sections(t) for t in ["Kinh tế", "Bóng đá Việt Nam", "Kinh tế quý 3/2024",
                                                "Thể thao: đội tuyển thắng đậm"])


# Mirrors: the same look where it is the story's.
def test_joined_names_heading_a_part_of_the_story_stay():
    art = clean(page(HEAD, LEAD, BODY1, "Giáo dục và Y tế", BODY2, BODY3))
    assert not reasons(art) and art.paragraphs == [LEAD, BODY1, "Giáo dục và Y tế", BODY2, BODY3]


def test_a_headline_opening_on_tin_stays_the_title():
    art = clean(page("Tin vui cho người trồng lúa ở Quảng Trị", LEAD, BODY1, BODY2))
    assert art.title == "Tin vui cho người trồng lúa ở Quảng Trị" and art.paragraphs == [LEAD, BODY1, BODY2]


def test_a_lead_opening_on_the_day_s_date_stays():
    lead = ("Thứ Năm, ngày 5/4/2024, UBND tỉnh Quảng Trị tổ chức lễ khởi công dự án mở rộng cảng biển Mỹ Thủy với "
            "tổng vốn đầu tư hơn 14.000 tỷ đồng.")
    art = clean(page(HEAD, lead, BODY1, BODY2))
    assert art.title == HEAD and art.paragraphs == [lead, BODY1, BODY2]


def test_the_story_s_dateline_under_the_headline_is_still_its_date():
    art = clean(page(HEAD, "Thứ Sáu, ngày 31/10/2025 08:30", LEAD, BODY1, BODY2))
    assert reasons(art).get("Thứ Sáu, ngày 31/10/2025 08:30") == "dateline" and art.date == "2025-10-31"
