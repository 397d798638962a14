"""Titles round 19 (issue 22): the replay's title misses that recur across outlets."""

from tests.test_clean import clean

# A portal's detail page: its portlet's title, the template's empty kicker printed as 'null' before the headline,
# the detail box's head and the headline again, then the story (test80/02, 85/08, 86/17's shape, other words).
_HEAD = "Huyện Lai Vung tổ chức Hội nghị tổng kết công tác khuyến nông năm 2024"
_LEAD = ("Chiều ngày 12/12/2024, Trạm Khuyến nông huyện Lai Vung tổ chức hội nghị tổng kết công tác khuyến nông năm "
         "2024 và triển khai kế hoạch năm 2025 với sự tham dự của hơn 60 đại biểu.")
_BODY = ("Trong năm qua, Trạm đã xây dựng 12 mô hình trình diễn, tổ chức 35 lớp tập huấn kỹ thuật cho hơn 1.200 "
         "lượt nông dân trên địa bàn các xã, thị trấn.")


def test_a_template_null_before_the_headline_goes_and_the_headline_is_the_title():
    art = clean(f"Xuất bản thông tin\n\nnull {_HEAD}\n\nChi tiết bài viết Tin tức\n\n{_HEAD}\n\n{_LEAD}\n\n{_BODY}\n")
    assert art.title == _HEAD
    assert ("null", "template-placeholder") in [(r.text, r.reason) for r in art.removed]
    assert not any("null" in p for p in art.paragraphs)


def test_a_line_opening_on_null_with_no_copy_on_the_page_is_left():
    # No copy of the rest: nothing says a template printed it (a sentence may open so); the rule takes nothing.
    art = clean(f"Xuất bản thông tin\n\nnull {_HEAD}\n\n{_LEAD}\n\n{_BODY}\n")
    assert not any(r.reason == "template-placeholder" for r in art.removed)
