"""The translator on tiny checkpoints: special tokens per architecture, batching order, long inputs, guards."""

import pytest

from pipeline.translation.batching import token_budget_batches
from pipeline.translation.guards import compression_ratio, looks_looping
from pipeline.translation.seq2seq import TranslateOptions, load_translator

SENTENCES = [
    "Chiều 10.1.2024, tại Hà Nội, Bộ Công an Việt Nam và Bộ Công an Trung Quốc tổ chức hội nghị.",
    "Hai bên thống nhất.",
    "Đại tướng Tô Lâm, Bộ trưởng Bộ Công an, đồng chủ trì Hội nghị với ông Triệu Khắc Chí.",
]


def load(tiny, arch, **opts):
    return load_translator(str(tiny[arch]), device="cpu", options=TranslateOptions(**{"beams": 1, **opts}))


def generated(tr, sentences):
    """Translate and also return the raw generate() output ids."""
    seen = []
    original = tr.model.generate

    def spy(*args, **kwargs):
        seen.append((kwargs["input_ids"].tolist(), kwargs))
        out = original(*args, **kwargs)
        seen[-1] += (out.tolist(),)
        return out

    tr.model.generate = spy
    try:
        results = tr.translate(sentences)
    finally:
        tr.model.generate = original
    return results, seen


def test_mbart_source_code_and_decoder_start(tiny):
    tr = load(tiny, "mbart")
    tok = tr.tokenizer
    vi, en = tok.convert_tokens_to_ids("vi_VN"), tok.convert_tokens_to_ids("en_XX")
    results, calls = generated(tr, SENTENCES[:1])
    inputs, kwargs, outputs = calls[0]
    assert inputs[0][-2:] == [tok.eos_token_id, vi]  # mBART source: X </s> vi_VN
    assert kwargs["decoder_start_token_id"] == en and outputs[0][0] == en
    assert tr.decoding()["decoder_start_token_id"] == en


@pytest.mark.parametrize("arch,src,tgt", [("m2m100", "__vi__", "__en__"), ("nllb", "vie_Latn", "eng_Latn")])
def test_m2m100_family_language_tokens(tiny, arch, src, tgt):
    tr = load(tiny, arch)
    tok = tr.tokenizer
    results, calls = generated(tr, SENTENCES[:1])
    inputs, kwargs, outputs = calls[0]
    assert inputs[0][0] == tok.convert_tokens_to_ids(src) and inputs[0][-1] == tok.eos_token_id
    assert kwargs["forced_bos_token_id"] == tok.convert_tokens_to_ids(tgt)
    assert outputs[0][1] == tok.convert_tokens_to_ids(tgt)  # after the decoder start token
    assert src not in results[0].text and tgt not in results[0].text


def test_t5_prefix_and_stripped_tag(tiny):
    tr = load(tiny, "t5")
    _, calls = generated(tr, SENTENCES[1:2])
    assert tr.tokenizer.decode(calls[0][0][0], skip_special_tokens=True).startswith("vi: ")
    assert tr.clean_output("en: The two sides agreed.") == "The two sides agreed."
    assert tr.clean_output("The en: tag only counts at the start") == "The en: tag only counts at the start"


def test_marian_plain_decoding(tiny):
    tr = load(tiny, "marian")
    results, calls = generated(tr, SENTENCES[1:2])
    inputs, kwargs, outputs = calls[0]
    assert "forced_bos_token_id" not in kwargs and "decoder_start_token_id" not in kwargs
    assert outputs[0][0] == tr.model.config.decoder_start_token_id == tr.tokenizer.pad_token_id
    assert inputs[0][-1] == tr.tokenizer.eos_token_id


def test_batched_order_matches_one_by_one(tiny):
    tr = load(tiny, "marian", batch_tokens=10_000)
    together = [r.text for r in tr.translate(SENTENCES)]
    alone = [tr.translate([s])[0].text for s in SENTENCES]
    assert together == alone


def test_blank_sentences_keep_their_slot(tiny):
    tr = load(tiny, "marian")
    results = tr.translate(["Một.", "", "Hai."])
    assert len(results) == 3 and results[1].text == "" and results[0].text and results[2].text


def test_long_sentence_is_split_not_truncated(tiny):
    tr = load(tiny, "marian")
    tr.max_input_tokens = 24
    long = "; ".join(SENTENCES) + "; " + ", ".join(["hai bên thống nhất tăng cường hợp tác"] * 6) + "."
    results, calls = generated(tr, [long, "Ngắn."])
    assert len(results) == 2 and results[0].pieces > 1
    assert all(len(ids) <= 24 for inputs, _, _ in calls for ids in inputs)
    assert results[0].source_tokens >= tr.count_tokens(long) - 2 * results[0].pieces


