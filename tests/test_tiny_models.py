"""Checks for the tiny random-weight checkpoints built by ``tests/tiny_models.py``.

The checkpoints are the session's (the `tiny` fixture of conftest.py, built once for all tests and workers).
"""

from __future__ import annotations

import json
import shutil
import unicodedata
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")
pytest.importorskip("sentencepiece")

from transformers import AutoModelForSeq2SeqLM, AutoTokenizer  # noqa: E402

try:  # tests/ on sys.path (conftest.py / pytest's default "prepend" import mode) ...
    import tiny_models  # noqa: E402
except ImportError:  # ... or tests/ imported as a package
    from tests import tiny_models  # noqa: E402

# MarianTokenizer warns on every load when sacremoses is not installed.
pytestmark = pytest.mark.filterwarnings("ignore:Recommended. pip install sacremoses")

NAMES = list(tiny_models.MODEL_NAMES)
TRANSLATORS = [n for n in NAMES if n != "bart"]

EXPECTED = {
    # name: (config.model_type, tokenizer class, model class)
    "marian": ("marian", "MarianTokenizer", "MarianMTModel"),
    "mbart": ("mbart", "MBartTokenizer", "MBartForConditionalGeneration"),
    "t5": ("t5", "T5Tokenizer", "T5ForConditionalGeneration"),
    "m2m100": ("m2m_100", "M2M100Tokenizer", "M2M100ForConditionalGeneration"),
    "nllb": ("m2m_100", "NllbTokenizer", "M2M100ForConditionalGeneration"),
    "bart": ("bart", "RobertaTokenizer", "BartForConditionalGeneration"),
}

# Source-language setup the app uses for each model.
SRC_LANG = {"mbart": "vi_VN", "m2m100": "vi", "nllb": "vie_Latn"}

VI_SENTENCES = [
    "Chiều 10.1.2024, tại Hà Nội, Bộ Công an Việt Nam và Bộ Công an Trung Quốc phối hợp tổ chức hội nghị.",
    "Trung tướng Lê Quốc Hùng, Ủy viên Trung ương Đảng, đồng chủ trì hội nghị.",
    "Người dân “phấn khởi” vì mùa màng bội thu – giá lúa tăng 14%!",
    # every tone on rare letters, upper case included
    "Ỹ ỹ Ẵ ẵ Ẫ ẫ Ữ ữ Ợ ợ Ỷ ỷ Đ đ",
]
EN_SENTENCE = "The ministry said on Wednesday that exports rose 14% in the first quarter."


@pytest.fixture(scope="module")
def built(tiny):
    yield {"root": Path(tiny["marian"]).parent, "paths": tiny}
    _cache.clear()


_cache: dict = {}


def load(built, name: str, **tok_kwargs):
    """(tokenizer, model) loaded by path through the Auto classes, as the app does."""
    path = built["paths"][name]
    tok = AutoTokenizer.from_pretrained(path, **tok_kwargs)
    key = (str(path), "model")
    if key not in _cache:
        model = AutoModelForSeq2SeqLM.from_pretrained(path)
        model.eval()
        _cache[key] = model
    return tok, _cache[key]


def source_tokenizer(built, name):
    tok, model = load(built, name)
    if name in SRC_LANG:
        tok.src_lang = SRC_LANG[name]
    return tok, model


# ---------------------------------------------------------------------------
# Build output
# ---------------------------------------------------------------------------


def test_build_all_layout_and_size(built):
    assert set(built["paths"]) == set(NAMES)
    for name, path in built["paths"].items():
        assert path == built["root"] / name
        files = {p.name for p in path.iterdir()}
        assert {"config.json", "generation_config.json", "model.safetensors", "README.md"} <= files, name
        assert "tokenizer_config.json" in files, name
        readme = (path / "README.md").read_text(encoding="utf-8")
        assert "random" in readme.lower() and "test" in readme.lower()
        size = sum(p.stat().st_size for p in path.iterdir() if p.is_file())
        assert size < 5_000_000, f"{name} is {size} bytes"


