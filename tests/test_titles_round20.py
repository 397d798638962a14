"""Titles round 20 (issue 22): headlines of fresh outlets' pages, found and never glued to the lead."""

from tests.test_clean import clean

_LEAD = ("Ngày 7/10/2019, Công đoàn Viên chức tỉnh tổ chức hội thao Cụm thi đua số 4 cho công chức, viên chức, người "
         "lao động của mười hai đơn vị trong cụm, với hơn 300 vận động viên tham gia.")
_BODY = ("Các đơn vị thi đấu bốn môn kéo co, nhảy bao bố tiếp sức, ném bóng vào rổ và dẫn bóng qua cọc trong suốt "
         "một ngày tại sân vận động của trường.")
_HEAD = "HỘI THAO CÔNG CHỨC, VIÊN CHỨC, LAO ĐỘNG CỤM THI ĐUA SỐ 4 NĂM 2019"


# A site's menu or breadcrumb saved one bulleted item a line, ending on the headline with the same bullet
# (test38/10, 93/16's shape, other words).
def test_a_bulleted_menu_ending_on_the_headline_gives_it_as_the_title():
    art = clean(f"Vietnamese Vietnamese\n  • Tin công đoàn\n  • {_HEAD}\n\n{_LEAD}\n\n{_BODY}\n")
    assert art.title == _HEAD
    assert ("•", "list-bullet") in [(r.text, r.reason) for r in art.removed]
    assert art.paragraphs[0] == _LEAD


def test_under_three_menu_items_and_a_dateline_too():
    art = clean(f"• Giới thiệu\n• Liên hệ\n• Tin tức\n• {_HEAD}\n\n2019-10-07 16:59:11\n{_LEAD}\n\n{_BODY}\n")
    assert art.title == _HEAD and art.paragraphs[0] == _LEAD


def test_a_bulleted_list_in_the_story_keeps_its_items():
    # The same items under the headline and the lead: a story's list, not a site's; its long last item stays.
    head = "Hội thao công chức cụm thi đua số 4 năm 2019"
    item = "• Dẫn bóng qua cọc nam nữ phối hợp cho công chức, viên chức, lao động của cụm thi đua số 4"
    art = clean(f"{head}\n\n{_LEAD}\n\n• Kéo co\n• Nhảy bao bố\n{item}\n\n{_BODY}\n")
    assert art.title == head
    assert any(item in p for p in art.paragraphs)
    assert not any(r.reason == "list-bullet" for r in art.removed)
