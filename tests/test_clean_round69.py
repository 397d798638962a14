"""Cleaner round 69 (issue 22, session 30): two widenings of rules that already read the shape, taken from the noise
that got through on the session's fresh pages (test147-158). A line of the page printed again without its marks (a
picture's alt text, a share box's copy) goes as a copy (repeats.dedupe); a trail from the home page whose last step
the trail cut with '...' goes as a breadcrumb (headtrail.home_path). The pages are of this file's own writing; each
mirror is an article line of the same look that stays."""
from tests.test_clean import clean

HEAD = "Nghệ sĩ Quyền Linh kể lần đầu đóng cảnh hôn trong phim mới"
LEAD = ("Trong buổi ra mắt phim tại TP.HCM tối 12/3, nghệ sĩ Quyền Linh cho biết anh đã rất ngượng ngùng khi quay "
        "cảnh hôn đầu tiên trong sự nghiệp.")
BODY = ("Theo đạo diễn, cảnh quay phải làm lại nhiều lần vì cả hai diễn viên đều bật cười. Phim dự kiến ra rạp vào "
        "dịp nghỉ lễ 30/4 với nhiều suất chiếu sớm tại các thành phố lớn.")


def test_a_line_printed_again_without_its_marks_goes():
    unmarked = "Nghe si Quyen Linh ke lan dau dong canh hon trong phim moi"
    art = clean("\n\n".join([HEAD, unmarked, LEAD, BODY]) + "\n")
    assert art.title == HEAD
    assert {r.text: r.reason for r in art.removed} == {unmarked: "repeated-line"}
    assert art.paragraphs == [LEAD, BODY]


def test_an_unmarked_line_that_copies_no_line_stays():
    # An English quote of the story's own, set on a line of its own: no marks, but no marked line says it again.
    quote = "\"We just could not stop laughing on the set that night,\" the actor told the press in English."
    art = clean("\n\n".join([HEAD, LEAD, quote, BODY]) + "\n")
    assert art.title == HEAD
    assert quote in art.paragraphs and not art.removed


TRAIL = "Trang chủ » Tin văn và..."
HEAD2 = "Hội thề của nhà văn Nguyễn Quang Thân được vinh danh"
LEAD2 = ("Tối 19/12, tiểu thuyết Hội thề của nhà văn Nguyễn Quang Thân đã được trao giải A trong cuộc thi tiểu "
         "thuyết lần thứ ba của Hội Nhà văn Việt Nam.")
BODY2 = ("Tác phẩm viết về cuộc khởi nghĩa Lam Sơn qua góc nhìn của những người lính trẻ. Ban giám khảo đánh giá "
         "cao ngôn ngữ giàu chất thơ và cách dựng nhân vật sinh động.")


def test_a_home_trail_cut_short_goes():
    art = clean("\n\n".join([TRAIL, HEAD2, LEAD2, BODY2]) + "\n")
    assert art.title == HEAD2
    assert {r.text: r.reason for r in art.removed} == {TRAIL: "breadcrumb"}


def test_a_sentence_under_the_headline_opening_on_the_home_page_stays():
    # The story's own first line naming the home page, closed with a stop: a sentence, no trail.
    lead = "Trang chủ của hội đã đăng danh sách các tác phẩm đoạt giải."
    art = clean("\n\n".join([HEAD2, lead, LEAD2, BODY2]) + "\n")
    assert art.title == HEAD2
    assert lead in art.paragraphs and not art.removed
