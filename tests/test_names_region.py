"""Hong Kong, Macau and Taiwan persons (pipeline/names/region.py): the region their own words place them in, and
the brief's name flag saying that the pinyin inferred for one is not the form the English-language press uses."""

from __future__ import annotations

import pytest

from pipeline.glossary.terms import Glossary
from pipeline.names.entries import entry, note
from pipeline.names.persons import find_in_text
from pipeline.translation.glossary_layer import GlossaryTranslator
from helpers import Copy

BARE = Glossary.from_files([], builtin=False)


@pytest.mark.parametrize("sentence, name, region", [
    # an office of theirs there, before the name or in apposition
    ("Nhà lập pháp Hồng Kông Trương Quốc Quân phát biểu tại hội đồng.", "Trương Quốc Quân", "hong kong"),
    ("Trưởng Đặc khu Hành chính Ma Cao Hạ Nhất Thành tiếp đoàn doanh nghiệp.", "Hạ Nhất Thành", "macau"),
    ("Ông Quách Văn Lâm, nghị sĩ Hội đồng Lập pháp Ma Cao, cho biết ngành du lịch phục hồi.", "Quách Văn Lâm",
     "macau"),
    ("Bà Tiêu Mỹ Cầm, người Đài Loan, phát biểu tại hội thảo.", "Tiêu Mỹ Cầm", "taiwan"),
    # a Taiwan party, with Taiwan named in the sentence
    ("Ông Lư Chí Hào, Phó Chủ tịch Quốc dân Đảng, dẫn đầu đoàn Đài Loan thăm Trung Quốc đại lục.", "Lư Chí Hào",
     "taiwan"),
    # bodies, parties and cities only Taiwan and Hong Kong have, with no region named: Chinese (Vietnamese before,
    # by the office convention), the region where one is told (the Kuomintang alone tells none)
    ("Ông Chu Lập Luân, Chủ tịch Quốc dân Đảng, kêu gọi đối thoại với đại lục.", "Chu Lập Luân", None),
    ("Thị trưởng Cao Hùng Trần Kỳ Mại tuyên bố thành phố sẵn sàng ứng phó bão.", "Trần Kỳ Mại", "taiwan"),
    ("Ông Trương Thiện Chính, Thị trưởng Đào Viên, cắt băng khánh thành nhà ga.", "Trương Thiện Chính", "taiwan"),
    ("Chủ tịch Hội đồng Lập pháp Lương Quân Ngạn khai mạc kỳ họp mới.", "Lương Quân Ngạn", "hong kong"),
    ("Ông Tô Trinh Xương, Chủ tịch Đảng Dân Tiến, từ chức sau thất bại bầu cử.", "Tô Trinh Xương", "taiwan"),
    # a lawmaker (nhà lập pháp) is a title, in apposition too (not found before)
    ("Phát biểu trước báo giới, Điền Bắc Thần, nhà lập pháp của Đặc khu Hành chính Hồng Kông, cho biết dự luật cần "
     "thêm thời gian.", "Điền Bắc Thần", "hong kong"),
    # a mainland official visiting Hong Kong, Beijing's liaison office there, a mainland office for its affairs
    ("Phó Thủ tướng Trung Quốc Đinh Tiết Tường đến Hồng Kông dự lễ kỷ niệm.", "Đinh Tiết Tường", None),
    ("Ông Trịnh Nhạn Hùng, Chủ nhiệm Văn phòng Liên lạc của Chính phủ Trung ương tại Hồng Kông, cho biết.",
     "Trịnh Nhạn Hùng", None),
    ("Ông Hạ Bảo Long, Chủ nhiệm Văn phòng Các vấn đề Hồng Kông và Ma Cao của Quốc vụ viện Trung Quốc, phát biểu.",
     "Hạ Bảo Long", None),
    ("Chủ nhiệm Văn phòng Sự vụ Hong Kong và Macau Hạ Bảo Long tới thị sát.", "Hạ Bảo Long", None),
    # the Kuomintang before 1949, and the mainland's Revolutionary Committee of it: no Taiwan person
    ("Ông Chu Thiết Nông, Chủ tịch Ủy ban Cách mạng Quốc dân đảng Trung Quốc, hội kiến đoàn Quốc hội Việt Nam.",
     "Chu Thiết Nông", None),
])
def test_the_region_a_persons_own_words_place_them_in(sentence, name, region):
    person = next(p for p in find_in_text(sentence, BARE) if p.vi == name)
    assert person.origin == "inferred"  # (the region changes no origin: still the person, in pinyin)
    assert person.region == region and person.to_dict()["region"] == region


