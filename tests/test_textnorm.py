import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.text.normalize import normalize


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


@pytest.mark.parametrize(
    "new_style, old_style",
    [
        ("hoà", "hòa"),
        ("hoá", "hóa"),
        ("hoạ", "họa"),
        ("khoẻ", "khỏe"),
        ("xoè", "xòe"),
        ("thuý", "thúy"),
        ("tuỳ", "tùy"),
        ("luỹ", "lũy"),
        ("huỷ", "hủy"),
        ("uỷ ban", "ủy ban"),
        ("oà khóc", "òa khóc"),
        ("Hoà", "Hòa"),
        ("HOÀ BÌNH", "HÒA BÌNH"),
        ("THUÝ", "THÚY"),
        ("Uỷ viên", "Ủy viên"),
        ("Khoẻ", "Khỏe"),
        ("kinh tế - văn hoá.", "kinh tế - văn hóa."),
    ],
)
def test_tone_mark_moves_to_first_vowel(new_style, old_style):
    assert normalize(new_style) == old_style
    assert normalize(old_style) == old_style


@pytest.mark.parametrize(
    "word",
    [
        "quý", "Quý", "QUÝ", "quỳ",  # qu + y: the u belongs to the onset
        "hoàng", "toán", "khuyến", "thuyết", "Quỳnh",  # a final consonant follows
        "ngoài", "khuya", "thuở", "hoa", "thuy",  # other clusters, or no tone
    ],
)
def test_words_that_must_not_change(word):
    assert normalize(word) == word


def test_nfd_input_gives_the_same_result_as_nfc():
    text = "Hoà bình, khoẻ mạnh, Thuý Kiều, quý khách, Hoàng Thùy, ĐẢNG UỶ, Bộ Công an."
    assert normalize(nfd(text)) == normalize(text)
    assert normalize(nfd(text)) == "Hòa bình, khỏe mạnh, Thúy Kiều, quý khách, Hoàng Thùy, ĐẢNG ỦY, Bộ Công an."
    assert unicodedata.is_normalized("NFC", normalize(nfd(text)))


@given(st.text(alphabet="hoaeuyqkđtnHOAEUYQ \u0300\u0301\u0309\u0303\u0323\u0302\u031b.,\n"))
def test_nfd_and_nfc_always_agree(text):
    assert normalize(unicodedata.normalize("NFD", text)) == normalize(unicodedata.normalize("NFC", text))


@given(st.text())
def test_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once


def test_odd_whitespace():
    assert normalize("a\u00a0b") == "a b"  # NBSP from &nbsp;
    assert normalize("Hà\u200bNội") == "HàNội"  # zero-width space
    assert normalize("x\u202fy\u2009z") == "x y z"  # narrow / thin spaces
    assert normalize("\ufeffđầu") == "đầu"  # stray BOM
    assert normalize("một\r\nhai\rba") == "một\nhai\nba"
    assert normalize("dòng  \nsau\t") == "dòng\nsau"  # trailing blanks
    assert normalize("đoạn 1\u2029đoạn 2") == "đoạn 1\n\nđoạn 2"


def test_internal_spacing_and_blank_lines_are_kept():
    # Paragraph structure belongs to the cleaner, not to normalization.
    assert normalize("a  b\n\n\nc") == "a  b\n\n\nc"


def test_d_lookalikes_become_d_with_stroke():
    # Eth (U+00D0) and African D (U+0189) typed for Đ: the text every rule and the glossary read says Đ.
    assert normalize("\u00d0à Nẵng, \u0189ắk Lắk") == "Đà Nẵng, Đắk Lắk"


def test_small_eth_of_a_nordic_name_is_kept():
    assert normalize("Eiður Guðjohnsen") == "Eiður Guðjohnsen"