def test_tokenizer_files(built):
    p = built["paths"]
    assert {"source.spm", "target.spm", "vocab.json"} <= {f.name for f in p["marian"].iterdir()}
    assert (p["m2m100"] / "vocab.json").is_file() and (p["m2m100"] / "sentencepiece.bpe.model").is_file()
    assert (p["t5"] / "spiece.model").is_file() and (p["t5"] / "tokenizer.json").is_file()
    assert (p["mbart"] / "sentencepiece.bpe.model").is_file() and (p["mbart"] / "tokenizer.json").is_file()
    assert (p["nllb"] / "tokenizer.json").is_file()
    assert {"tokenizer.json", "vocab.json", "merges.txt"} <= {f.name for f in p["bart"].iterdir()}


def test_cli_usage(capsys):
    # Building again to show the CLI and determinism would double the suite's slowest fixture; the session
    # builds once and every test and worker shares that build (conftest.built_once).
    assert tiny_models.main([]) == 2 and tiny_models.main(["-h"]) == 2
    assert "usage: python tiny_models.py OUT_DIR" in capsys.readouterr().err


# ---------------------------------------------------------------------------
# Loading, tokenization
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_loads_with_auto_classes(built, name):
    tok, model = load(built, name)
    model_type, tok_cls, model_cls = EXPECTED[name]
    assert model.config.model_type == model_type
    assert type(tok).__name__ == tok_cls
    assert type(model).__name__ == model_cls
    assert model.config.is_encoder_decoder
    # every id the tokenizer can produce has an embedding row
    assert max(tok.get_vocab().values()) < model.config.vocab_size
    assert 500 <= len(tok) <= 2500


@pytest.mark.parametrize("name", NAMES)
def test_eos_is_end_of_sentence_token(built, name):
    tok, model = load(built, name)
    assert tok.eos_token == "</s>"
    assert tok.eos_token_id == model.config.eos_token_id == model.generation_config.eos_token_id
    assert tok.pad_token == "<pad>"
    assert tok.pad_token_id == model.config.pad_token_id == model.generation_config.pad_token_id
    ids = source_tokenizer(built, name)[0]("xin chào").input_ids
    assert ids[-1] == tok.eos_token_id or (name == "mbart" and ids[-2] == tok.eos_token_id)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("sentence", VI_SENTENCES)
def test_vietnamese_round_trip(built, name, sentence):
    """NFC Vietnamese decodes back exactly (no <unk>, no lost diacritics).

    Documented normalization: SentencePiece-based tokenizers collapse runs of
    whitespace and strip the ends; T5/NLLB apply NFKC.  NFD input is NOT guaranteed to
    survive tokenizers-backed T5/NLLB (their precompiled NFKC normalizer drops the second
    combining mark, e.g. NFD "ề" -> "ê"), so the app should NFC-normalize input text.
    """
    tok, _ = source_tokenizer(built, name)
    assert unicodedata.is_normalized("NFC", sentence)
    ids = tok(sentence).input_ids
    assert tok.unk_token_id not in ids
    assert tok.decode(ids, skip_special_tokens=True) == sentence


@pytest.mark.parametrize("name", NAMES)
def test_no_unk_on_repository_inputs(built, name):
    tok, _ = source_tokenizer(built, name)
    lines = tiny_models.vietnamese_lines()[:200]
    assert lines
    for line in lines:
        assert tok.unk_token_id not in tok(line).input_ids, line


@pytest.mark.parametrize("name", ["marian", "mbart", "m2m100", "bart"])
def test_nfd_input_is_unk_free(built, name):
    tok, _ = source_tokenizer(built, name)
    text = unicodedata.normalize("NFD", VI_SENTENCES[0])
    ids = tok(text).input_ids
    assert tok.unk_token_id not in ids
    decoded = tok.decode(ids, skip_special_tokens=True)
    assert unicodedata.normalize("NFC", decoded) == VI_SENTENCES[0]


@pytest.mark.parametrize("name", NAMES)
def test_english_round_trip(built, name):
    tok, _ = source_tokenizer(built, name)
    assert tok.decode(tok(EN_SENTENCE).input_ids, skip_special_tokens=True) == EN_SENTENCE


