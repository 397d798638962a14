"""Names the English gives in another form than the source's words: a country between an office and a foreign
holder's name (the office's), a country closing a body's name, a name counted in its short form or inside a body
the English gives by acronym, a name glossed in brackets, derived forms (antisemitism), a legislature by its hill,
a place in its own language's spelling. Each rule: a clean pair not flagged, a pair with the fact changed still
flagged."""

from __future__ import annotations

import pytest

from pipeline.checks import check_pair

from helpers import kinds


@pytest.mark.parametrize("vi,clean,changed", [
    # the office's country before a foreign holder's name; "ông Sunak" again is "he" in the English
    ("Thủ tướng Anh Rishi Sunak đã gặp các nghiệp đoàn, nói rằng ông Sunak muốn chấm dứt đình công.",
     "British Prime Minister Rishi Sunak met the unions, saying he wanted to end the strikes.",
     "German Prime Minister Rishi Sunak met the unions, saying he wanted to end the strikes."),
    ("Ngoại trưởng Mỹ Antony Blinken tới Bắc Kinh.", "Secretary of State Antony Blinken arrived in Beijing.",
     "Canadian Foreign Minister Antony Blinken arrived in Beijing."),
    # a country closing a body's name after a capitalised word, when the English names that country
    ("Hiệp hội Năng lượng Sạch Mỹ cho biết lắp đặt đã tăng gấp đôi.",
     "The American Clean Power Association said installations had doubled.",
     "The Sierra Club said installations had doubled."),
    # a name counted in its short form (a state's postal code)
    ("Nghị sĩ bang Kansas Tom Smith được Thống đốc bang Kansas khen ngợi.",
     "KS Representative Tom Smith was praised by the Kansas Governor.",
     "KS Representative Tom Smith was praised by the Nevada Governor."),
    ("Thống đốc bang California Gavin Newsom nói rằng California sẽ kiện chính quyền liên bang.",
     "Calif. Governor Gavin Newsom said California will sue the Trump administration.",
     "Nevada Governor Gavin Newsom said California will sue the Trump administration."),
    # an office English capitalises before its holder (Chief Executive) is no name standing for a mention
    ("Tesla cho biết cổ phiếu Tesla đã giảm sau khi Giám đốc điều hành Elon Musk bán cổ phần.",
     "Tesla said its shares fell after Chief Executive Elon Musk sold stock.",
     "Tesla said its shares fell after Chief Executive Jeff Bezos sold stock."),
    # a name inside a body the English gives by its acronym is said by the acronym
    ("Trong nhiều năm, Toronto đã tổ chức lễ trao giải của Hiệp hội Phê bình Điện ảnh Toronto (TFCA) "
     "tại Nhà hát Elgin.",
     "For many years, Toronto hosted the TFCA awards at the Elgin Theatre.",
     "For many years, Vancouver hosted the TFCA awards at the Elgin Theatre."),
    # a Vietnamese-syllable name glossed in brackets with the name the English uses
    ("Cựu Chánh Ty Hành chính Trần Phương An Sinh (Anson Chan) đã kêu gọi biểu tình ôn hòa.",
     "Former Chief Secretary Anson Chan called for peaceful protests.",
     "Former Chief Secretary Emily Lau called for peaceful protests."),
    # a people's name inside the English word for hostility to it
    ("Ông bị chỉ trích vì những phát ngôn bài Do Thái.", "He was criticised for antisemitic remarks.",
     "He was criticised for anti-Muslim remarks."),
    ("Cảnh sát điều tra vụ việc như một tội ác thù hận bài Hồi giáo.",
     "Police are investigating the incident as an Islamophobic hate crime.",
     "Police are investigating the incident as an antisemitic hate crime."),
    # Congress by its hill
    ("Các nhà đầu tư chờ tín hiệu từ Quốc hội về gói chi tiêu.",
     "Investors are waiting for signals from the Hill on the spending package.",
     "Investors are waiting for signals from Beijing on the spending package."),
    # a place in its own language's spelling, sounding like its English name
    ("Phái đoàn sẽ tới Bucuresti vào tuần tới.", "The delegation will travel to Bucharest next week.",
     "The delegation will travel to Vienna next week."),
    ("Moskva bác bỏ cáo buộc.", "Moscow rejected the accusation.", "Minsk rejected the accusation."),
])
def test_a_name_in_another_form(vi, clean, changed):
    assert not kinds(vi, clean), check_pair(vi, clean)
    assert "name" in kinds(vi, changed), check_pair(vi, changed)


def test_a_foreign_name_near_a_place_stays_checked():
    """A foreign name sounds like a place only by the same consonants (one apart from five on), so a village is
    no country: Burnaston replaced by Avensis beside Britain is still flagged."""
    vi = "Nhà máy ở Burnaston sẽ ngừng sản xuất nếu Anh rời EU."
    assert not kinds(vi, "The plant at Burnaston will halt production if Britain leaves the EU.")
    assert "name" in kinds(vi, "The plant at Avensis will halt production if Britain leaves the EU.")


def test_a_vietnamese_name_after_an_office_country_stays_a_name():
    """Only a foreign holder's name makes the syllable before it a country: Mỹ Linh after ca sĩ is a singer."""
    vi = "Ca sĩ Mỹ Linh sẽ biểu diễn tại Hà Nội."
    assert "name" in kinds(vi, "Singer Thu Minh will perform in Hanoi.")
