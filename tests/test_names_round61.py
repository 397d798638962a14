"""Issue 25 round 61: a work's title that opens with a body's head word (phim "Sở ...", tiểu thuyết Hội ...) names no
body, so it brings no office convention for Vietnam (offices.body). Composed names; each test fails without its rule."""

from __future__ import annotations

from pipeline.names import offices
from pipeline.names.persons import find_in_text
from tests.test_names_forms import person_in


def _origins(text: str) -> dict[str, str]:
    return {p.vi: p.origin for p in find_in_text(text)}


def test_a_work_title_is_no_body():
    assert not offices.body(', nữ chính phim "Sở Kiều truyện"')
    assert not offices.body(", tác giả tiểu thuyết Hội Hè Miền Núi")
    # (a Chinese-shaped name near China, the convention gone: the shape decides)
    found = _origins('Lương Tĩnh Dĩnh, nữ chính phim "Sở Kiều truyện", đoạt giải tại liên hoan phim của truyền hình '
                     'Trung Quốc.')
    assert found["Lương Tĩnh Dĩnh"] == "inferred"


def test_a_body_named_as_such_still_brings_the_convention():
    assert offices.body(", Giám đốc Sở Văn hóa và Thể thao")
    found = _origins("Nguyễn Thị Lan, Giám đốc Sở Văn hóa, dự lễ trao giải phim ở Trung Quốc.")
    assert found["Nguyễn Thị Lan"] == "vietnamese"


def test_the_office_taken_up_after_the_name_places_the_person():
    # (region.py: the office after nhậm chức is the person's own, as a title before the name is)
    person = person_in("Ông Lương Vĩnh Khang tuyên thệ nhậm chức Trưởng Đặc khu Hành chính Ma Cao trước sự chứng kiến "
                     "của Chủ tịch Trung Quốc.", "Lương Vĩnh Khang")
    assert person.region == "macau" and person.en == "Leong Weng Hong"  # Macau's form first, the pinyin second
    assert person.candidates[1].en == "Liang Yongkang"


def test_where_the_oath_is_taken_places_no_one():
    person = person_in("Ông Lương Vĩnh Khang tuyên thệ nhậm chức tại Ma Cao, Chủ tịch Trung Quốc dự lễ.", "Lương Vĩnh Khang")
    assert person.region is None
    person = person_in("Ông Nguyễn Văn Hùng nhậm chức Tổng lãnh sự Việt Nam tại Hồng Kông.", "Nguyễn Văn Hùng")
    assert person.origin == "vietnamese" and person.region is None
