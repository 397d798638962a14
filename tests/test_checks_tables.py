"""The checks' general tables and the rules found with them: names from the Unicode CLDR (pipeline/checks/cldr.py,
data/cldr.tsv), a list of months, knock-out rounds and shares, decimals as words, a short form in brackets, a
country after a noun that opens the sentence, Internet. Each rule: a clean pair not flagged, a pair with the fact
changed still flagged."""

from __future__ import annotations

import pytest

from pipeline.checks.cldr import CURRENCY_UNITS, ENGLISH_FORMS, NAMES

from helpers import kinds



def test_the_cldr_table_is_read_and_merged_under_the_hand_tables():
    from pipeline.checks.places import EXONYMS

    assert NAMES["Châu Đại Dương"] == ("Oceania",)
    assert NAMES["tiếng Quảng Đông"] == ("Cantonese",) and NAMES["Tiếng Quảng Đông"] == ("Cantonese",)
    assert "Falkland" in NAMES["Quần đảo Falkland"]  # the Falklands: the generic word left out
    assert {"đô la", "bảng", "rúp", "dinar"} <= CURRENCY_UNITS and "quyền" not in CURRENCY_UNITS
    assert "Maltese" in ENGLISH_FORMS["Malta"]  # the language named after the territory gives its adjective
    # a hand line wins where both name a thing; a CLDR spelling of a hand name takes the hand forms too
    assert EXONYMS["Anh"][0] == "Britain"
    assert "UAE" in EXONYMS["Các Tiểu Vương quốc Ả Rập Thống nhất"]


@pytest.mark.parametrize("vi,clean,changed", [
    ("Anh và Argentina từng giao chiến vì Quần đảo Falkland năm 1982.",
     "Britain and Argentina fought over the Falklands in 1982.",
     "Britain and Argentina fought over the Cayman Islands in 1982."),
    ("Phim được lồng tiếng Quảng Đông.", "The film was dubbed into Cantonese.", "The film was dubbed into Korean."),
    ("Đội tuyển này đến từ Châu Đại Dương.", "The team comes from Oceania.", "The team comes from Asia."),
    ("Ông từng là đại sứ tại Cộng hòa Trung Phi.", "He was once ambassador to the Central African Republic.",
     "He was once ambassador to the Dominican Republic."),
])
def test_cldr_names(vi, clean, changed):
    assert "name" not in kinds(vi, clean)
    assert "name" in kinds(vi, changed)


def test_a_currency_unit_from_the_cldr_names_its_country():
    vi = "Ngân sách quốc phòng là 3,5 nghìn tỷ dinar Iraq."
    assert "name" not in kinds(vi, "The defence budget is 3.5tn dinars.")
    assert "number" in kinds(vi, "The defence budget is 4.5tn dinars.")


def test_a_list_of_months():
    vi = "Lãi suất đã tăng vào tháng 6, tháng 8 và tháng 9."
    assert not kinds(vi, "Rates rose in June, August and September.")
    assert "date" in kinds(vi, "Rates rose in June, October and September.")


def test_a_knockout_round_and_a_share_are_no_dates():
    vi = "Đội bóng sẽ gặp Chelsea ở vòng 1/8 Champions League."
    assert not kinds(vi, "The club will face Chelsea in the Champions League's last 16.")
    assert "number" in kinds(vi, "The club will face Chelsea in the Champions League's last 32.")
    vi = "Người cao tuổi chiếm 1/5 dân số."
    assert not kinds(vi, "The elderly make up a fifth of the population.")
    assert not kinds(vi, "The elderly make up 20% of the population.")
    assert kinds(vi, "The elderly make up a third of the population.") & {"number", "date"}
    # a slash date after a word of time is still a date
    assert "date" in kinds("Trận đấu diễn ra ngày 1/8.", "The match was played on September 1.")


def test_a_decimal_english_writes_as_a_word():
    vi = "Fed nâng lãi suất thêm 0,25 điểm phần trăm."
    assert not kinds(vi, "The Fed raised rates by a quarter percentage point.")
    assert "number" in kinds(vi, "The Fed raised rates by half a percentage point.")


