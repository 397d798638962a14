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


# A headline closed by a full stop, first on the page, over a lead that opens on the story's time and tells the
# headline again (test66/07, 85/04, 87/10's shape; a long one with no stop: test49/16, 73/05's).
_STOPPED = "Trường Tiểu học Tân Hòa khánh thành thư viện xanh cho học sinh vùng biên."
_TOLD = ("Sáng ngày 5/9/2024, tại xã Tân Hòa, Trường Tiểu học Tân Hòa đã khánh thành thư viện xanh cho học sinh vùng "
         "biên với hơn 2.000 đầu sách do các nhà hảo tâm trao tặng.")
_MORE = ("Thư viện được xây dựng trong ba tháng, có khu đọc sách ngoài trời và góc trưng bày sản phẩm của học sinh, "
         "mở cửa cả vào ngày nghỉ cuối tuần.")


def test_a_stopped_first_line_the_lead_tells_again_after_its_time_is_the_headline():
    art = clean(f"{_STOPPED}\n{_TOLD}\n{_MORE}\n")
    assert art.title == _STOPPED and art.paragraphs == [_TOLD, _MORE]


def test_a_site_line_of_fields_may_stand_between_it_and_the_lead():
    art = clean(f"{_STOPPED}\nTác giả: Minh An .Ngày đăng: 05/09/2024 .Lượt xem: 120 lượt.\n{_TOLD}\n{_MORE}\n")
    assert art.title == _STOPPED


def test_a_long_headline_with_a_colon_the_lead_tells_whole_is_the_headline():
    head = ("Hội Nông dân huyện Tân Hòa: Tổng kết mô hình liên kết sản xuất lúa hữu cơ, tiêu thụ sản phẩm theo chuỗi "
            "giá trị gắn với xây dựng nông thôn mới nâng cao giai đoạn 2021 - 2025 tại các xã vùng biên")
    lead = ("Ngày 12/11/2024, Hội Nông dân huyện Tân Hòa tổng kết mô hình liên kết sản xuất lúa hữu cơ, tiêu thụ sản "
            "phẩm theo chuỗi giá trị gắn với xây dựng nông thôn mới nâng cao giai đoạn 2021 - 2025 tại các xã vùng "
            "biên, với sự tham dự của hơn 80 hội viên.")
    art = clean(f"{head}\n{lead}\n{_MORE}\n")
    assert art.title == head and art.paragraphs[0] == lead


def test_a_first_sentence_the_lead_does_not_tell_again_is_no_headline():
    # A sapo over a lead that opens on its time but tells something else; a first line opening on a time is a lead.
    sapo = "Học sinh vùng biên có thêm nơi đọc sách khang trang."
    art = clean(f"{sapo}\n{_TOLD}\n{_MORE}\n")
    assert art.title is None and art.paragraphs[0] == sapo
    art = clean(f"Sáng 5/9 trường khánh thành thư viện xanh cho học sinh vùng biên.\n{_TOLD}\n{_MORE}\n")
    assert art.title is None


def test_under_a_sections_label_the_line_its_lead_tells_again_is_the_headline():
    # A kicker kept over it, in its block or set apart: the told line is the headline all the same, and the
    # label goes once the headline is known (title_shapes 'kicker' on a headline closed by a stop or long).
    for top in ("Vụ việc nóng\n", "Vụ việc nóng\n\n"):
        for sep in ("\n", "\n\n"):
            art = clean(f"{top}{_STOPPED}{sep}{_TOLD}{sep}{_MORE}\n")
            assert art.title == _STOPPED and art.paragraphs == [_TOLD, _MORE], (top, sep)
