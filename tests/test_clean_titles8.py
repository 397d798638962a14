"""Titles round 8 (issue 22): headlines on pages no rule was written for (test55/56 first), each shape seen there."""
import textwrap

from pipeline.ingest.clean.bylines import DATELINE_RE
from tests.test_clean import BODY1, BODY2, HEAD, LEAD, LONG3, clean, page, reasons


def test_an_update_date_under_the_headline_is_its_dateline():
    assert DATELINE_RE.match("Ngày cập nhật 28/03/2017") and DATELINE_RE.match("Cập nhật ngày 28/03/2017")
    # Under a portal's widgets, the headline over its 'Ngày cập nhật' line is no related story's.
    art = clean("Tìm kiếm tin tức\n\nLiên kết website\n\n" + HEAD + "\nNgày cập nhật 28/03/2017\n\n"
                + page(LEAD, BODY1, BODY2))
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1, BODY2]
    assert reasons(art)["Ngày cập nhật 28/03/2017"] == "dateline"


# A headline longer than a hand-wrapped text's lines (a crawler's one line for the <h1>, then the body as wrapped).
LONG_HEAD = "Quảng Trị khởi công mở rộng cảng biển Mỹ Thủy với tổng vốn hơn 14.000 tỷ đồng trong giai đoạn một"


def test_a_headline_longer_than_the_hand_wrapped_lead_under_it_is_set_apart():
    body = [textwrap.fill(p, 70) for p in (LEAD, BODY1, BODY2, LONG3)]
    art = clean("29/08/2022\n" + LONG_HEAD + "\nLượt xem: 305\n" + "\n\n".join(body) + "\n")
    assert art.title == LONG_HEAD and art.paragraphs == [LEAD, BODY1, BODY2, LONG3]
    # As long as the wrapped lines, the first line is the lead's own (test_text_wrapped_by_hand_is_not_split...).
    art = clean("\n\n".join(body) + "\n")
    assert art.title is None and art.paragraphs == [LEAD, BODY1, BODY2, LONG3]
