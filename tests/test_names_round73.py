"""Issue 25 round 73: finding the persons a sentence names (a name of two syllables opening the sentence with a
group of persons beside it, a name of two syllables after 'của' with a poet's epithet or 'nhân vật ...' in
apposition, a player's title with a long lower-case gap, 'X, khi còn là ...'). Composed names; each test fails
without its rule, each with a mirror (a place, a team or a Vietnamese person in the same shape)."""

from __future__ import annotations

from tests.test_names_forms import found_in


def test_a_name_opening_the_sentence_with_a_cast_beside_it_is_a_person():
    # X cùng dàn diễn viên ...; X cùng nhiều sao ...: only a person goes somewhere with a cast or stars
    assert found_in("Mạc Vy cùng dàn diễn viên phim cổ trang dự buổi ra mắt tại Hoành Điếm.", "Mạc Vy") is not None
    assert found_in("Mạc Vy cùng nhiều sao Hoa ngữ xuất hiện trên thảm đỏ.", "Mạc Vy") is not None


def test_a_place_opening_the_sentence_with_firms_beside_it_is_no_person():
    # (firms, provinces: no persons' group)
    assert found_in("Hàm Đan cùng các doanh nghiệp du lịch đón đoàn khách Việt Nam đầu tiên.", "Hàm Đan") is None


def test_two_names_opening_the_sentence_share_the_group_after_the_second():
    # X, Y cùng nhiều sao ...: the pair is the subject
    text = "Mạc Vy, Lưu Hiểu Đồng cùng nhiều sao Hoa ngữ dự lễ trao giải Kim Ưng."
    assert found_in(text, "Mạc Vy") is not None


def test_a_name_before_the_comma_of_an_adverbial_shares_nothing():
    # the first run does not open the sentence: Sau <place>, Y ...
    text = "Sau Hàm Đan, Lưu Hiểu Đồng cùng nhiều sao Hoa ngữ đến Thượng Hải."
    assert found_in(text, "Hàm Đan") is None


def test_a_name_after_cua_given_a_poets_epithet_is_a_person():
    text = 'Nhiều bài thơ của Mạnh Hạo, "thi thánh" đời Tống, được dịch sang tiếng Việt.'
    assert found_in(text, "Mạnh Hạo") is not None


def test_a_place_after_cua_given_a_queens_epithet_is_no_person():
    # nữ hoàng is a town's or a dish's epithet too: not read after của
    text = 'Đặc sản của Hàm Đan, "nữ hoàng" ẩm thực vùng Hà Bắc, được bày bán tại hội chợ.'
    assert found_in(text, "Hàm Đan") is None


def test_a_name_after_cua_called_a_figure_of_note_is_a_person():
    text = "Các nhà khảo cổ xác nhận ngôi mộ là của Mã Siêu, nhân vật nổi tiếng thời Tam Quốc."
    assert found_in(text, "Mã Siêu") is not None


def test_a_place_after_cua_called_a_destination_is_no_person():
    text = "Vẻ đẹp của Hàm Đan, điểm đến nổi tiếng của tỉnh Hà Bắc, thu hút khách quốc tế."
    assert found_in(text, "Hàm Đan") is None


def test_a_players_title_with_a_long_lower_case_gap_introduces_the_name():
    # Tay vợt <sport> số một thế giới X: six lower-case words between the title and the name
    text = "Tay vợt cầu lông số một thế giới nhiều năm Thạch Vũ Kỳ giành HCV tại Olympic."
    assert found_in(text, "Thạch Vũ Kỳ") is not None


def test_a_players_title_whose_gap_runs_into_a_team_introduces_no_name():
    text = "Cầu thủ xuất sắc nhất mùa giải của Hoàng Anh Gia Lai được trao thưởng tại Pleiku."
    assert found_in(text, "Hoàng Anh Gia Lai") is None


def test_an_apposition_of_an_office_once_held_introduces_the_name():
    # X, khi còn là <office>, ...
    text = "Hàn Chính Minh, khi còn là Phó Thủ tướng Trung Quốc, từng thăm Hà Nội."
    assert found_in(text, "Hàn Chính Minh") is not None


def test_a_vietnamese_official_with_an_office_once_held_stays_vietnamese():
    person = found_in("Nguyễn Văn Thắng, khi còn là Chủ tịch UBND tỉnh Lào Cai, từng tiếp đoàn Vân Nam.",
                      "Nguyễn Văn Thắng")
    assert person is not None and person.origin == "vietnamese"


def test_a_co_star_and_the_name_opening_the_sentence_beside_them_are_persons():
    # X cùng bạn diễn Y ...: only a person acts beside another; the co-star noun introduces Y as a title would
    text = "Mạc Vy cùng bạn diễn Hàn Khải dự buổi ra mắt phim cổ trang tại Bắc Kinh."
    assert found_in(text, "Mạc Vy") is not None
    assert found_in(text, "Hàn Khải") is not None


def test_a_place_opening_the_sentence_before_a_co_stars_film_is_no_person():
    # (bạn diễn not beside the place: the film of two co-stars shot there)
    assert found_in("Hàm Đan đón đoàn làm phim của hai bạn diễn nổi tiếng.", "Hàm Đan") is None


def test_a_film_title_in_sentence_case_ends_at_a_causative_verb_before_a_name():
    # Bộ phim <title> đưa X và Y trở thành ...: the title's span ran over the names to 'và'
    text = "Bộ phim Mộng hoa lục đưa Hàn Khải và Mạc Vy Nhiên trở thành hai diễn viên ăn khách nhất."
    assert found_in(text, "Hàn Khải") is not None


def test_a_film_title_ended_at_a_causative_verb_leaves_a_place_after_it_no_person():
    assert found_in("Bộ phim Mộng hoa lục giúp Hàm Đan trở thành điểm đến du lịch.", "Hàm Đan") is None


def test_a_name_of_two_syllables_after_a_works_noun_and_cua_is_a_person():
    # phim truyền hình mới của X ...: whose work (its maker or star)
    text = "Phim truyền hình mới của Mạc Vy đứng đầu bảng xếp hạng lượt xem trên các nền tảng trực tuyến."
    assert found_in(text, "Mạc Vy") is not None


def test_a_known_place_after_a_works_noun_and_cua_is_no_person():
    # a place's song or film (a province's name the glossary's place sections hold)
    assert found_in("Ca khúc mới của Hòa Bình về mùa xuân được phát trên sóng phát thanh tỉnh.", "Hòa Bình") is None
