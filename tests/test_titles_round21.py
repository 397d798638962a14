"""Titles round 21 (issue 22): the headline under the story's dateline, where the rules took a menu's item over it."""

from tests.test_clean import clean

_MENU = ["Giới thiệu chung", "Hoạt động hội", "Tin tức", "Giao thương", "Lịch sử bóng chuyền Việt Nam",
         "Chương trình hành động", "Hội viên", "Liên hệ"]
_HEAD = "“Chức vô địch tuột khỏi tay chủ nhà chỉ vì một pha chạm lưới ở phút cuối”"
_LEAD = ("Giải bóng chuyền sinh viên Việt Nam lần thứ 12 khép lại tối qua tại Đà Nẵng với trận chung kết kéo dài "
         "năm ván giữa đội chủ nhà và đội tuyển Đại học Bách khoa Hà Nội, trước gần ba nghìn khán giả.")
_BODY = ("Ở ván quyết định, đội chủ nhà dẫn trước 14-13 nhưng để đối thủ lật ngược thế trận sau một pha chạm lưới "
         "được trọng tài xác định qua băng hình, và đội bóng chuyền Việt Nam của trường Bách khoa lên ngôi.")


# A portal's menu (one section a line), the day the story was posted, a figurative headline in quotation marks
# sharing few words with its story, the lead (test98/06's shape, other words).
def test_the_headline_under_the_dateline_beats_a_menu_item_naming_the_topic():
    menu = "\n".join(_MENU)
    art = clean(f"{menu}\n\nCập nhật: 29/11/2008\n{_HEAD}\n{_LEAD}\n\n{_BODY}\n")
    assert art.title == _HEAD
    assert art.paragraphs[0] == _LEAD
    assert not any("Lịch sử bóng chuyền" in p for p in art.paragraphs)


# Mirror: the headline stands over the dateline (no menu item right over or under it), and a short line under the
# dateline over the lead (a deck, a sub-heading) stays where it is.
def test_a_headline_over_the_dateline_keeps_its_place_over_a_line_under_the_dateline():
    head = "Đội chủ nhà để mất chức vô địch giải bóng chuyền sinh viên Việt Nam sau trận chung kết năm ván"
    deck = "Trận chung kết kéo dài năm ván ở Đà Nẵng"
    art = clean(f"{head}\nCập nhật: 29/11/2008\n\n{deck}\n\n{_LEAD}\n\n{_BODY}\n")
    assert art.title == head
    assert deck in art.paragraphs


# Mirror: a menu's item over the dateline, but under the dateline the headline-shaped line stands over another
# short line, not the lead (a box's heading over its links): it is not taken for the headline.
def test_a_box_heading_under_the_dateline_over_no_lead_is_no_headline():
    menu = "\n".join(_MENU)
    box = "Các tin bài khác của hội trong tháng này"
    art = clean(f"{menu}\n\nCập nhật: 29/11/2008\n{box}\nHội viên mới\n{_LEAD}\n\n{_BODY}\n")
    assert art.title != box
