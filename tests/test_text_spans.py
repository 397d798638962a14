from pipeline.text.spans import blank


def test_blank_keeps_length_and_offsets():
    sentence = "Ông Vương Nghị gặp ông Trần Văn Thanh tại Hà Nội"
    out = blank(sentence, [(4, 14), (23, 37)])
    assert out == "Ông " + " " * 10 + " gặp ông " + " " * 14 + " tại Hà Nội"
    place = sentence.index("Hà Nội")
    assert out[place:] == "Hà Nội"  # offsets taken before blanking still point at the same words


def test_blank_nothing_and_overlaps():
    assert blank("Trung Quốc", []) == "Trung Quốc"
    assert blank("Trung Quốc", iter([(0, 5), (3, 10)])) == " " * 10
