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


# The headline, then the story's own heading saying more (the day the parish keeps), taken up by the lead under it.
PARISH_HEAD = "Mừng lễ Bổn mạng giáo xứ Tân Lập"
PARISH_FULLER = "Lễ Sinh nhật thánh Gioan Tẩy Giả - Bổn mạng giáo xứ Tân Lập"
PARISH_LEAD = ("Sáng ngày 24/6, giáo xứ Tân Lập long trọng mừng kính lễ Sinh nhật thánh Gioan Tẩy Giả, bổn mạng giáo "
               "xứ, với sự hiện diện đông đảo của cộng đoàn.")


def test_a_fuller_heading_under_the_headline_that_the_lead_takes_up_stays():
    art = clean(page(PARISH_HEAD, PARISH_FULLER, PARISH_LEAD, BODY2, BODY3))
    assert art.title == PARISH_HEAD
    assert PARISH_FULLER in art.paragraphs


def test_the_headline_again_with_a_sites_name_further_down_still_goes():
    copy = PARISH_HEAD + " - Báo Công giáo Miền Nam"
    art = clean(page(PARISH_HEAD, PARISH_LEAD, BODY2, copy, BODY3))
    assert copy not in art.paragraphs


# A results page opening on its list of prizes, in capitals, before any headline.
PRIZES = ["🎉 GIẢI NHẤT TOÀN ĐOÀN", "🥇 GIẢI NHẤT ĐỒNG ĐỘI NỮ", "🥇 GIẢI NHẤT ĐỒNG ĐỘI NAM"]


def test_parallel_list_items_one_word_apart_are_not_a_title_and_its_copy():
    art = clean(page(*PRIZES, LEAD, BODY2, BODY3))
    assert PRIZES[1] in art.paragraphs + [art.title]
    assert PRIZES[2] in art.paragraphs + [art.title]
