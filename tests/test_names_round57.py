"""A body only Vietnam has by its name (issue 25 round 57, names/vietnam_bodies.py) is a Vietnamese cue as strong as
Vietnam's name: a Vietnamese official in such an office keeps a Vietnamese name that is also a generated Chinese
glossary key, even when the sentence names a Chinese delegation. Names are glossary keys used for composed
Vietnamese officials; each test fails without the rule, with a Chinese guard (bench/data/names/probes_round57.tsv
holds more)."""

from __future__ import annotations

from pipeline.glossary.terms import Glossary
from pipeline.names.persons import find_in_text


def _person(text: str, vi: str):
    return next(p for p in find_in_text(text, Glossary.from_files()) if p.vi == vi)


def test_a_party_commission_only_vietnam_has_outweighs_a_chinese_glossary_entry():
    # (Hà Kim Bình is an NPC deputy's key, He Jinping)
    p = _person("Phó Trưởng Ban Đối ngoại Trung ương Hà Kim Bình tiếp đoàn cán bộ Đảng Cộng sản Trung Quốc.",
                "Hà Kim Bình")
    assert (p.origin, p.en) == ("vietnamese", "Ha Kim Binh")


def test_a_ministry_only_vietnam_has_outweighs_a_chinese_glossary_entry():
    p = _person("Thứ trưởng Bộ Nông nghiệp và Môi trường Hà Kim Bình làm việc với Tổng cục Hải quan Trung Quốc.",
                "Hà Kim Bình")
    assert (p.origin, p.en) == ("vietnamese", "Ha Kim Binh")


def test_a_numbered_military_region_is_vietnams():
    p = _person("Trung tướng Hà Kim Bình, Tư lệnh Quân khu 2, tiếp đoàn Chiến khu miền Nam của Quân Giải phóng "
                "Nhân dân Trung Quốc.", "Hà Kim Bình")
    assert (p.origin, p.en) == ("vietnamese", "Ha Kim Binh")


def test_chinas_own_commission_keeps_the_glossary_entry():
    # China's liaison department shares words with Vietnam's foreign-relations commission, not its name
    p = _person("Phó Trưởng Ban Liên lạc Đối ngoại Trung ương Hà Kim Bình tiếp đoàn cán bộ Đảng Cộng sản Việt Nam.",
                "Hà Kim Bình")
    assert p.en == "He Jinping"
    p = _person("Thứ trưởng Bộ Nông nghiệp và Nông thôn Trung Quốc Hà Kim Bình tiếp đoàn Việt Nam.", "Hà Kim Bình")
    assert p.en == "He Jinping"


def test_the_unqualified_host_of_a_chinese_side_is_vietnams():
    # (namesakes.py: an office that names no country, facing a side China's by its own words)
    p = _person("Cục trưởng Cục Cảnh sát hình sự Bộ Công an Hà Kim Bình tiếp đoàn cảnh sát Trung Quốc sang trao đổi "
                "về tội phạm xuyên biên giới.", "Hà Kim Bình")
    assert (p.origin, p.en) == ("vietnamese", "Ha Kim Binh")
    p = _person("Thiếu tướng Hà Kim Bình, Cục trưởng Cục Quản lý xuất nhập cảnh, làm việc với đoàn Cục Quản lý xuất "
                "nhập cảnh quốc gia Trung Quốc.", "Hà Kim Bình")
    assert (p.origin, p.en) == ("vietnamese", "Ha Kim Binh")


def test_a_glossary_person_facing_vietnam_or_faced_keeps_the_entry():
    # facing Vietnam's side, a Chinese place only as what is talked of, or being the side faced: the entry holds
    assert _person("Thứ trưởng Bộ Công an Hà Kim Bình tiếp đoàn cảnh sát Việt Nam tại Bắc Kinh.",
                   "Hà Kim Bình").en == "He Jinping"
    assert _person("Bộ trưởng Ngoại giao Hà Kim Bình cho biết Bắc Kinh sẵn sàng cùng Hà Nội quản lý bất đồng.",
                   "Hà Kim Bình").en == "He Jinping"
    assert _person("Đại sứ Việt Nam tiếp Thứ trưởng Hà Kim Bình và đoàn cảnh sát Trung Quốc.",
                   "Hà Kim Bình").en == "He Jinping"


def test_leading_vietnams_delegation_is_being_vietnams():
    p = _person("Thứ trưởng Bộ Giao thông vận tải Hà Kim Bình dẫn đầu đoàn Việt Nam sang Bắc Kinh dự hội nghị.",
                "Hà Kim Bình")
    assert (p.origin, p.en) == ("vietnamese", "Ha Kim Binh")
    assert _person("Thứ trưởng Bộ Giao thông vận tải Hà Kim Bình dẫn đầu đoàn Trung Quốc sang Hà Nội dự hội nghị.",
                   "Hà Kim Bình").en == "He Jinping"


def test_a_hand_checked_entry_meeting_its_own_countrys_people_keeps_its_form():
    # the facing rule is for the generated entries only (namesakes.GENERATED), and for a delegation faced
    for text, vi, en in (("Chủ tịch Tập Cận Bình gặp đại diện doanh nghiệp Trung Quốc tại Hà Nội.", "Tập Cận Bình",
                          "Xi Jinping"),
                         ("Thủ tướng Lý Cường tiếp đoàn doanh nghiệp Trung Quốc đầu tư ở nước ngoài.", "Lý Cường",
                          "Li Qiang"),
                         ("Phó Tỉnh trưởng Hà Kim Bình tiếp đoàn doanh nghiệp Trung Quốc.", "Hà Kim Bình",
                          "He Jinping"),
                         ("Thứ trưởng Hà Kim Bình gặp các nhà ngoại giao Trung Quốc tại Bắc Kinh.", "Hà Kim Bình",
                          "He Jinping")):
        assert _person(text, vi).en == en
