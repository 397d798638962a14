"""Loss guard, round seven (issue 22): verse a story prints stays, whatever rule took its lines and whenever (a poem
page's 18 lục bát lines were lost at test81's first look as a run of related headlines); a one-word name inside a
sentence is no headline glued to a lead."""
from pipeline.ingest.clean import prose, verse
from pipeline.ingest.clean.lines import Line
from tests.test_clean import BODY1, BODY2, HEAD, LEAD, clean, page

# Written for these tests (lục bát: six and eight syllables, the eight-line's sixth rhyming with the six-line's last).
LUC_BAT = ["Quê hương mùa lúa chín vàng", "Cánh cò chở nắng qua làng chiều nay", "Mẹ ngồi vá áo bên cây",
           "Nghe trong gió thổi heo may gọi về"]
SEVENS = ["Xuân về trên khắp nẻo quê hương", "Đào thắm mai vàng rực ngõ đường", "Con cháu sum vầy bên bếp lửa",
          "Chúc nhau năm mới vạn điều thương"]
# Other stories' headlines under the story: no one length, no rhyme.
HEADLINES = ["Giá vàng hôm nay tăng mạnh", "Hà Nội công bố kế hoạch tuyển sinh lớp 10 năm học mới",
             "Ba người bị thương trong vụ cháy nhà", "Khởi công cầu vượt nút giao thông phía Tây thành phố"]


def _lines(texts: list[str]) -> list[Line]:
    return [Line(i, i, t, False) for i, t in enumerate(texts)]


def test_rhyme_is_the_syllable_without_its_initial_glide_and_tone():
    assert verse.rhyme("về") == verse.rhyme("quê") == verse.rhyme("huề") == "ê"
    assert verse.rhyme("khao") == verse.rhyme("chào") == "ao"
    assert verse.rhyme("gì") == "i"
    assert verse.level("vàng") and verse.level("quê") and not verse.level("mãi") and not verse.level("đẹp")
    assert verse.near("ây") == verse.near("ay") and verse.near("iêng") == verse.near("iêm")


def test_a_poem_in_the_story_stays_wherever_it_stands():
    for texts in ((HEAD, LEAD, BODY1, *LUC_BAT, BODY2), (HEAD, LEAD, BODY1, BODY2, *LUC_BAT),
                  (HEAD, LEAD, BODY1, BODY2, *LUC_BAT, "Minh An")):
        art = clean(page(*texts))
        for line in LUC_BAT:
            assert line in art.paragraphs
        assert any("a line of verse (lục bát" in u.reason for u in art.unsure)


def test_a_page_that_is_a_poem_keeps_it_though_a_rule_after_the_first_pass_took_it():
    # The run between a section's label and a caption's credit is taken whatever its words (blocks.py, the last rule):
    # the guard weighs it again once every rule is done.
    art = clean(page("Lễ mừng thọ ở thôn Yên Phú", "Văn hóa - Xã hội", *LUC_BAT,
                     "Ảnh: Ban tổ chức trao quà chúc thọ cho các cụ cao niên trong thôn.", "Minh An"))
    assert [p for p in art.paragraphs if p in LUC_BAT] == LUC_BAT


def test_lines_of_one_length_that_rhyme_are_verse():
    lines = _lines(SEVENS)
    assert all(verse.in_verse(lines, pos) == "7-syllable verse" for pos in range(4))
    # seven syllables each, other stories' headlines: no two ends rhyme exactly ('năm' and 'dân' only nearly)
    unrhymed = ["Hội nghị tổng kết công tác năm", "Trao bằng khen cho các tập thể", "Ra mắt ứng dụng hỗ trợ dân",
                "Khánh thành cầu dân sinh xã Đông"]
    assert all(len(verse.syllables(t)) == 7 for t in unrhymed)
    assert not any(verse.in_verse(_lines(unrhymed), pos) for pos in range(4))


def test_other_stories_headlines_are_no_verse_and_still_go():
    assert not any(verse.in_verse(_lines(HEADLINES), pos) for pos in range(4))
    art = clean(page(HEAD, LEAD, BODY1, BODY2, "Tin liên quan", *HEADLINES))
    for line in HEADLINES:
        assert line not in art.paragraphs


def test_six_and_eight_with_no_rhyme_or_a_word_repeated_is_no_couplet():
    assert not verse.in_verse(_lines(["Giá vàng hôm nay tăng mạnh", "Hà Nội khởi công cầu vượt nút giao thông"]), 0)
    # a label's value printed twice at the rhyme's place: a repeat, no rhyme
    label = ["Nguồn tin: Hội Nông dân huyện", "Tác giả bài viết: Hội Nông dân Điện Bàn huyện"]
    assert not verse.in_verse(_lines(label), 0)
    assert verse.in_verse(_lines(LUC_BAT[:2]), 0) == "lục bát"


def test_a_one_word_name_inside_a_sentence_is_no_headline_glued_to_its_lead():
    sentence = ("Ngày rằm tháng tư là ngày đặc biệt của những người con Phật trên toàn thế giới, nhắc lại sự kiện Đức "
                "Phật đản sinh cách đây hơn hai nghìn năm.")
    assert prose.reads_as_prose(sentence, "related-box")
    glued = ("Hà Nội sẽ phạt nguội vi phạm giao thông trên nhiều tuyến phố Từ tháng 4, lực lượng chức năng sẽ xử "
             "phạt qua hình ảnh các trường hợp vượt đèn đỏ.")
    assert not prose.reads_as_prose(glued, "related-box")


def test_a_caption_closed_by_the_time_its_picture_was_taken_stays_out():
    # A caption rule's line needs a second clause or a forecast to read as the story's; one closed by ', <time of day>
    # <date>' names when the picture was taken, as captions do (a story's sentence opens on its time).
    caption = ("Lãnh đạo tỉnh kiểm tra tiến độ dự án, đề nghị nhà thầu cần đẩy nhanh thi công để sớm hoàn thành công "
               "trình, sáng 21/1/2024.")
    assert not prose.reads_as_prose(caption, "photo-caption")
    assert prose.reads_as_prose(caption.replace(", sáng 21/1/2024.", "."), "photo-caption")


def test_the_line_a_rule_took_with_the_poem_right_over_it_goes_back_with_it():
    # A run rule read the dedication and the poem under it as one run of other stories' headlines; the poem is verse,
    # so the run's evidence is gone for the line over it too.
    dedication = "Kính tặng các cụ cao niên trong thôn nhân dịp đầu xuân"
    art = clean(page("Lễ mừng thọ ở thôn Yên Phú", dedication, *LUC_BAT, LEAD, BODY1, BODY2))
    assert dedication in art.paragraphs
    assert any("the line over the verse put back" in u.reason for u in art.unsure)


def test_a_dash_between_a_verse_lines_words_is_no_syllable():
    # A poem's dialogue sets a dash inside the line; the syllables are the words (a figure still bars a line).
    poem = ["Mẹ ơi – con sẽ về đây", "Khi mùa lúa chín vàng cây ngõ nhà", "Mẹ cười – con đã đi xa",
            "Sao còn nhớ mãi câu ca ngọt ngào"]
    art = clean(page(HEAD, LEAD, BODY1, BODY2, *poem))
    for line in poem:
        assert line in art.paragraphs
    assert verse._verse_line("Mẹ ơi – con sẽ về đây") == ["mẹ", "ơi", "con", "sẽ", "về", "đây"]
    assert verse._verse_line("Giải bóng đá năm 2024 khai mạc") is None
