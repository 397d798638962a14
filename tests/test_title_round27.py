"""Titles round 27 (issue 22): a page's first line alone in its block that reads as prose (a site's top bar: the
day's date and a trending story's headline on one line) is no headline over the story's block; the story's block is
read under it, so that its headline, written right over the lead, gets a block of its own and is never glued to the
lead (headsplit._story_block_head)."""

from tests.test_clean import clean

_HEAD = "Đại lễ Phật Đản tại chùa Quang Minh thành phố Biên Hòa"
_LEAD = ("Biên Hòa - Đại lễ Phật Đản Phật lịch 2568 tại chùa Quang Minh đã được cử hành trang trọng vào sáng Chủ nhật "
         "với khoảng bốn trăm Phật tử khắp nơi về tham dự.")
_NEXT = ("Sau nghi thức cung nghinh chư tôn đức, ban trị sự chùa đọc diễn văn khai mạc và trình bày ý nghĩa của ngày "
         "Phật Đản đối với cộng đồng Phật tử địa phương.")
_BODY = ("Buổi lễ kết thúc vào buổi trưa cùng ngày, các Phật tử cùng dùng cơm chay và tham gia thả hoa đăng cầu "
         "nguyện cho quốc thái dân an.")


# test133/02's shape, other words: the top bar, a blank line, then the headline over the lead in one block.
def test_a_top_bar_over_the_story_block_leaves_its_headline_apart():
    bar = "Thứ Hai, 16/09/2024 Vàng là gì? Có nên đầu tư vào vàng hay không?"
    art = clean(f"{bar}\n\n{_HEAD}\n{_LEAD}\n{_NEXT}\n\n{_BODY}\n")
    assert not any(p.startswith(_HEAD) and p != _HEAD for p in art.paragraphs)
    assert art.paragraphs[0] != _LEAD or art.title == _HEAD
    assert any(p.startswith(_LEAD) for p in art.paragraphs)


# Mirror: the page's first line IS the headline (asking, at a paragraph's length), alone in its block, over the
# story's block whose first line is the lead: the headline stays the title, the lead opens the body.
def test_a_headline_alone_in_its_block_keeps_the_title_and_the_lead_block():
    head = "Có nên đầu tư vào vàng khi giá vàng thế giới liên tục lập đỉnh mới trong những tuần qua hay không?"
    art = clean(f"{head}\n\n{_LEAD}\n{_NEXT}\n\n{_BODY}\n")
    assert art.title == head
    assert art.paragraphs[0].startswith(_LEAD)
