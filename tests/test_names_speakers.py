"""A spokesperson speaking for China with no office convention behind them (issue 25 round 47): composed names, the
rule's test fails without it, with a Vietnamese expert and a Vietnamese spokesperson beside it."""

from __future__ import annotations

from pipeline.names.persons import find_in_text


def _origins(text: str) -> dict[str, str]:
    return {p.vi: p.origin for p in find_in_text(text)}


def test_a_spokesperson_speaking_for_china_outweighs_the_texts_default():
    # người phát ngôn is no office of offices.py, so the text's default (Vietnamese) had decided before the setting
    assert _origins("Người phát ngôn Hầu Lập Quân nói tại cuộc họp báo thường kỳ ở Bắc Kinh rằng hai bên nhất "
                    "trí.") == {"Hầu Lập Quân": "inferred"}
    assert _origins("Theo người phát ngôn Hầu Lập Quân, Trung Quốc phản đối mọi hình thức áp thuế.") == {
        "Hầu Lập Quân": "inferred"}


def test_anyone_else_saying_what_china_does_keeps_the_default():
    # an expert or an untitled person may comment on China from Vietnam; a spokesperson with Vietnam near is Vietnam's
    assert _origins("Ông Hầu Lập Quân cho biết Trung Quốc sẽ mở cửa thị trường.") == {
        "Hầu Lập Quân": "vietnamese"}
    assert _origins("Người phát ngôn Hầu Lập Quân cho biết Trung Quốc đã vi phạm vùng biển của Việt Nam.")[
        "Hầu Lập Quân"] == "vietnamese"
