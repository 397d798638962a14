"""Finding persons named beside teammates or a partner, or called a face (issue 25 round 47): composed names, each
rule's test fails without it, with a place or a Vietnamese national as the guard beside it."""

from __future__ import annotations

from pipeline.names.persons import find_in_text


def _origins(text: str) -> dict[str, str]:
    return {p.vi: p.origin for p in find_in_text(text)}


def test_two_syllables_opening_the_sentence_with_teammates_are_a_person():
    # only a person has teammates or colleagues (X cùng các đồng đội ...); a place opening the sentence is no person
    assert "Khổng Lượng" in _origins("Khổng Lượng cùng các đồng đội giành huy chương vàng đồng đội nam.")
    assert "Khổng Lượng" in _origins("Khổng Lượng và đồng nghiệp công bố kết quả nghiên cứu.")
    assert _origins("Sơn Đông cùng các đội bóng khác giành quyền thăng hạng.") == {}


def test_teammates_at_a_national_team_say_whose_team_it_is():
    # cùng các đồng đội tuyển Trung Quốc: one of that team, as cùng đội tuyển Trung Quốc already was
    # (a name that reads Vietnamese too, Trần Hải: without the rule it stays unknown)
    assert _origins("Trần Hải cùng các đồng đội tuyển Trung Quốc giành huy chương vàng đồng đội nam.") == {
        "Trần Hải": "inferred"}
    assert _origins("Ông Khổng Gia Lượng cùng các đồng đội tuyển Việt Nam giành huy chương vàng.")[
        "Khổng Gia Lượng"] == "vietnamese"


def test_the_partner_of_a_full_name_opening_the_sentence_shares_its_predicate():
    # X và Y Z W nằm trong / là hai ...: the full name is a subject with what it does, so is its partner
    got = _origins("Khổng Lượng và Triệu Gia Hào là hai trụ cột của đội tuyển bóng chuyền nữ Trung Quốc.")
    assert got == {"Khổng Lượng": "inferred", "Triệu Gia Hào": "inferred"}
    assert "Khổng Lượng" in _origins("Khổng Lượng và Triệu Gia Hào nằm trong nhóm nữ diễn viên có thù lao cao nhất.")


def test_a_full_name_called_a_face_is_a_person():
    # X Y Z, gương mặt quen thuộc của ...: only a person is called a face; a place with another apposition is not
    assert "Khổng Gia Lượng" in _origins("Khổng Gia Lượng, gương mặt quen thuộc trong phim học đường, vừa nhận vai "
                                         "chính.")
    assert _origins("Thừa Thiên Huế, điểm đến quen thuộc của du khách, vừa mở thêm tuyến bay.") == {}
