"""The loss guard (issue 22): a line that reads as a sentence of the story stays, whatever layout rule took it
(pipeline/ingest/clean/prose.py)."""
import pytest

from pipeline.ingest.article import RawArticle
from pipeline.ingest.clean.lines import Page, split_lines
from pipeline.ingest.clean.prose import keep_prose, reads_as_prose
from tests.test_clean import BODY1, BODY2, HEAD, LEAD, clean, page

# A one-sentence paragraph of a shape no rule was written for: a layout rule takes it, the guard puts it back.
SENTENCE = ("Theo lực lượng cứu hộ, đây là lần đầu tiên đội tàu phối hợp với thiết bị bay không người lái "
            "để tìm kiếm người mất tích trên biển.")


def _page(*lines: str) -> Page:
    text = page(*lines)
    return Page(RawArticle("x.txt", text, "utf-8"), split_lines(text))


def _line(p: Page, text: str):
    return next(ln for ln in p.lines if ln.text == text)


@pytest.mark.parametrize("reason", ["related-box", "teaser-block", "after-signature", "related-headline"])
def test_a_sentence_a_layout_rule_took_goes_back_and_is_noted(reason):
    p = _page(HEAD, LEAD, BODY1, SENTENCE, BODY2)
    p.drop(_line(p, SENTENCE), reason)
    keep_prose(p)
    assert _line(p, SENTENCE).kept
    assert not [r for r in p.removed_lines() if r.text == SENTENCE]
    assert [u for _, u in p.unsure if u.text == SENTENCE and reason in u.reason]


def test_a_line_exact_evidence_took_stays_out():
    p = _page(HEAD, LEAD, BODY1, SENTENCE, BODY2)
    p.drop(_line(p, SENTENCE), "repeated-line")
    keep_prose(p)
    assert not _line(p, SENTENCE).kept


def test_another_storys_lead_in_a_box_cut_off_the_tail_stays_out():
    # Under it the box goes on ('Đừng bỏ lỡ'): the story had ended.
    p = _page(HEAD, LEAD, BODY1, BODY2, "Bài liên quan", SENTENCE, "Đừng bỏ lỡ")
    for text in ("Bài liên quan", SENTENCE, "Đừng bỏ lỡ"):
        p.drop(_line(p, text), "teaser-block")
    keep_prose(p)
    assert not _line(p, SENTENCE).kept


def test_a_plain_caption_sentence_stays_a_caption():
    caption = "Ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh, tặng quà cho các gia đình chính sách tại buổi gặp mặt."
    p = _page(HEAD, LEAD, BODY1, caption, BODY2)
    p.drop(_line(p, caption), "photo-caption")
    keep_prose(p)
    assert not _line(p, caption).kept


@pytest.mark.parametrize("line, reason, prose", [
    (SENTENCE, "related-box", True),
    # a caption rule's line: a forecast, or twenty words with a second clause about what happened
    ("Trong mưa dông có khả năng xảy ra lốc, sét, mưa đá và gió giật mạnh ở nhiều nơi.", "photo-caption", True),
    ("Biết tin về hoàn cảnh của gia đình, nhiều người trong xóm đã góp tiền và gạo để giúp hai ông bà vượt qua "
     "những ngày khó khăn.", "photo-caption", True),
    ("Nhiều gia đình dẫn con em vào khu trung tâm thương mại để hòa vào không khí ngày lễ.", "photo-caption", False),
    # a headline glued to its lead, a link box's label, an outlet's tag, a teaser cut short
    ("Giá rau xanh tăng gấp đôi sau đợt rét đậm Nhiều chợ đầu mối ghi nhận giá rau cải tăng mạnh so với tuần "
     "trước.", "related-box", False),
    ("Khởi công cao tốc Cao Lãnh - An Hữu Sáng 27/4, Bộ Giao thông vận tải đã khởi công dự án với tổng vốn lớn.",
     "related-box", False),
    ("Xem thêm: Nhiều ngân hàng giảm lãi suất huy động kỳ hạn ngắn trong tuần qua, ít nhất sáu ngân hàng đã "
     "điều chỉnh.", "teaser-link", False),
    ("VTV.vn - Thời điểm châu Âu bắt đầu chuyển sang mùa đông cũng là lúc những người yêu thích bơi lội khởi "
     "động mùa bơi.", "related-box", False),
    ("Sáng 5/3, Thường trực HĐND thành phố tổ chức phiên họp thường kỳ tháng 2 để đánh giá tình hình…",
     "related-box", False),
    ("Ngân hàng đồng loạt giảm lãi suất tiết kiệm kỳ hạn ngắn thì dòng tiền của người gửi sẽ chảy về đâu?",
     "related-headline", False),
    # too short for a paragraph; a widget's words are exact evidence
    ("Hội thao kết thúc và trao giải vào ngày 22/12.", "photo-caption", False),
    ("Mời quý độc giả theo dõi các chương trình đã phát sóng của Đài Truyền hình trên TV Online.", "widget", False),
])
def test_what_reads_as_prose(line, reason, prose):
    assert reads_as_prose(line, reason) is prose


def test_pages_without_such_a_line_clean_as_before():
    art = clean(page(HEAD, LEAD, BODY1, BODY2))
    assert art.paragraphs == [LEAD, BODY1, BODY2]
    assert not [u for u in art.unsure if "reads as a sentence" in u.reason]
