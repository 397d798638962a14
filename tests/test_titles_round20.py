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


# A long figurative headline, half its words or fewer the story's, glued to a lead that opens on the outlet's tag
# (test94/07's shape, other words).
_FIGURATIVE = ("Cô gái vàng của làng cầu lông Việt Nam: Từ sân đất đỏ quê nhà đến bục vinh quang châu lục, được "
               "truyền thông quốc tế gọi là hiện tượng hiếm có của thể thao Đông Nam Á")
_TAGGED = ("(Thể thao Việt) - Từng có thời điểm, chị đứng hạng 12 thế giới, thứ hạng cao nhất mà một tay vợt "
           "Việt Nam chạm tới trong lịch sử cầu lông nước nhà.")
_MORE = ("Nguyễn Thùy Linh sinh năm 1997 tại Phú Thọ, bắt đầu tập cầu lông từ năm 8 tuổi dưới sự hướng dẫn của bố, "
         "rồi vào đội tuyển trẻ quốc gia năm 15 tuổi và giành tấm huy chương vàng châu lục đầu tiên năm 2019.")


def test_the_line_over_a_tagged_lead_is_the_headline_however_few_of_its_words_the_story_has():
    art = clean(f"{_FIGURATIVE}\n{_TAGGED}\n{_MORE}\n")
    assert art.title == _FIGURATIVE
    assert art.paragraphs[0].startswith("Từng có thời điểm")


def test_the_tag_alone_on_its_line_between_them_too():
    art = clean(f"{_FIGURATIVE}\nTTVN -\n{_TAGGED.split(' - ', 1)[1]}\n{_MORE}\n")
    assert art.title == _FIGURATIVE and ("TTVN -", "outlet-tag") in [(r.text, r.reason) for r in art.removed]


def test_a_tagged_lead_closing_on_its_speaker_with_no_stop_is_a_lead_all_the_same():
    lead = ("(Thể thao Việt) - \"Tôi chỉ cần được thi đấu đúng sức mình, tấm huy chương vàng châu lục là phần thưởng "
            "của cả làng cầu lông Việt Nam\" - Nguyễn Thùy Linh nói sau trận chung kết")
    art = clean(f"{_FIGURATIVE}\n{lead}\n{_MORE}\n")
    assert art.title == _FIGURATIVE and art.paragraphs[0].startswith("\"Tôi chỉ cần")


def test_a_lead_alone_on_top_is_no_headline():
    # The tagged lead first on the page: nothing over it to take.
    art = clean(f"{_TAGGED}\n{_MORE}\n")
    assert art.title is None and art.paragraphs[0].startswith("Từng có thời điểm")


def test_without_the_tag_the_same_line_is_not_taken_on_the_tag_s_word():
    # No tag on the lead: the rule has no evidence, and the line's words are too few of the story's for the score.
    art = clean(f"{_FIGURATIVE}\n{_TAGGED.split(' - ', 1)[1]}\n{_MORE}\n")
    assert art.title is None
