"""The English forms offered for a Chinese person (issue 25 round 54): a Taiwan person's Wade-Giles form beside the
pinyin. Composed names; each test fails without the rule, with a guard beside it."""

from __future__ import annotations

from pipeline.glossary.terms import Glossary
from pipeline.names import pinyin
from pipeline.names.persons import find_in_text


def person_in(text: str, vi: str, glossary=None):
    """The person named `vi` in `text`, by inference alone unless a glossary is given."""
    return next(p for p in find_in_text(text, glossary if glossary is not None else Glossary()) if p.vi == vi)


def found_in(text: str, vi: str):
    """The person named `vi` in `text` by inference alone, or None where no such person is found."""
    return next((p for p in find_in_text(text) if p.vi == vi), None)


def test_wade_giles_is_written_as_the_press_writes_it():
    # aspiration apostrophes and umlauts dropped, the given name's syllables hyphenated, the second in lower case
    form = pinyin.wade_giles(pinyin.candidates("Hoàng Kiến Minh")[0])
    assert form is not None and form.en == "Huang Chien-ming"
    assert pinyin.wade_giles(pinyin.Candidate("Xu Qingyu", "徐清瑜", 1.0, ("xu", "qing", "yu"))).en == "Hsu Ching-yu"
    # the same in both systems: nothing to offer
    assert pinyin.wade_giles(pinyin.Candidate("San Mao", "三毛", 1.0, ("san", "mao"))) is None


def test_a_taiwan_person_gets_the_wade_giles_form_beside_the_pinyin():
    # a writer: the pinyin stays first (a politician's Wade-Giles form goes first: tests/test_names_round63.py)
    person = person_in("Nhà văn Đài Loan Hoàng Kiến Minh ra mắt tiểu thuyết mới tại Đài Bắc.", "Hoàng Kiến Minh")
    assert person.region == "taiwan" and person.en == "Huang Jianming"
    assert [c.en for c in person.candidates][:2] == ["Huang Jianming", "Huang Chien-ming"]
    assert len(person.candidates) <= 3


def test_a_mainland_person_gets_no_wade_giles_form():
    person = person_in("Ông Hoàng Kiến Minh, Phó Tỉnh trưởng tỉnh Phúc Kiến, Trung Quốc, phát biểu tại hội nghị.",
                     "Hoàng Kiến Minh")
    assert person.region is None and "Huang Chien-ming" not in [c.en for c in person.candidates]
    # a Taiwan place the person only visits does not make them Taiwan's
    person = person_in("Bộ trưởng Thương mại Trung Quốc Hoàng Kiến Minh thăm Đài Loan năm ngoái.", "Hoàng Kiến Minh")
    assert "Huang Chien-ming" not in [c.en for c in person.candidates]


def test_the_shipped_wade_giles_table_is_the_scripts_output():
    import importlib.util
    from pathlib import Path

    import pytest

    pytest.importorskip("pypinyin")
    path = Path(__file__).resolve().parent.parent / "bench" / "names_wade_giles.py"
    spec = importlib.util.spec_from_file_location("names_wade_giles", path)
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script.table() == pinyin._wade_giles()
