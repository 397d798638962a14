"""Issue 25 round 78: a defence spokesperson named with no country whose words give the army's own stance - the army
named with its country or bare, as the subject, defending sovereignty or on combat-readiness patrols - speaks for
China (armies.py), in words after the verb of saying or quoted before the title and name. Composed names; the first
two tests fail without the rule, the mirrors (Vietnamese spokespersons in the same words) hold with and without it."""

from __future__ import annotations

from tests.test_names_forms import person_in


def test_a_spokesperson_stating_the_armys_stance_speaks_for_china():
    for text, name in (
            ('"Quân đội Trung Quốc sẽ kiên quyết bảo vệ chủ quyền quốc gia", người phát ngôn Bộ Quốc phòng Triệu Học '
             'Lâm nói tại cuộc họp báo.', "Triệu Học Lâm"),
            ('"Quân đội Trung Quốc có đủ năng lực bảo vệ chủ quyền", ông Mạnh Chí Quân, người phát ngôn Bộ Quốc '
             'phòng, nói.', "Mạnh Chí Quân")):
        assert person_in(text, name).origin == "inferred", text


def test_combat_readiness_patrols_after_the_verb_of_saying():
    text = ("Đại tá Diêu Kiến Phong, người phát ngôn Bộ Quốc phòng, cho biết quân đội Trung Quốc sẽ tiếp tục tuần tra "
            "sẵn sàng chiến đấu trên biển Hoa Đông.")
    assert person_in(text, "Diêu Kiến Phong").origin == "inferred"


def test_vietnamese_spokespersons_in_the_same_words_stay_vietnamese():
    for text, name in (
            # Vietnam's own army defending its sovereignty, quoted first
            ('"Quân đội nhân dân Việt Nam sẽ kiên quyết bảo vệ chủ quyền biển đảo", người phát ngôn Bộ Quốc phòng '
             'Trương Quang Hải nói.', "Trương Quang Hải"),
            # China's army quoted, but no stance of its own: what it will do, reported
            ('"Quân đội Trung Quốc sẽ rút tàu khỏi khu vực tranh chấp", Đại tá Lâm Văn Cường, người phát ngôn Bộ Quốc '
             'phòng, nói.', "Lâm Văn Cường"),
            # the stance passed on from China's media
            ("Đại tá Lưu Minh Đức, người phát ngôn Bộ Quốc phòng, cho biết quân đội Trung Quốc sẽ tiếp tục tuần tra "
             "sẵn sàng chiến đấu, theo truyền thông nước này.", "Lưu Minh Đức"),
            # a claim reported, Vietnam named
            ("Người phát ngôn Bộ Quốc phòng Lương Quốc Bảo cho biết quân đội Trung Quốc tuyên bố sẽ kiên quyết bảo vệ "
             "chủ quyền ở Hoàng Sa, điều Việt Nam kiên quyết phản đối.", "Lương Quốc Bảo")):
        assert person_in(text, name).origin == "vietnamese", text
