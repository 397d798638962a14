"""Cleaner round 49 (issue 22): noise that holds on pages no rule was written for (bench/noise_transplant.py): a
trail from the site's home page wherever the crawl left it, not only over the headline."""
from pipeline.ingest.clean.trails import home_trail
from tests.test_clean import BODY1, BODY2, BODY3, HEAD, LEAD, clean, page, reasons


def test_a_home_trail_ending_on_a_headline_under_the_story_goes():
    trail = "Trang chủ / Tỉnh xử phạt doanh nghiệp xả thải ra môi trường 300 triệu đồng"
    art = clean(page(HEAD, LEAD, BODY1, BODY2, trail, BODY3))
    assert reasons(art).get(trail) == "breadcrumb"
    assert BODY3 in art.paragraphs


def test_a_bulleted_home_link_between_paragraphs_goes():
    art = clean(page(HEAD, LEAD, BODY1, "• Trang chủ", BODY2))
    assert reasons(art).get("• Trang chủ") == "breadcrumb"


def test_a_sentence_about_a_home_page_stays():
    assert not home_trail("Trang chủ của cổng thông tin đã được nâng cấp giao diện mới.")
    assert not home_trail("Trang chủ / trang con phải có đường dẫn rõ ràng.")
    line = "Trang chủ của website bị tin tặc tấn công, thay bằng nội dung xuyên tạc"
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
    assert line not in reasons(art)
