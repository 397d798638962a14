"""Titles round 23 (issue 22): a breadcrumb whose last step the crawler glued to the headline under it."""

from tests.test_clean import clean

_LEAD = ("Giá điện sinh hoạt do Tổng công ty Điện lực miền Nam công bố được áp dụng thống nhất tại 21 tỉnh, "
         "thành phố phía Nam từ ngày 1 tháng 7 năm nay.")
_BODY = ("Mức giá mới có hiệu lực cho đến khi có thông báo khác; khách hàng có thể tra cứu biểu giá chi tiết "
         "tại các điểm giao dịch của ngành điện hoặc trên ứng dụng chăm sóc khách hàng.")


# The trail's marks and spaces lost, its last step glued to a headline of two words, the story's date under it
# (test101/04's shape, other words): the trail goes and the headline alone is the title, never the two joined.
def test_a_trail_glued_to_a_short_headline_leaves_the_headline_alone():
    art = clean(f"Trang chủDịch vụGiá điện\nGiá điện\n18-07-2018 13:48\n{_LEAD}\n\n{_BODY}\n")
    assert art.title == "Giá điện"
    assert art.paragraphs[0] == _LEAD


# The same glue after a blog's name with no home step (test102/02's shape): the line under it is the headline.
def test_a_blog_name_glued_to_the_headline_is_no_title():
    head = "Quanh chuyện giá điện tăng ba lần trong một năm"
    art = clean(f"Thursday, August 4, 2011\n\nBlog Điện lực homepage{head}\n\n{head}\n\n{_LEAD}\n\n{_BODY}\n")
    assert art.title == head
    assert not any("homepage" in p for p in art.paragraphs)


# Mirror: the same glue in a share box under the story ('Link bài gốcCopy Link' over 'Copy Link', test14/11): the
# story has begun, so the line under it is no headline and the page's own stays the title.
def test_a_glued_box_under_the_story_leaves_the_title_alone():
    head = "Giá điện sinh hoạt phía Nam áp dụng từ tháng 7"
    art = clean(f"{head}\n18-07-2018 13:48\n{_LEAD}\n\n{_BODY}\n\nLink bài gốcCopy Link\nCopy Link\n")
    assert art.title == head
    assert art.paragraphs[:2] == [_LEAD, _BODY]


# Mirror: a headline ending on the line under it with a space between (a lead's first words repeated as a
# heading, no glue): no trail reads so, and the headline stays whole.
def test_a_headline_ending_on_a_spaced_line_under_it_stays_whole():
    head = "Hội nghị khách hàng năm 2018 của Điện lực Bình Dương"
    art = clean(f"{head}\n18-07-2018 13:48\nĐiện lực Bình Dương\n\n{_LEAD}\n\n{_BODY}\n")
    assert art.title == head


_CONSUL = "Tổng lãnh sự Việt Nam tại Osaka gặp gỡ Ban chấp hành Hiệp hội người Việt tại Kansai"
_KANSAI = ("Các thành viên Ban chấp hành của Hiệp hội lần lượt giới thiệu và báo cáo kết quả hoạt động của Hiệp hội "
           "và một số chi hội trong thời gian qua, cùng những khó khăn của cộng đồng trong mùa dịch.")
_KANSAI2 = ("Tổng lãnh sự khẳng định cơ quan đại diện rất chú trọng công tác cộng đồng người Việt Nam tại khu vực "
            "Kansai và đề nghị Ban chấp hành tiếp tục gắn kết các chi hội.")


# The lead opens on its date and tells the headline word for word, with no stop at its end (test104/06's shape,
# other words): it is the lead's sentence, neither the headline in another wording nor its copy.
def test_a_lead_telling_the_headline_after_its_date_is_neither_title_nor_copy():
    lead = f"Ngày 26/3/2021, {_CONSUL}"
    art = clean(f"{_CONSUL}\n\n{lead}\n\n{_KANSAI}\n\n{_KANSAI2}\n")
    assert art.title == _CONSUL
    assert art.paragraphs[0] == lead


# Mirror: the page's title in another wording (a word changed) over the headline over the lead: the headline,
# under it, is still the title and the other wording goes as its copy.
def test_a_reworded_page_title_over_the_headline_still_gives_way():
    page_title = "Tổng lãnh sự Việt Nam tại Osaka tiếp Ban chấp hành Hiệp hội người Việt tại Kansai"
    art = clean(f"{page_title}\n{_CONSUL}\n{_KANSAI}\n\n{_KANSAI2}\n")
    assert art.title == _CONSUL
    assert page_title not in art.paragraphs


# Mirror: the headline again at the story's end with the site's name after it is still its copy.
def test_the_headline_again_with_a_site_name_still_goes():
    art = clean(f"{_CONSUL}\n\n{_KANSAI}\n\n{_KANSAI2}\n\n{_CONSUL} - Báo Tin Mới\n")
    assert art.title == _CONSUL
    assert art.paragraphs == [_KANSAI, _KANSAI2]
