"""Titles round 24 (issue 22): a follow bar of social networks atop the page is no headline."""

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

