"""Names English derives or clips: English words derived from a name the source gives plainly (Kurdistan,
Etonians, a people's word from the place's stem: Glaswegian), a name the press clips (Merc), an acronym a hyphenated
name spells (Agence France-Presse) or a longer acronym of the same body (ISIL), Christ and Santa by their English
names, a city's people by their nickname (Geordie), and a bare 1 that accounts for its English (6ft 1in) so it
stands in for no spelled count. Each rule: a clean pair not flagged, a pair with the fact changed still flagged."""

from __future__ import annotations

import pytest

from pipeline.checks import check_pair
from pipeline.checks.english import clipped, derived

from helpers import kinds


@pytest.mark.parametrize("vi,clean,changed", [
    # the name with an English ending that makes its land, people or pupils
    ("Phiến quân người Kurd kiểm soát thị trấn.", "Rebels from Kurdistan control the town.",
     "Rebels from Armenia control the town."),
    ("Ông là cựu học sinh trường Harrow.", "He is an Old Harrovians member.", "He is an Old Etonians member."),
    # a people's word from the place's stem, the place's first four letters and more
    ("Tiền đạo đến từ Glasgow ghi hai bàn.", "The Glaswegian striker scored twice.",
     "The Parisian striker scored twice."),
    ("Cổ động viên Manchester và Manchester United ăn mừng.", "Mancunian fans and Manchester United celebrated.",
     "Mancunian fans and Chelsea celebrated."),
    # a name the press clips, half of it or more
    ("Tiền vệ Mitchell ghi bàn thắng quyết định.", "Mitch scored the winner.", "Jones scored the winner."),
    # an acronym a hyphenated name spells out; a longer acronym of the same body
    ("Ông từng làm việc cho HP nhiều năm.", "He worked for Hewlett-Packard for years.",
     "He worked for Microsoft for years."),
    ("Lực lượng IS đã rút khỏi thành phố.", "Isil forces have left the city.", "Hamas forces have left the city."),
    # Christ and Santa by the names English gives them
    ("Họ cầu nguyện với Chúa Giê-su mỗi tối.", "They pray to Jesus every night.",
     "They pray to Buddha every night."),
    ("Trẻ em viết thư cho ông già Noel.", "Children write letters to Father Christmas.",
     "Children write letters to the Easter Bunny."),
    # a city's people by the press's nickname for them
    ("Người hâm mộ Newcastle ăn mừng suốt đêm.", "Geordie fans celebrated all night.",
     "Cockney fans celebrated all night."),
])
def test_a_derived_or_clipped_name(vi, clean, changed):
    assert not kinds(vi, clean), check_pair(vi, clean)
    assert "name" in kinds(vi, changed), check_pair(vi, changed)


def test_derived_and_clipped_bounds():
    assert derived("kurdistan", "kurd") and derived("etonians", "eton") and derived("liverpudlian", "liverpool")
    # a stem of three letters; a people's word sharing three letters with the place (Indian, Indonesia)
    assert not derived("kimberly", "kim") and not derived("indian", "indonesia")
    assert not derived("martian", "marseille")
    assert not derived("parkinsonxyz", "park")
    assert clipped("Merc", "Mercedes") and clipped("Mitch", "Mitchell")
    # under half the name, or in lower case: West is no Westminster, live no Liverpool
    assert not clipped("West", "Westminster") and not clipped("merc", "Mercedes") and not clipped("Live", "Liverpool")


@pytest.mark.parametrize("vi,clean,changed", [
    # the English 1 is the source's 1 (1 inch), so no other number stands where the spelled count was
    ("Cầu thủ cao 6 feet 1 inch đứng nhìn hai đội trưởng bắt tay nhau.",
     "The 6ft 1in player watched as the captains shook hands.",
     "The 6ft 1in player watched as the three captains shook hands."),
])
def test_a_bare_one_accounts_for_its_english(vi, clean, changed):
    assert not kinds(vi, clean), check_pair(vi, clean)
    assert "number" in kinds(vi, changed), check_pair(vi, changed)


@pytest.mark.parametrize("vi,en,flagged", [
    # foreign news (its foreign names kept): capitalised Vietnamese words the English words plainly are no name
    ("Barack Obama phát biểu tại buổi lễ của Hội Cựu Binh Sĩ ở Washington.",
     "Barack Obama spoke at a veterans' ceremony in Washington.", False),
    ("Angela Merkel gặp các thành viên Nhóm Bạn Hữu tại Berlin.",
     "Angela Merkel met members of a friendship group in Berlin.", False),
    # Vietnamese news (a Vietnamese name kept) still has them checked; so is a Vietnamese place in foreign news
    ("Ông Lê Văn Tám phát biểu tại buổi lễ của Hội Cựu Binh Sĩ ở Hà Nội.",
     "Le Van Tam spoke at a veterans' ceremony in Hanoi.", True),
    ("Barack Obama phát biểu tại buổi lễ ở Đà Nẵng.", "Barack Obama spoke at a ceremony.", True),
    # an acronym that is also Vietnamese syllables (SEC: séc) stays checked
    ("Người phát ngôn của BankAmerica cho biết SEC đang xem xét.",
     "A BankAmerica spokesman said the LHC is reviewing it.", True),
])
def test_capitalised_vietnamese_words_in_foreign_news(vi, en, flagged):
    assert ("name" in kinds(vi, en)) == flagged, check_pair(vi, en)


@pytest.mark.parametrize("vi,clean,changed", [
    # a word the country table gives another country is that country, however near in spelling or stem
    ("Ông là công dân Áo.", "He is an Austrian citizen.", "He is an Australian citizen."),
    ("Tổng thống Slovakia phát biểu hôm qua.", "The Slovakian president spoke yesterday.",
     "The Slovenian president spoke yesterday."),
])
def test_another_country_is_no_derived_form(vi, clean, changed):
    assert not kinds(vi, clean), check_pair(vi, clean)
    assert "name" in kinds(vi, changed), check_pair(vi, changed)
    assert not derived("australian", "austria") and not derived("slovenian", "slovakia")
