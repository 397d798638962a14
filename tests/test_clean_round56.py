"""Cleaner round 56 (issue 22): noise that pages nobody tuned for keep, by shapes that recur across hosts. An office
signing the story's last line in its full name: its field spelled in lower case before the place it serves, or a
name of seven or eight words (test35/23, test95/06; the desk rule read such offices on test43, 45, 72, 86 ...).
Pages of this file's own writing; each mirror is a story's line of the same shape that stays."""
import pytest

from pipeline.ingest.clean.offices import desk_signature
from tests.test_clean import BODY1, BODY2, HEAD, LEAD, clean, page, reasons


@pytest.mark.parametrize("office", ["Phòng tư pháp huyện Vũ Quang", "Trung tâm Dịch vụ Tổng hợp xã",
                                    "Phòng giáo dục huyện Hải Lăng", "Trung tâm y tế thị xã Quảng Trị"])
def test_an_office_signing_the_last_line_in_its_full_name_goes(office):
    art = clean(page(HEAD, LEAD, BODY1, BODY2, office))
    assert reasons(art).get(office) == "author"
    assert art.author == office
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1, BODY2]


@pytest.mark.parametrize("line", ["Ban hành kèm theo quyết định số 12", "Phòng chống dịch bệnh cho đàn gia súc",
                                  "Hội thi nấu ăn ngon của phụ nữ thôn"])
def test_a_phrase_opening_on_an_offices_word_with_no_place_is_no_desk(line):
    assert not desk_signature(line, BODY2)


def test_the_same_office_over_more_of_the_story_stays():
    office = "Phòng tư pháp huyện Vũ Quang"
    art = clean(page(HEAD, LEAD, BODY1, office, BODY2))
    assert office in art.paragraphs and art.author != office
