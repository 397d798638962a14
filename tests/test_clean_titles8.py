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