def test_a_short_form_in_brackets_after_a_name_that_is_there():
    vi = "Cục Dự trữ Liên bang (Fed) đã nâng lãi suất lên 2%."
    assert not kinds(vi, "The Federal Reserve has raised rates to 2%.")
    assert "name" in kinds(vi, "The European Central Bank has raised rates to 2%.")
    # brackets after a country inside a body's name belong to the body, not to the country
    vi = "Hiệp hội Khoa học Mỹ (AAAS) họp ở Washington."
    assert "name" in kinds(vi, "The American Association of Science (Sibneft) met in Washington.")


def test_a_country_after_a_noun_opening_the_sentence():
    vi = "Tuyển Anh đang cố tránh thất bại thứ ba liên tiếp."
    assert "name" not in kinds(vi, "England are trying to avoid a third successive defeat.")
    assert "name" in kinds(vi, "France are trying to avoid a third successive defeat.")
    # a title before it makes it a person's name, never checked as the country
    assert "name" not in kinds("Bà Anh cho biết như vậy.", "Mrs Anh said so.")


def test_internet_is_a_common_noun():
    vi = "Pipex và các nhà cung cấp Internet khác thường được báo trước."
    assert "name" not in kinds(vi, "Pipex and other net suppliers often get advance notice.")
    assert "name" not in kinds(vi, "Pipex and other internet suppliers often get advance notice.")
    assert "name" in kinds(vi, "Pipex and other phone suppliers often get advance notice.")


def test_a_legislature_by_its_own_name_and_a_body_country_before_a_person():
    vi = "Lãnh đạo Đảng Quốc gia Scotland (SNP) tại Quốc hội Scotland Nicola Sturgeon phản đối kế hoạch."
    assert "name" not in kinds(vi, "SNP Holyrood leader Nicola Sturgeon opposed the plan.")
    assert "name" in kinds(vi, "SNP Holyrood leader Alex Salmond opposed the plan.")
    vi = "Quốc hội Anh sẽ bỏ phiếu vào tuần tới."
    assert "name" not in kinds(vi, "Westminster will vote next week.")
    assert "name" in kinds(vi, "Brussels will vote next week.")
    # after a body the country is that body's; elsewhere a foreign name before a person is still checked
    vi = "Tổng thống Ukraine Volodymyr Zelensky đến Warsaw."
    assert "name" not in kinds(vi, "Ukrainian President Volodymyr Zelensky arrived in Warsaw.")
    assert "name" in kinds(vi, "Georgian President Volodymyr Zelensky arrived in Warsaw.")


def test_an_award_by_its_academy_and_a_plural_form_in_the_singular():
    vi = "Giải Oscar năm nay sẽ được trao tại Hollywood."
    assert "name" not in kinds(vi, "This year's Academy Awards will be handed out in Hollywood.")
    assert "name" not in kinds(vi, "This year's Oscars will be handed out in Hollywood.")
    assert "name" in kinds(vi, "This year's Grammys will be handed out in Hollywood.")
    vi = "Thành viên Thượng viện thuộc Công đảng John Haskins cảnh báo về nguy cơ này."
    assert "name" not in kinds(vi, "Labour peer John Haskins warned of the danger.")
    assert "name" in kinds(vi, "Labour councillor John Haskins warned of the danger.")


def test_a_platform_english_turns_into_a_verb():
    vi = "Ông Trump đã viết trên Twitter rằng cuộc gặp rất hiệu quả."
    assert "name" not in kinds(vi, "Mr Trump tweeted that the meeting had been very productive.")
    assert "name" in kinds(vi, "Mr Trump told Fox News that the meeting had been very productive.")


def test_a_digit_group_runs_to_its_end():
    vi = "Kế hoạch cắt giảm 71.000 việc làm."
    assert not kinds(vi, "Plans to shed 71,000 jobs.")
    assert "number" in kinds(vi, "Plans to shed 71,0000 jobs.")  # a slip, no 71,000
    assert not kinds("Chỉ số đạt 1.000,5 điểm, tăng 20 điểm.", "The index reached 1,000.5, up 20 points.")


def test_a_language_relaxes_a_name_and_adds_no_one_syllable_check():
    from pipeline.checks.places import EXONYMS

    assert "tiếng Việt" not in EXONYMS and "tiếng Trung" not in EXONYMS  # one syllable: checked nowhere else
    assert "British" in EXONYMS["tiếng Anh"] and "English" in EXONYMS["tiếng Anh"]
    vi = "Cô ấy học tiếng Anh ở Paris."
    assert "name" not in kinds(vi, "She learned English in Paris.")
    assert "name" in kinds(vi, "She learned German in Paris.")
