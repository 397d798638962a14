"""Loss guard, round eleven (issue 22): bench/rule_price.py weighs each removal rule by the lines it took - noise, an
article line lost (with the rule clean_eval names for it), a copy whose words stay, a headline."""
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import rule_price  # noqa: E402

HEADLINE = "Hà Nội khởi công cầu vượt sông Hồng mới"
LEAD = "Sáng 5/12, UBND thành phố Hà Nội đã tổ chức lễ khởi công xây dựng cầu vượt sông Hồng mới nối hai quận."
CAPTION = "Lãnh đạo thành phố bấm nút khởi công"
SUBHEAD = "Những con số ấn tượng của dự án"
BODY = "Cây cầu dài 5 km, rộng 43 m, có tổng vốn đầu tư hơn 17.000 tỷ đồng và dự kiến hoàn thành trong năm 2027."


def test_each_rule_is_priced_by_the_labels_of_what_it_took(tmp_path):
    (tmp_path / "a.txt").write_text("\n".join([HEADLINE, LEAD, CAPTION, SUBHEAD, BODY, LEAD]) + "\n", encoding="utf-8")
    labels = [{"file": "a.txt", "title": HEADLINE, "noise": [{"text": CAPTION, "kind": "caption"}]}]
    cleaned = {"a.txt": {"title": HEADLINE, "paragraphs": [LEAD, BODY],
                         "removed": [{"text": CAPTION, "reason": "photo-caption"},
                                     {"text": SUBHEAD, "reason": "photo-caption"},
                                     {"text": LEAD, "reason": "repeated-line"}]}}
    counts, shown = rule_price.price("clean_pages", tmp_path, labels, cleaned)
    assert counts["photo-caption", "noise"] == 1
    assert counts["photo-caption", "lost"] == 1  # the sub-head: its words nowhere in the kept text
    assert counts["repeated-line", "copy"] == 1  # the lead printed twice, labelled article twice: one copy went
    assert counts["repeated-line", "lost"] == 0 and counts["photo-caption", "headline"] == 0
    assert any(SUBHEAD in line and "photo-caption" in line for line in shown)


def test_a_line_the_replayed_guard_put_back_is_no_noise_taken(tmp_path):
    # The replay appends a line it puts back to the paragraphs and leaves its removal in the record; a repeated
    # line's text stands in the paragraphs too, so what was put back is told by the caller.
    (tmp_path / "a.txt").write_text("\n".join([HEADLINE, LEAD, CAPTION, BODY]) + "\n", encoding="utf-8")
    labels = [{"file": "a.txt", "title": HEADLINE, "noise": [{"text": CAPTION, "kind": "caption"}]}]
    cleaned = {"a.txt": {"title": HEADLINE, "paragraphs": [LEAD, BODY, CAPTION],
                         "removed": [{"text": CAPTION, "reason": "photo-caption"}]}}
    counts, _ = rule_price.price("clean_pages", tmp_path, labels, cleaned, {"a.txt": Counter([CAPTION])})
    assert counts["photo-caption", "noise"] == 0
    assert rule_price.price("clean_pages", tmp_path, labels, cleaned)[0]["photo-caption", "noise"] == 1