@pytest.mark.parametrize("name", NAMES)
def test_positions_and_generation_defaults(built, name):
    tok, model = load(built, name)
    cfg = model.config
    limit = cfg.n_positions if name == "t5" else cfg.max_position_embeddings
    assert 256 <= limit <= 512
    assert tok.model_max_length == limit
    gen = model.generation_config
    assert gen.max_length is not None and gen.max_length <= 512
    assert getattr(gen, "forced_bos_token_id", None) is (0 if name == "bart" else None)
    # truncation to the limit works and the model accepts a full-length input
    long_text = " ".join(VI_SENTENCES * 40)
    enc = tok(long_text, truncation=True, max_length=limit, return_tensors="pt")
    assert enc.input_ids.shape[1] == limit
    with torch.no_grad():
        out = model.generate(**enc, num_beams=1, max_new_tokens=2, min_length=0)
    assert out.shape[0] == 1


# ---------------------------------------------------------------------------
# Model-specific special tokens
# ---------------------------------------------------------------------------


def test_marian_pad_is_decoder_start(built):
    tok, model = load(built, "marian")
    vocab_size = model.config.vocab_size
    assert tok.pad_token_id == vocab_size - 1  # last id, like opus-mt
    assert tok.pad_token_id == model.config.decoder_start_token_id == model.generation_config.decoder_start_token_id
    assert tok.eos_token_id == 0 and tok.unk_token_id == 1
    assert model.generation_config.bad_words_ids == [[tok.pad_token_id]]
    # target side: text_target uses target.spm; decoding it gives the text back
    labels = tok(text_target=EN_SENTENCE).input_ids
    assert labels != tok(EN_SENTENCE).input_ids
    assert tok.decode(labels, skip_special_tokens=True) == EN_SENTENCE
    assert tok.decode(labels, skip_special_tokens=True, use_source_tokenizer=False) == EN_SENTENCE


def test_mbart_language_codes(built):
    tok, model = load(built, "mbart")
    vi_id, en_id = tok.convert_tokens_to_ids(["vi_VN", "en_XX"])
    assert tok.unk_token_id not in (vi_id, en_id)
    assert tok.lang_code_to_id["en_XX"] == en_id
    assert (tok.bos_token_id, tok.pad_token_id, tok.eos_token_id, tok.unk_token_id) == (0, 1, 2, 3)
    # default src_lang is en_XX, as on the hub: the app must set vi_VN
    assert tok.src_lang == "en_XX"
    tok.src_lang = "vi_VN"
    ids = tok("xin chào").input_ids
    assert ids[-2:] == [tok.eos_token_id, vi_id]
    tok2 = AutoTokenizer.from_pretrained(built["paths"]["mbart"], src_lang="vi_VN")
    assert tok2("xin chào").input_ids == ids
    assert tok.decode(ids, skip_special_tokens=True) == "xin chào"
    enc = tok(VI_SENTENCES[:2], return_tensors="pt", padding=True)
    out = model.generate(**enc, num_beams=2, max_new_tokens=20, decoder_start_token_id=en_id)
    assert out[:, 0].tolist() == [en_id, en_id]


@pytest.mark.parametrize(("name", "vi", "en", "vi_tok", "en_tok"), [
    ("m2m100", "vi", "en", "__vi__", "__en__"),
    ("nllb", "vie_Latn", "eng_Latn", "vie_Latn", "eng_Latn"),
])
def test_m2m100_family_language_codes(built, name, vi, en, vi_tok, en_tok):
    tok, model = load(built, name)
    vi_id, en_id = tok.convert_tokens_to_ids([vi_tok, en_tok])
    assert tok.unk_token_id not in (vi_id, en_id)
    if name == "m2m100":
        assert tok.get_lang_id("en") == en_id and tok.lang_code_to_id["vi"] == vi_id
        # as in the real vocabulary, the bare codes are ordinary pieces, not language tokens
        for bare, lang_id in (("en", en_id), ("vi", vi_id)):
            bare_id = tok.convert_tokens_to_ids(bare)
            assert bare_id not in (tok.unk_token_id, lang_id)
    assert vi_id < model.config.vocab_size and en_id < model.config.vocab_size
    tok.src_lang = vi
    ids = tok("xin chào").input_ids
    assert ids[0] == vi_id and ids[-1] == tok.eos_token_id
    # language tokens are special: skipped on decode
    assert tok.decode(ids, skip_special_tokens=True) == "xin chào"
    assert tok.decode([en_id] + ids, skip_special_tokens=True) == "xin chào"
    enc = tok(VI_SENTENCES[:2], return_tensors="pt", padding=True)
    out = model.generate(**enc, num_beams=2, max_new_tokens=20, forced_bos_token_id=en_id)
    assert out[:, 0].tolist() == [model.config.decoder_start_token_id] * 2
    assert out[:, 1].tolist() == [en_id, en_id]
    for text in tok.batch_decode(out, skip_special_tokens=True):
        assert en_tok not in text


