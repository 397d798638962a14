"""Titles round 18 (issue 22): the evaluation's reading of a headline whose site suffix the cleaner cut, and the
rules for the replay's title misses that recur."""

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))
import clean_eval as ce  # noqa: E402


def test_a_title_less_the_site_suffix_the_cleaner_recorded_is_the_headline():
    # '<HEADLINE> – <SITE>' labelled whole: the title without the site's name is right, and no line is lost,
    # when the cut suffix is recorded as removed; unrecorded, or another suffix, it is still a wrong title.
    head = "KẾT QUẢ BẦU CỬ: PHE ĐỐI LẬP ĐÁNH BẠI ĐẢNG CẦM QUYỀN – TIN NÓNG 24H"
    out = {"title": "KẾT QUẢ BẦU CỬ: PHE ĐỐI LẬP ĐÁNH BẠI ĐẢNG CẦM QUYỀN", "paragraphs": ["Lead câu đầu tiên."],
           "removed": [{"text": "– TIN NÓNG 24H", "reason": "outlet-suffix"}]}
    assert ce.title_found(head, out) == (True, False)
    assert ce.printed_title(head, out) == head
    assert ce.title_found(head, {**out, "removed": []}) == (False, False)
    assert ce.title_found(head, {**out, "removed": [{"text": "– TIN NÓNG 24H", "reason": "widget"}]})[0] is False
    assert ce.title_found(head.replace("24H", "365"), out)[0] is False


def test_the_cut_suffix_is_no_lost_line(tmp_path, monkeypatch):
    # The scoring reads the headline line against the title as printed: not counted lost (cleaned in process, as
    # `vietbrief clean --json` would print it).
    from pipeline.ingest.article import RawArticle
    from pipeline.ingest.clean import clean_article

    def clean_json(pages, code=None):
        out = {}
        for path in pages.glob("*.txt"):
            art = clean_article(RawArticle(path.name, path.read_text(encoding="utf-8"), "utf-8"))
            out[path.name] = {"title": art.title, "paragraphs": art.paragraphs,
                              "removed": [{"text": r.text, "reason": r.reason} for r in art.removed]}
        return out
    monkeypatch.setattr(ce, "clean_json", clean_json)
    page = tmp_path / "01.txt"
    page.write_text("#T|GIÁ VÀNG HÔM NAY TĂNG MẠNH SAU PHIÊN GIẢM SÂU – TIN TỨC 24H\n\n"
                    "Giá vàng trong nước sáng nay tăng mạnh sau phiên giảm sâu hôm qua, theo các doanh nghiệp.\n",
                    encoding="utf-8")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    res = ce.score(out_dir, ce.load_annotated(tmp_path, out_dir))
    assert res["titles_ok"] == 1 and res["real_lost"] == 0


# A capitals headline parted by a dash over its story (test83/15's shape; title_shapes 'caps' on four outlets).
_FEAST = "MỪNG LỄ MẸ LÊN TRỜI – BỔN MẠNG GIÁO ĐIỂM"
_FEAST_LEAD = ("Vào lúc 17g30 ngày 15.8.2023, cộng đoàn dân Chúa giáo điểm Phước An đã hân hoan mừng lễ Mẹ lên trời, "
               "lễ bổn mạng đầu tiên của giáo điểm, với đông đảo bà con tham dự.")
_FEAST_BODY = "Trước thánh lễ, cộng đoàn cử hành cuộc rước kiệu Đức Mẹ xung quanh nhà thờ trong tiếng hát vang."


def test_a_capitals_headline_parted_by_a_dash_is_no_list_of_names():
    from tests.test_clean import clean

    art = clean(f"{_FEAST}\n{_FEAST_LEAD}\n\n{_FEAST_BODY}\n")
    assert art.title == _FEAST and art.author is None


def test_reporters_in_capitals_stay_the_author():
    # the story takes up none of their words: names
    from tests.test_clean import clean

    art = clean(f"THANH THI – DIỄM HƯỜNG\n{_FEAST_LEAD}\n\n{_FEAST_BODY}\n")
    assert art.title is None and art.author == "THANH THI – DIỄM HƯỜNG"


def test_a_places_masthead_in_capitals_is_no_title():
    # 'XÃ X - HUYỆN Y' over the headline: the place's site's masthead, though the story names the place
    from tests.test_clean import clean

    head = "Phước An: Giáo điểm mừng lễ bổn mạng lần đầu tiên"
    art = clean(f"TRANG THÔNG TIN ĐIỆN TỬ\n\nXÃ PHƯỚC AN - HUYỆN CHÂU ĐỨC\n\n{head}\n{_FEAST_LEAD}\n\n{_FEAST_BODY}\n")
    assert art.title == head and art.author is None
    assert any(r.reason == "site-header" and r.text.startswith("XÃ PHƯỚC AN") for r in art.removed)


# A breadcrumb ending on the headline, the story's date or hour between them (test81/06's shape; bench shapes
# trailtime and trailday in the clean_round2 README, 'Titles round 18').
_HEAD = "Cô Tô – miền biển xanh, cát trắng, nắng vàng"
_LEAD = ("Qua khỏi sông Man, thuyền đưa chúng tôi ra Cô Tô lướt êm giữa lung linh bóng núi nhấp nhô trên mặt vịnh, "
         "miền biển xanh cát trắng hiện ra trước mắt.")
_BODY = "Thị trấn Cô Tô sầm uất chẳng kém gì một phố huyện trong đất liền, với những con đường bê tông trải dài."


def test_a_trail_ending_on_the_headline_over_its_hour_and_the_headline():
    from tests.test_clean import clean

    for stamp in ("1:40 PM", "Thứ Hai, 12/05/2025 08:30"):
        art = clean(f"Accueil » 2012 » Tháng sáu » 15 » {_HEAD}\n{stamp}\n{_HEAD}\n\n{_LEAD}\n\n{_BODY}\n")
        assert art.title == _HEAD, stamp
        assert not any(stamp in p for p in art.paragraphs)
        reasons = {r.text: r.reason for r in art.removed}
        assert reasons[f"Accueil » 2012 » Tháng sáu » 15 » {_HEAD}"] == "breadcrumb" and reasons[stamp] == "dateline"


def test_a_trail_ending_on_a_headline_closed_by_a_question_mark():
    from tests.test_clean import clean

    head = "Vì sao miền biển xanh Cô Tô hút khách du lịch mỗi mùa hè đến như vậy?"
    art = clean(f"Trang chủ » Du lịch » {head}\n{head}\n\n{_LEAD}\n\n{_BODY}\n")
    assert art.title == head and art.paragraphs[0] == _LEAD


def test_a_trail_deep_under_a_box_of_links_ending_on_a_headline_closed_by_a_stop():
    # Fourteen lines of another box's links over the trail, and a headline some sites close with a full stop.
    from tests.test_clean import clean

    head = "Miền biển xanh Cô Tô đón hơn một vạn lượt khách trong tháng sáu."
    import title_shapes as ts

    box = "\n".join(ts.LINKS + ts.MENU[:4])
    art = clean(f"Tin khác\n{box}\n\nTin tức » Du lịch » {head}\n12/05/2025\n{head}\n\n{_LEAD}\n\n{_BODY}\n")
    assert art.title == head
