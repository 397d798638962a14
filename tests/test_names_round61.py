"""Issue 25 round 61: a work's title that opens with a body's head word (phim "Sở ...", tiểu thuyết Hội ...) names no
body, so it brings no office convention for Vietnam (offices.body). Composed names; each test fails without its rule."""

from __future__ import annotations

from pipeline.names import offices
from pipeline.names.persons import find_in_text


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
