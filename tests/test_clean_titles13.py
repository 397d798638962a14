"""Titles round 13 (issue 22): a headline closed by a full stop under the section's label a site prints over it
(headstop._stopped_under_label). The label was taken for the title (a stop is no headline's shape) or taken out as
a label with no title left; the line under it, one short sentence with no comma set apart by a blank line, half its
content words in the story, is the headline. A lead's sentence under a label (a comma, a date) stays in the story."""
from tests.test_clean import clean

HEAD = "Hỗ trợ nông dân đầu tư máy sấy nông sản tại các xã miền núi."
LEAD = ("Ngày 12-3, Trung tâm Khuyến nông tỉnh đã nghiệm thu dự án hỗ trợ nông dân đầu tư máy sấy nông sản tại "
        "năm xã miền núi của huyện, với tổng kinh phí hơn 300 triệu đồng từ ngân sách tỉnh.")
BODY = ("Các máy sấy giúp nông dân chủ động bảo quản nông sản sau thu hoạch, giảm hao hụt và nâng giá bán, nhất là "
        "trong những tháng mưa kéo dài ở các xã miền núi.")


def test_a_stopped_headline_under_a_paired_label_taken_for_the_title_is_the_title():
    art = clean("\n\n".join(["Nông nghiệp - Nông thôn", HEAD, LEAD, BODY]) + "\n")
    assert art.title == HEAD.rstrip(".") or art.title == HEAD
    assert art.paragraphs[0].startswith("Ngày 12-3")
    assert any(r.text == "Nông nghiệp - Nông thôn" and r.reason == "section-label" for r in art.removed)


def test_a_stopped_headline_under_a_short_label_taken_out_is_the_title_over_its_copy_in_capitals():
    # Its copy in capitals, cut over two lines, between it and the lead: the lead is not the next line.
    copy = "HỖ TRỢ NÔNG DÂN ĐẦU TƯ MÁY SẤY\nNĂM 2024"
    art = clean("\n\n".join(["Tin tức", HEAD, copy, LEAD, BODY]) + "\n")
    assert art.title in (HEAD, HEAD.rstrip("."))
    assert any(p.startswith("Ngày 12-3") for p in art.paragraphs)


def test_a_lead_sentence_with_a_comma_under_a_label_stays_in_the_story():
    first = "Sáng 12-3, tỉnh đã hỗ trợ nông dân đầu tư máy sấy nông sản tại các xã miền núi."
    art = clean("\n\n".join(["Nông nghiệp - Nông thôn", first, LEAD, BODY]) + "\n")
    assert art.title not in (first, first.rstrip("."))
    assert first in art.paragraphs
