"""Cleaner round 59 (issue 22, session 26): the article lines the cleaner loses on pages nobody tuned for. The one
shape that recurs and is the story's far more often than noise: the note announcing the story's pictures, set
without a colon as its last line ('Một số hình ảnh Hội nghị'), which a caption's, a related headline's or the
signature's rule took (test95/04, 103/13, 116/09). The loss guard puts it back (structure.part_of,
runs.closing_gallery_note). Pages of this file's own writing; each mirror is a noise line of the same rule that
still goes. And bench/clean_eval.py names what cut a lost line short, where no removal holds it whole."""
import sys
from pathlib import Path

import pytest

from pipeline.ingest.clean.lines import Line
from pipeline.ingest.clean.runs import closing_gallery_note
from tests.test_clean import BODY1, BODY2, HEAD, LEAD, clean, page, reasons

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import clean_eval  # noqa: E402

CAPTION = "Ảnh: Lãnh đạo tỉnh trao quyết định cho chủ đầu tư dự án."
SIGNATURE = "Minh Anh - Phó Chủ tịch Công đoàn"


@pytest.mark.parametrize("lines", [
    # under the story's last paragraph, over its signature: the signature's rule and a related headline's took it
    (LEAD, BODY1, BODY2, "Một số hình ảnh lễ khởi công", "Minh Anh"),
    (LEAD, BODY1, BODY2, "Một số hình ảnh tại buổi lễ khởi công dự án", SIGNATURE),
    # a caption higher up the story: the note under the paragraph after it is still the story's
    (LEAD, BODY1, CAPTION, BODY2, "Một số hình ảnh tham gia lễ khởi công của các nhà thầu", SIGNATURE),
])
def test_the_note_announcing_the_storys_pictures_as_its_last_line_stays(lines):
    note = next(line for line in lines if line.startswith("Một số"))
    art = clean(page(HEAD, *lines))
    assert note in art.paragraphs and note not in reasons(art)
    assert art.title == HEAD and art.paragraphs[:2] == [LEAD, BODY1]


def test_a_note_over_the_gallerys_placeholders_stays_as_it_did():
    art = clean(page(HEAD, LEAD, BODY1, BODY2, "Một vài hình ảnh lễ khởi công", "[Ảnh 1]", "[Ảnh 2]"))
    assert "Một vài hình ảnh lễ khởi công" in art.paragraphs


def test_the_signature_under_the_note_still_goes():
    art = clean(page(HEAD, LEAD, BODY1, BODY2, "Một số hình ảnh lễ khởi công", "Minh Anh"))
    assert reasons(art).get("Minh Anh") == "author"


@pytest.mark.parametrize("lines, line, reason", [
    # a caption naming what one picture shows, no 'some pictures': a related headline's rule takes it as before
    ((LEAD, BODY1, BODY2, "Hình ảnh tại buổi lễ khởi công dự án", SIGNATURE),
     "Hình ảnh tại buổi lễ khởi công dự án", "related-headline"),
    # under a caption the rules took, not under the story's text: the gallery's own caption
    ((LEAD, BODY1, BODY2, CAPTION, "Một số hình ảnh tại lễ khởi công", "Minh Anh"),
     "Một số hình ảnh tại lễ khởi công", "before-signature"),
    # another story's headline of the same words under a related box's label
    ((LEAD, BODY1, BODY2, "Tin liên quan", "Một số hình ảnh về cảng biển lớn nhất miền Trung"),
     "Một số hình ảnh về cảng biển lớn nhất miền Trung", "teaser-block"),
])
def test_a_picture_line_not_under_the_storys_text_or_naming_one_picture_still_goes(lines, line, reason):
    art = clean(page(HEAD, *lines))
    assert reasons(art).get(line) == reason and line not in art.paragraphs


def _lines(*texts: str, kept: tuple[bool, ...]) -> list[Line]:
    return [Line(i, i, text, k) for i, (text, k) in enumerate(zip(texts, kept))]


def test_closing_gallery_note_reads_the_page_around_the_line():
    note = "Một số hình ảnh Hội nghị"
    assert closing_gallery_note(_lines(BODY1, note, "Minh Anh", kept=(True, False, False)), 1)
    assert not closing_gallery_note(_lines(BODY1, note, BODY2, kept=(True, False, True)), 1)  # the story goes on
    assert not closing_gallery_note(_lines(CAPTION, note, kept=(False, False)), 1)
    for other in ("Hình ảnh giải đấu", "Một số hình ảnh tại hội nghị:",
                  "Một số hình ảnh cho thấy chiếc xe tải lao qua dải phân cách rồi đâm vào nhà dân ở bên kia đường, "
                  "theo camera của người dân gần đó ghi lại"):
        assert not closing_gallery_note(_lines(BODY1, other, kept=(True, False)), 1)


def test_a_lost_line_cut_short_is_named_by_what_the_cleaner_cut_off_it():
    # The line counts as lost (a tag longer than the scorer forgives, a credit at its end), but the cleaner recorded
    # the piece it took: the report names it, not 'rewritten or merged'.
    tagged, credited = f"(Thủy sản Việt Nam) - {BODY1}", f"{BODY2} Ảnh: Tiêu Phong."
    out = {"title": HEAD, "paragraphs": [LEAD, BODY1, BODY2],
           "removed": [{"text": "(Thủy sản Việt Nam) -", "reason": "outlet-tag"},
                       {"text": "Ảnh: Tiêu Phong.", "reason": "photo-credit"}, {"text": "0", "reason": "counter"}]}
    assert clean_eval.removed_by(tagged, out) == \
        "not among the removed lines: cut short, outlet-tag cut off it (recorded)"
    assert clean_eval.removed_by(credited, out) == \
        "not among the removed lines: cut short, photo-credit cut off it (recorded)"
    assert clean_eval.removed_by(LEAD, out) == "not among the removed lines (rewritten or merged)"
    assert clean_eval.removed_by(BODY1, {**out, "removed": [{"text": BODY1, "reason": "photo-caption"}]}) \
        == "photo-caption"