def test_names_json_shows_the_region():
    import json

    from typer.testing import CliRunner

    from pipeline.cli.main import app

    out = CliRunner().invoke(app, ["names", "--json", "--no-builtin-glossary",
                                   "Nhà lập pháp Hồng Kông Trương Quốc Quân phát biểu tại hội đồng."])
    rows = [json.loads(line) for line in out.output.splitlines()]
    assert [(r["vi"], r["en"], r["region"]) for r in rows] == [("Trương Quốc Quân", "Zhang Guojun", "hong kong")]


@pytest.mark.parametrize("sentence, name", [
    ("Ông Nguyễn Văn Hùng, Trưởng Văn phòng Kinh tế và Văn hóa Việt Nam tại Đài Bắc, tiếp đoàn.", "Nguyễn Văn Hùng"),
    # Vietnam's own Kuomintang; a Legislative Council another country's name closes; a commune sharing a city's name
    ("Ông Nguyễn Thái Học, lãnh tụ Việt Nam Quốc dân Đảng, bị xử tử năm 1930.", "Nguyễn Thái Học"),
    ("Ông Trần Văn Hòa, Chủ tịch Hội đồng Lập pháp Quốc gia Thái Lan, hội đàm với đoàn.", "Trần Văn Hòa"),
    ("Ông Phạm Văn Đức, Chủ tịch UBND xã Tân Bắc, kiểm tra đê điều.", "Phạm Văn Đức"),
    ("Chị Nguyễn Thị Lan, cô dâu Việt ở Đào Viên, mở quán phở.", "Nguyễn Thị Lan"),
    ("Ông Cao Hùng, Chủ tịch UBND huyện, kiểm tra đê điều.", "Cao Hùng"),
    ("Năm 1931, nhà cách mạng Lê Hồng Sơn bị chính quyền Quốc dân đảng bắt giam.", "Lê Hồng Sơn"),
    ("Ông Lương Văn Phúc, nghị sĩ Đảng Dân chủ Tiến bộ Malawi, hội kiến đoàn Việt Nam.", "Lương Văn Phúc"),
    ("Phát biểu tại phiên họp, Lê Quang Huy, nhà lập pháp kỳ cựu của Quốc hội, đề nghị sửa luật.", "Lê Quang Huy"),
])
def test_a_vietnamese_person_gets_no_region(sentence, name):
    person = next(p for p in find_in_text(sentence, BARE) if p.vi == name)
    assert person.origin == "vietnamese" and person.region is None


def test_the_brief_says_a_hong_kong_persons_pinyin_is_not_the_press_form():
    from pipeline.brief import assemble
    from pipeline.ingest.article import CleanArticle

    article = CleanArticle("a.txt", "Hồng Kông thông qua luật mới", None, None, None, [
        "Nhà lập pháp Hồng Kông Trương Quốc Quân phát biểu tại hội đồng.",
        "Phó Thủ tướng Trung Quốc Đinh Tiết Tường đến Hồng Kông dự lễ kỷ niệm."])
    sentences = assemble.segment(article)
    translator = GlossaryTranslator(Copy(), BARE, "auto")
    draft = assemble.draft(article, sentences, translator.translate(sentences.flat), translator, {})
    flags = {c.source: c for p in draft.brief.paragraphs for s in p.sentences for c in s.checks if c.kind == "name"}
    hk = flags["Trương Quốc Quân"]
    assert hk.english == "Zhang Guojun" and "inferred" in hk.note  # pinyin stays the output
    assert "Hong Kong person" in hk.note and "own romanisation or an English name" in hk.note
    assert "not the form the press uses" in hk.note
    assert "Hong Kong" not in flags["Đinh Tiết Tường"].note  # the mainland visitor: the usual note only


def test_a_glossary_entry_wins_and_gets_no_region_note():
    sentence = "Nam diễn viên Hồng Kông Lưu Đức Hoa tổ chức đêm nhạc."
    person = next(p for p in find_in_text(sentence, Glossary.from_files([])) if p.vi == "Lưu Đức Hoa")
    assert person.origin == "glossary" and person.en == "Andy Lau" and person.region == "hong kong"
    bare = next(p for p in find_in_text(sentence, BARE))
    assert bare.origin == "inferred" and bare.region == "hong kong"
    assert "press" in note(entry(bare)) and "press" not in note(entry(_mainland()))


def _mainland():
    return next(p for p in find_in_text("Phó Thủ tướng Trung Quốc Đinh Tiết Tường đến Hồng Kông.", BARE))
