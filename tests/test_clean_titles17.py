"""Titles round 17 (issue 22): page layouts a crawler saves around a headline, whatever the outlet
(bench/title_shapes.py's round 17 shapes). The headline named by a metadata field atop a crawler's text ('Title:
<headline>', a front matter's 'title: ...'): the field's name is no part of the title, and the field outranks what
the page's top holds under it (a menu, a masthead)."""
from pipeline.ingest.clean import headmeta
from tests.test_clean import clean

HEAD = "Giá lúa tăng mạnh ở đồng bằng sông Cửu Long"
LEAD = ("Cần Thơ - Giá lúa tại các tỉnh miền Tây tăng mạnh trong tuần qua, nông dân phấn khởi vì vụ mùa bội thu "
        "sau nhiều tháng giá thấp.")
BODY = "Theo các thương lái, giá lúa tươi hiện ở mức 8.000 đồng mỗi kg, cao hơn tuần trước 500 đồng."


def test_a_title_field_atop_the_page_is_the_title_without_its_name():
    for field, close in (("Title: ", ""), ("title: ", ""), ("Tiêu đề: ", ""), ('title = "', '"')):
        art = clean(f"{field}{HEAD}{close}\n\n{LEAD}\n\n{BODY}\n")
        assert art.title == HEAD, field
        assert art.paragraphs[0] == LEAD


def test_a_title_field_outranks_a_masthead_under_it():
    page = f"Title: {HEAD}\n\nBÁO NÔNG THÔN MỚI\nTrang chủ\nKinh tế\nXã hội\nThể thao\n\n{LEAD}\n\n{BODY}\n"
    assert clean(page).title == HEAD


def test_a_title_field_in_the_story_is_left_alone():
    page = f"{HEAD}\n\n{LEAD}\n\nTiêu đề: Mùa vàng trên quê hương\n\n{BODY}\n"
    art = clean(page)
    assert art.title == HEAD
    assert "Tiêu đề: Mùa vàng trên quê hương" in art.paragraphs
    assert headmeta._TITLE_FIELD_RE.match("Title: x")
