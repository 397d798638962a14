"""Cleaner round 40 (issue 22): losses first on pages no rule was written for. An item of a dashed list that
names again a body the paragraph over it names is the list, not a pull quote."""
from tests.test_clean import BODY2, BODY3, HEAD, LEAD, clean, page

# A paragraph naming the body that held the event, then who attended it as a dashed list.
NAMING = ("Sáng ngày 12/3, Ban Đại diện Hội Nông dân tỉnh Lâm Đồng đã tổ chức lễ ra mắt chi hội mới tại xã Phú Hội, "
          "huyện Đức Trọng, với sự tham gia của đông đảo hội viên.")
ITEMS = ["– Ông Nguyễn Văn An, Phó Chủ tịch UBND huyện Đức Trọng;",
         "– Ban Đại diện Hội Nông dân tỉnh Lâm Đồng;",
         "– Đại diện các ban, ngành, đoàn thể của xã cùng khoảng 300 hội viên và người dân địa phương."]


def test_a_dashed_list_item_repeating_the_paragraph_over_it_stays():
    art = clean(page(HEAD, LEAD, NAMING, "Tham dự buổi lễ có:", *ITEMS, BODY2, BODY3))
    assert ITEMS[1] in art.paragraphs


def test_a_pull_quote_set_out_alone_under_its_paragraph_still_goes():
    # The same words, no list around them: set out in large type under the paragraph they come from.
    quote = "“Ban Đại diện Hội Nông dân tỉnh Lâm Đồng đã tổ chức lễ ra mắt chi hội mới”"
    art = clean(page(HEAD, LEAD, NAMING, quote, BODY2, BODY3))
    assert quote not in art.paragraphs