def test_looping_output_is_retried_with_stricter_settings(tiny):
    # Random weights rarely emit </s>, so the first pass runs into max_new_tokens: the sentence must be
    # generated again alone with the stricter settings.
    tr = load(tiny, "marian")
    results, calls = generated(tr, SENTENCES[1:2])
    assert results[0].retried
    assert calls[0][1]["no_repeat_ngram_size"] == 8
    assert calls[-1][1]["no_repeat_ngram_size"] == 3 and calls[-1][1]["repetition_penalty"] == 1.3


def test_still_looping_after_retry_is_flagged(tiny):
    # A length budget this small is always exhausted: the retry cannot fix it, so it must be flagged
    # rather than passed off as a translation.
    tr = load(tiny, "marian", length_ratio=0.1, length_extra=1)
    results = tr.translate(SENTENCES[1:2])
    assert results[0].retried and results[0].looping


def test_token_budget_batches():
    lengths = [5, 50, 7, 30, 30, 2]
    batches = list(token_budget_batches(lengths, budget=60))
    assert sorted(i for b in batches for i in b) == list(range(6))
    assert batches[0] == [1]  # longest first
    for b in batches:
        assert len(b) == 1 or max(lengths[i] for i in b) * len(b) <= 60
    assert list(token_budget_batches([100], budget=10)) == [[0]]  # too long alone still gets a batch


def test_compression_ratio_guard():
    prose = "The two ministers agreed to strengthen cooperation against cross-border crime and online fraud."
    assert compression_ratio(prose) < 1.8
    assert compression_ratio("of the Ministry " * 30) > 2.4
    assert looks_looping("short", hit_length_cap=True, threshold=2.4)
    assert not looks_looping(prose, hit_length_cap=False, threshold=2.4)


# ------------------------------------------------------------- one stack: run, translate, eval translate

GLOSSARY_PARAGRAPHS = [  # news-length, so that page cleaning keeps every one of them as a paragraph
    "Chiều 10.1.2024, Đại tướng Tô Lâm tiếp ông Vương Tiểu Hồng tại Hà Nội để bàn về hợp tác an ninh giữa hai nước.",
    "Bộ Công an Việt Nam và Bộ Công an Trung Quốc đã ký kết bản ghi nhớ về phòng chống tội phạm xuyên quốc gia.",
    "Phát biểu tại hội nghị, Thứ trưởng Bộ Ngoại giao nhấn mạnh vai trò của đối ngoại trong bảo vệ chủ quyền.",
    "Hai bên thống nhất tăng cường hợp tác với Bộ Quốc phòng trong đào tạo cán bộ và trao đổi thông tin.",
    "Chủ tịch nước cho biết Thủ tướng sẽ làm việc tại Thành phố Hồ Chí Minh vào cuối tuần này cùng các bộ ngành.",
]


def test_run_translate_and_eval_translate_write_the_same_english(copy_model, tmp_path):
    """The three commands build one translation stack (stack.py), glossary included: the same English for
    every sentence (the copy model carries placeholders through, so every glossary method is exercised)."""
    import json

    from typer.testing import CliRunner

    from pipeline.cli.main import app

    runner = CliRunner()
    src = tmp_path / "in"
    src.mkdir()
    article = src / "a.txt"
    article.write_text("\n\n".join(GLOSSARY_PARAGRAPHS) + "\n", encoding="utf-8")
    model = ["--translator", str(copy_model), "--beams", "2", "--engine", "transformers"]

    result = runner.invoke(app, ["run", str(src), "--out", str(tmp_path / "out"), "--summarizer", "lead", *model])
    assert result.exit_code == 0, result.output
    brief = json.loads((tmp_path / "out" / "a.json").read_text(encoding="utf-8"))
    by_run = {s["vi"]: s["en"] for p in brief["paragraphs"] for s in p["sentences"]}
    if brief.get("title") and brief["title"].get("vi"):  # a first line read as the title
        by_run[brief["title"]["vi"]] = brief["title"]["en"]
    assert sorted(by_run) == sorted(GLOSSARY_PARAGRAPHS)
    assert brief["glossary"] and all(g["enforced"] for g in brief["glossary"])

    result = runner.invoke(app, ["translate", str(article), *model])
    assert result.exit_code == 0, result.output
    by_translate = dict(zip(GLOSSARY_PARAGRAPHS, result.stdout.strip().split("\n\n")))

    lines, ref, hyp = tmp_path / "src.txt", tmp_path / "ref.txt", tmp_path / "hyp.txt"
    lines.write_text("\n".join(GLOSSARY_PARAGRAPHS) + "\n", encoding="utf-8")
    ref.write_text("\n".join(by_run[s] for s in GLOSSARY_PARAGRAPHS) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", "translate", "--src", str(lines), "--ref", str(ref), "--out-hyp", str(hyp),
                                 *model])
    assert result.exit_code == 0, result.output
    by_eval = dict(zip(GLOSSARY_PARAGRAPHS, hyp.read_text(encoding="utf-8").splitlines()))

    assert by_translate == by_run and by_eval == by_run
    assert "General To Lam" in by_run[GLOSSARY_PARAGRAPHS[0]] and "Hanoi" in by_run[GLOSSARY_PARAGRAPHS[0]]
