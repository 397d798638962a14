"""Origin from what a person says, serves as or faces (issue 25 round 47): a spokesperson speaking for China with no
office convention behind them; the capacity one acts in; a return home; facing Vietnam's side; a list after a side
named. Composed names; each rule's test fails without it, with Vietnamese guards beside it."""

from __future__ import annotations

from pipeline.names.persons import find_in_text


def _origins(text: str) -> dict[str, str]:
    return {p.vi: p.origin for p in find_in_text(text)}


def test_a_spokesperson_speaking_for_china_outweighs_the_texts_default():
    # người phát ngôn is no office of offices.py, so the text's default (Vietnamese) had decided before the setting
    assert _origins("Người phát ngôn Hầu Lập Quân nói tại cuộc họp báo thường kỳ ở Bắc Kinh rằng hai bên nhất "
                    "trí.") == {"Hầu Lập Quân": "inferred"}
    assert _origins("Theo người phát ngôn Hầu Lập Quân, Trung Quốc phản đối mọi hình thức áp thuế.") == {
        "Hầu Lập Quân": "inferred"}


def test_anyone_else_saying_what_china_does_keeps_the_default():
    # an expert or an untitled person may comment on China from Vietnam; a spokesperson with Vietnam near is Vietnam's
    assert _origins("Ông Hầu Lập Quân cho biết Trung Quốc sẽ mở cửa thị trường.") == {
        "Hầu Lập Quân": "vietnamese"}
    assert _origins("Người phát ngôn Hầu Lập Quân cho biết Trung Quốc đã vi phạm vùng biển của Việt Nam.")[
        "Hầu Lập Quân"] == "vietnamese"


def test_the_capacity_one_acts_in_says_whose_office_it_is():
    # trên / với / ở cương vị + an office of a country, later in the sentence: as với tư cách, an identity phrase
    got = _origins("Bộ trưởng Ngoại giao Lê Văn Thành tiếp Đại sứ Hầu Lập Quân nhân dịp ông đến chào xã giao trên "
                   "cương vị Đại sứ Trung Quốc tại Việt Nam.")
    assert got["Hầu Lập Quân"] == "inferred"
    assert _origins("Ông Hầu Lập Quân, trên cương vị Đại sứ Việt Nam tại Trung Quốc, đã thúc đẩy hợp tác.")[
        "Hầu Lập Quân"] == "vietnamese"


def test_a_return_home_says_whose_country_it_is():
    # trở về / quay về + a country or its capital: one goes back to one's own country (a visitor trở lại, sang)
    assert _origins("Ông Trần Hải Phong, cựu Thứ trưởng Bộ Công an, bị bắt giữ khi trở về Trung Quốc.")[
        "Trần Hải Phong"] == "inferred"
    assert _origins("Ông Trần Hải Phong, Thứ trưởng Bộ Công an, trở về Hà Nội sau chuyến thăm Bắc Kinh.")[
        "Trần Hải Phong"] == "vietnamese"


def test_facing_vietnams_leaders_or_delegation_is_the_other_side():
    # X gặp lãnh đạo Việt Nam / tiếp đoàn đại biểu Việt Nam, China named: of the other side, as facing a counterpart
    # named Vietnam's already was; not an envoy (Vietnam's ambassador receives Vietnam's delegations in Beijing), nor
    # a person named inside the faced side
    assert _origins("Phó Thủ tướng Hầu Lập Quân tiếp đoàn đại biểu Việt Nam tại Bắc Kinh.") == {
        "Hầu Lập Quân": "inferred"}
    assert _origins("Đại sứ Hầu Lập Quân tiếp đoàn đại biểu Việt Nam tại Bắc Kinh.") == {"Hầu Lập Quân": "vietnamese"}
    got = _origins("Bộ trưởng Hầu Lập Quân hoan nghênh Bộ trưởng Lương Văn Quang và đoàn đại biểu Bộ Công an Việt Nam "
                   "đến thăm Trung Quốc, từ thành công chuyến thăm Trung Quốc của Tổng Bí thư Lê Văn Lâm.")
    assert got["Lê Văn Lâm"] == "vietnamese"


def test_every_person_listed_after_a_side_is_of_that_side():
    # về phía Trung Quốc có A và B: the second too (the delegation rule reads at most four words before the name);
    # a verb ends the list (... tham dự, còn Thứ trưởng B chủ trì: B's own side again)
    got = _origins("Tham dự hội đàm về phía Trung Quốc có Phó Thủ tướng Hầu Lập Quân và Phó Thủ tướng Lê Quốc Trung.")
    assert got == {"Hầu Lập Quân": "inferred", "Lê Quốc Trung": "inferred"}
    assert _origins("Phía Trung Quốc có Bộ trưởng Hầu Lập Quân tham dự, còn Thứ trưởng Lê Văn Trung chủ trì.")[
        "Lê Văn Trung"] == "vietnamese"