def test_t5_layout_and_prefixes(built):
    tok, model = load(built, "t5")
    assert (tok.pad_token_id, tok.eos_token_id, tok.unk_token_id) == (0, 1, 2)
    assert tok.bos_token is None
    assert model.config.decoder_start_token_id == 0 == model.generation_config.decoder_start_token_id
    assert tok.decode(tok("en: Hello world.").input_ids, skip_special_tokens=True) == "en: Hello world."
    ids = tok("vi: " + VI_SENTENCES[0]).input_ids
    assert tok.convert_ids_to_tokens(ids)[:2] == ["▁vi", ":"]


def test_bart_summarizer_limits(built):
    tok, model = load(built, "bart")
    assert (tok.bos_token_id, tok.pad_token_id, tok.eos_token_id, tok.unk_token_id) == (0, 1, 2, 3)
    assert tok.mask_token_id == len(tok) - 1
    assert model.config.max_position_embeddings == tok.model_max_length >= 256
    gen = model.generation_config
    assert gen.forced_bos_token_id == 0 and gen.no_repeat_ngram_size == 3
    assert gen.min_length < gen.max_length <= 142


# ---------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_generate_beam_search(built, name):
    tok, model = source_tokenizer(built, name)
    kwargs = {}
    if name == "mbart":
        kwargs["decoder_start_token_id"] = tok.convert_tokens_to_ids("en_XX")
    elif name == "m2m100":
        kwargs["forced_bos_token_id"] = tok.get_lang_id("en")
    elif name == "nllb":
        kwargs["forced_bos_token_id"] = tok.convert_tokens_to_ids("eng_Latn")
    text = [EN_SENTENCE] if name == "bart" else VI_SENTENCES[:2]
    if name == "t5":
        text = ["vi: " + t for t in text]
    enc = tok(text, return_tensors="pt", padding=True)
    with torch.no_grad():
        out = model.generate(**enc, num_beams=2, max_new_tokens=20, **kwargs)
    assert out.shape[0] == len(text) and out.shape[1] <= 22
    decoded = tok.batch_decode(out, skip_special_tokens=True)
    assert all(isinstance(d, str) for d in decoded)
    # deterministic (random weights are fixed by the checkpoint)
    with torch.no_grad():
        again = model.generate(**enc, num_beams=2, max_new_tokens=20, **kwargs)
    assert torch.equal(out, again)


def test_no_library_version_stamp_in_configs(built):
    """The builder's bytes do not depend on the transformers release that wrote them."""
    for folder in built["paths"].values():
        for config in folder.glob("*.json"):
            assert "transformers_version" not in json.loads(config.read_text(encoding="utf-8")), config


def test_model_identity_ignores_version_stamps(built, tmp_path):
    """A checkpoint re-saved by another transformers release is the same model (models/resolve.fingerprint); a
    changed setting is not."""
    from pipeline.models.resolve import fingerprint

    copy = tmp_path / "marian"
    shutil.copytree(built["paths"]["marian"], copy)
    config = json.loads((copy / "config.json").read_text(encoding="utf-8"))

    def saved_by(release: str, **changes) -> str:
        stamped = {**config, **changes, "transformers_version": release}
        (copy / "config.json").write_text(json.dumps(stamped, indent=2, sort_keys=True), encoding="utf-8")
        return fingerprint(copy)

    assert saved_by("5.23.0") == saved_by("5.25.0")
    assert saved_by("5.25.0", d_model=64) != saved_by("5.25.0")
