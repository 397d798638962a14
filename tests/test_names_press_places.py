"""China's places in the form the press writes them where it departs from the characters' reading
(bench/names_places.py, _PRESS_FORMS)."""

from __future__ import annotations

from pipeline.names.persons import find_in_text


def _origins(text):
    return {p.vi: p.origin for p in find_in_text(text)}


def test_zhuhai_as_the_press_writes_it_names_a_chinese_citys_head():
    # 珠海 reads Châu Hải; the press writes Chu Hải
    assert _origins("Bí thư Thành ủy Chu Hải Lữ Ngọc Ấn tiếp đoàn doanh nghiệp Quảng Ninh.") == {
        "Lữ Ngọc Ấn": "inferred"}
    assert _origins("Thị trưởng Chu Hải Diêu Văn Bình cho biết thành phố muốn mở đường bay tới Đà Nẵng.") == {
        "Diêu Văn Bình": "inferred"}


def test_a_vietnamese_name_opening_with_chu_hai_and_a_vietnamese_visitor_stay_vietnamese():
    assert _origins("Bí thư Thành ủy Chu Hải Nam phát biểu tại hội nghị.") == {"Chu Hải Nam": "vietnamese"}
    assert _origins("Ông Chu Hải Long, Chủ tịch UBND phường, dự lễ khánh thành.") == {"Chu Hải Long": "vietnamese"}
    assert _origins("Ông Nguyễn Văn Hùng, Phó Chủ tịch UBND tỉnh Quảng Ninh, làm việc tại thành phố Chu Hải.") == {
        "Nguyễn Văn Hùng": "vietnamese"}
