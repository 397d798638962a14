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


# A 'most read' box saved right over the headline, one link a line, no blank line between: the box's first link
# (sharing a word or two with the story by chance) is no title, and the headline over the lead is not one more link.
LINKS = ["Đọc nhiều", "Giá vàng hôm nay tăng mạnh sau phiên giảm sâu", "Hà Nội công bố lịch cắt điện tuần tới",
         "Tuyển Việt Nam chốt danh sách dự vòng loại", "Mưa lớn gây ngập nhiều tuyến phố ở TP.HCM"]
METRO = "Giá thuê căn hộ ven đô tăng mạnh sau khi tuyến metro vận hành"
METRO_LEAD = ("Sau hơn nửa năm tuyến metro số 1 đi vào hoạt động, giá thuê căn hộ dọc tuyến ở ven đô đã tăng "
              "15-25%, theo khảo sát của một công ty môi giới.")
METRO_BODY = ("Khảo sát cho thấy căn hộ hai phòng ngủ cách ga metro dưới một km hiện có giá thuê phổ biến 9-12 "
              "triệu đồng mỗi tháng, trong khi cùng kỳ năm ngoái chỉ 7-9 triệu đồng.")


def test_the_headline_under_a_box_of_links_is_the_title():
    art = clean("\n".join(LINKS + [METRO, METRO_LEAD, METRO_BODY]) + "\n")
    assert art.title == METRO
    assert art.paragraphs[0] == METRO_LEAD


def test_a_box_whose_lines_share_the_story_keeps_its_last_line():
    # A playlist over a story about its songs (test42/10's shape): every line shares the story's words, the last
    # one over the lead is one more song.
    songs = ["Danh sách phát", "01 Mùa thu Hà Nội Hồng Nhung 4:14", "02 Hà Nội mùa thu vàng Thu Phương 5:19",
             "03 Nhớ mùa thu Hà Nội Hồng Nhung 5:13", "04 Mùa thu cho em Hà Nội Thu Phương 5:00"]
    lead = ("Ca sĩ Hồng Nhung và Thu Phương vừa ra mắt album về mùa thu Hà Nội, gồm những ca khúc quen thuộc "
            "được phối mới.")
    body = "Album gồm mười bài hát về Hà Nội mùa thu, do Hồng Nhung và Thu Phương thể hiện, phát hành cuối tháng."
    assert clean("\n".join(songs) + f"\n{lead}\n{body}\n").title != songs[-1]


# A site's menu of 60 items saved one a line over a headline glued to its lead (a desktop and a mobile menu, both
# saved): the head is read from under the menu, however long, not from the page's first raw line.
MENU = ["Trang chủ", "Thời sự", "Chính trị", "Xã hội", "Kinh tế", "Thế giới", "Pháp luật", "Giáo dục", "Sức khỏe",
        "Văn hóa", "Giải trí", "Thể thao", "Công nghệ", "Xe", "Du lịch", "Bất động sản", "Đời sống", "Bạn đọc",
        "Video", "Podcast", "Tiêu điểm", "Quốc phòng", "Môi trường", "Khoa học", "Nhịp sống trẻ", "Tài chính",
        "Chứng khoán", "Doanh nghiệp", "Giới trẻ", "Ẩm thực"]


def test_a_headline_glued_to_its_lead_under_a_long_menu_is_the_title():
    page = "\n".join(MENU * 2 + [METRO, METRO_LEAD]) + f"\n\n{METRO_BODY}\n"
    art = clean(page)
    assert art.title == METRO
    assert art.paragraphs[0] == METRO_LEAD


def test_the_sites_name_over_the_date_of_the_day_is_no_title_nor_story():
    # A labelled development page (test70/04) re-crawled with the site's name and the
    # date of the day over its headline (bench/title_shapes.py 'sitedate'): the name was read as the story's first paragraph.
    import sys
    from pathlib import Path
    bench = Path(__file__).resolve().parent.parent / "bench"
    sys.path.insert(0, str(bench))
    import clean_eval as ce
    marked = (bench / "data/clean_round2/test70/04.txt").read_text(encoding="utf-8").splitlines()
    want = next(ln[3:] for ln in marked if ln.startswith("#T|"))
    raw = [ce.unmark(ln)[0] for ln in marked]
    hi = next(i for i, ln in enumerate(marked) if ln.startswith("#T|"))
    art = clean("\n".join(raw[:hi] + ["Báo Tin Mới", "Thứ Hai, 12/05/2025 08:30 (GMT+7)"] + raw[hi:]) + "\n")
    assert art.title == want
    assert "Báo Tin Mới" not in art.paragraphs
    # over anything but a date it is left to the other rules
    assert clean(f"Báo Tin Mới\n{METRO}\n\n{METRO_LEAD}\n\n{METRO_BODY}\n").title == METRO
