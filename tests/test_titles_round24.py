"""Titles round 24 (issue 22): a follow bar of social networks, or a portal's own name, atop the page is no
headline."""

from tests.test_clean import clean

_LEAD = ("(Báo Tin Mới) - Thành phố chính thức có kế hoạch khôi phục hệ thống loa phường với mục tiêu đến năm 2025 "
         "tất cả xã, phường, thị trấn có hệ thống truyền thanh hoạt động đến thôn, tổ dân phố.")
_BODY = ("Hệ thống phát thanh cơ sở thuộc cấp quận sẽ phát tối đa hai buổi sáng chiều mỗi ngày, tần suất năm ngày "
         "mỗi tuần, tối đa mười lăm phút mỗi buổi.")


# The site's follow buttons flattened onto the page's first line, over a two-word headline (test106/06's shape,
# other words): the row goes as a share bar, and the headline under it is the title, not a section's name.
def test_a_follow_bar_over_a_short_headline_is_no_title():
    art = clean(f"Facebook Twitter youtube Tiktok\n\nLoa phường\n\n{_LEAD}\n\n{_BODY}\n")
    assert art.title == "Loa phường"
    assert ("Facebook Twitter youtube Tiktok", "share-bar") in {(r.text, r.reason) for r in art.removed}


# The same bar over a long headline (test20/16's shape): it goes as a share bar, the headline stays the title.
def test_a_follow_bar_over_a_headline_goes_as_a_share_bar():
    head = "Thành phố khôi phục hệ thống loa phường đến năm 2025"
    art = clean(f"Facebook Zalo youtube Tiktok\n\n{head}\n\n{_LEAD}\n\n{_BODY}\n")
    assert art.title == head
    assert ("Facebook Zalo youtube Tiktok", "share-bar") in {(r.text, r.reason) for r in art.removed}


# Mirror: a story's sentence naming the networks says what they did: it stays, and so does a headline naming them.
def test_a_sentence_or_headline_naming_the_networks_stays():
    head = "YouTube và TikTok gỡ hàng nghìn video vi phạm"
    said = "YouTube, TikTok và Instagram cho biết đã gỡ bỏ các video vi phạm trong tuần qua."
    art = clean(f"{head}\n\n{_LEAD}\n\n{said}\n\n{_BODY}\n")
    assert art.title == head
    assert said in art.paragraphs


# A portal's kind and its own name atop the page, over its menu and a section, then the headline dated in brackets
# (test106/09's shape, other words): the masthead is no title, the headline under it is.
def test_a_portal_name_over_the_headline_is_no_title():
    head = "Đài Truyền thanh thị xã An Bình 20 năm xây dựng và trưởng thành (20/06/2017)"
    lead = ("Đài truyền thanh thị xã An Bình là cơ quan tuyên truyền của Đảng bộ, chính quyền và là tiếng nói của "
            "nhân dân thị xã trong suốt hai mươi năm qua.")
    art = clean(f"Cổng thông tin điện tử Thị Xã An Bình\n \nTrang chủ Sơ đồ website  Đăng nhập\nHoạt động HĐND - UBND\n"
                f"{head}\n{lead}\n\n{_BODY}\n")
    assert art.title == head
    assert lead in art.paragraphs


# Mirror: a headline about a portal names it, then says what it did: it stays the title.
def test_a_headline_about_a_portal_stays_the_title():
    head = "Cổng thông tin điện tử tỉnh Hà Giang ra mắt giao diện mới"
    lead = ("Cổng thông tin điện tử tỉnh Hà Giang vừa chính thức ra mắt giao diện mới với nhiều tiện ích cho người "
            "dân và doanh nghiệp khi tra cứu thủ tục hành chính.")
    art = clean(f"{head}\n\n{lead}\n\n{_BODY}\n")
    assert art.title == head
