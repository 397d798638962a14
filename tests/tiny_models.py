"""Build tiny random-weight seq2seq checkpoints (with working tokenizers) for tests.

The Hugging Face hub is not reachable from CI, so the test suite cannot download
Helsinki-NLP/opus-mt-vi-en & co.  Instead this module *trains* small tokenizers on
the fly (SentencePiece for the translators, byte-level BPE for the summarizer) on
the Vietnamese articles in ``inputs/`` plus a little embedded English, and pairs
them with randomly initialised 2+2-layer models.  Every checkpoint is written with
``save_pretrained`` and loads by path with ``AutoTokenizer`` /
``AutoModelForSeq2SeqLM``.  The models translate/summarize nothing meaningful:
they only exercise the plumbing (tokenization, special tokens, generation).

Usage::

    python tests/tiny_models.py OUT_DIR          # writes OUT_DIR/{marian,mbart,t5,m2m100,nllb,bart}

    from tests.tiny_models import build_all
    paths = build_all(tmp_path)                 # {"marian": Path, ...}

Layout (mirrors the real models):

* ``marian``  ~ Helsinki-NLP/opus-mt-vi-en     MarianTokenizer (source.spm, target.spm, vocab.json)
* ``mbart``   ~ vinai/vinai-translate-vi2en-v2 MBartTokenizer (vi_VN / en_XX language codes)
* ``t5``      ~ VietAI/envit5-translation      T5Tokenizer ("vi: " / "en: " text prefixes)
* ``m2m100``  ~ facebook/m2m100_418M           M2M100Tokenizer (__vi__ / __en__)
* ``nllb``    ~ facebook/nllb-200-distilled    NllbTokenizer (vie_Latn / eng_Latn), M2M100 model
* ``bart``    ~ sshleifer/distilbart-cnn-12-6  RobertaTokenizer (byte-level BPE), BART model

Builds are deterministic: fixed seeds, single-threaded SentencePiece training, and
sorted input files; rebuilding from the same ``inputs/`` gives the same bytes.
"""

from __future__ import annotations

import io
import json
import sys
import tempfile
import time
import unicodedata
import warnings
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
INPUTS_DIR = REPO_ROOT / "inputs"

SEED = 20240110
#: positional limit of the translators (config.max_position_embeddings / n_positions,
#: tokenizer.model_max_length)
TRANSLATOR_MAX_POSITIONS = 256
#: positional limit of the summarizer; the app uses it as the summarizer's input limit
SUMMARIZER_MAX_POSITIONS = 256
#: target SentencePiece vocabulary size (``hard_vocab_limit=False``: the trainer may
#: return a little less on the small corpus)
SPM_VOCAB_SIZE = 1000
BPE_VOCAB_SIZE = 1000
#: cap on the Vietnamese text read from inputs/, keeps the build fast if inputs/ grows
MAX_CORPUS_CHARS = 120_000

# Shared tiny architecture.
D_MODEL = 32
N_HEADS = 4
FFN_DIM = 64
N_LAYERS = 2

MODEL_NAMES = ("marian", "mbart", "t5", "m2m100", "nllb", "bart")

# ---------------------------------------------------------------------------
# Corpus
# ---------------------------------------------------------------------------

# Original English news-style text (written for this fixture, not copied from anywhere).
ENGLISH_TEXT = """\
On Wednesday afternoon, the Ministry of Public Security held its first vice-ministerial dialogue on political security in Hanoi.
Both delegations agreed to strengthen cooperation in preventing transnational crime, drug trafficking and cyber fraud.
The government said the new expressway would cut travel time between the two provinces by almost three hours.
Officials expect the project to be completed by the end of 2025, at a total cost of 12,000 billion dong.
Heavy rain caused flooding in several districts of Ho Chi Minh City, and thousands of residents were moved to safer areas.
According to the weather agency, a cold front will bring temperatures as low as 8 degrees Celsius to the northern mountains.
The central bank kept its policy interest rate unchanged, citing stable inflation and a recovery in exports.
Exports of electronics, textiles and seafood rose 14% in the first quarter compared with the same period last year.
Farmers in the Mekong Delta reported a strong rice harvest despite saltwater intrusion earlier in the season.
The prime minister asked ministries to speed up public investment and to remove obstacles for private businesses.
A spokesperson for the foreign ministry said Vietnam welcomed all efforts to maintain peace and stability in the region.
The national football team won 2-1 in a friendly match, and the coach praised the young players for their energy.
Tourism recovered strongly this year, with more than 12 million international visitors arriving by the end of November.
Police arrested three suspects and seized documents, phones and cash worth about 2 billion dong.
The court sentenced the former director to eight years in prison for abusing his position and causing losses to the state.
Teachers and parents welcomed the decision to reduce homework for primary school students.
Scientists warned that air pollution in large cities has reached unhealthy levels during the dry season.
The company announced plans to build a new factory that will create about 3,000 jobs for local workers.
Residents said the new bridge had made it much easier for children to travel to school during the rainy season.
Hospitals were told to prepare enough medicine and beds for patients during the Lunar New Year holiday.
The delegation visited a museum, laid flowers at a memorial and met representatives of the local community.
Experts said the economy could grow by 6.5 percent next year if global demand continues to improve.
The city will spend more money on public transport, green spaces and flood prevention over the next five years.
Thousands of volunteers joined the campaign to clean beaches and plant trees along the coast.
The minister thanked the international partners for their support and promised to create favourable conditions for investors.
The meeting ended with the signing of a memorandum of understanding on cooperation in political security.
Vietnam and China agreed to exchange information regularly and to coordinate closely in handling cases.
In summary, the two sides pledged to build a border of peace, friendship, cooperation and development.
Markets were busy as people bought flowers, fruit and traditional cakes before the holiday.
Officials in Da Nang said new rules on parking and traffic would take effect on 1 March.
"""

# Embedded Vietnamese fallback (used only if inputs/*.txt is missing or empty).
VIETNAMESE_FALLBACK = """\
Chiều 10.1.2024, tại Hà Nội, Bộ Công an Việt Nam và Bộ Công an Trung Quốc phối hợp tổ chức hội nghị.
Thủ tướng yêu cầu các bộ, ngành đẩy nhanh tiến độ giải ngân vốn đầu tư công trong năm nay.
Mưa lớn kéo dài khiến nhiều tuyến đường ở Thành phố Hồ Chí Minh bị ngập sâu, giao thông ùn tắc.
Theo dự báo, không khí lạnh sẽ tràn về các tỉnh miền Bắc vào cuối tuần, nhiệt độ giảm mạnh.
Nông dân đồng bằng sông Cửu Long phấn khởi vì vụ lúa đông xuân được mùa, được giá.
Đội tuyển bóng đá quốc gia giành chiến thắng 2-1 trong trận giao hữu tối qua.
Ngân hàng Nhà nước giữ nguyên lãi suất điều hành nhằm hỗ trợ phục hồi kinh tế.
Xuất khẩu điện tử, dệt may và thủy sản tăng 14% so với cùng kỳ năm trước.
"""

# Every letter of the Vietnamese alphabet in every tone, both cases (NFC), so that the
# trained vocabularies cover all of them even if inputs/ lacks some (e.g. "ỹ", "Ẵ").
_VI_VOWELS = "aăâeêioôơuưy"
_TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]  # grave acute hook tilde dot


def _vietnamese_alphabet_lines() -> list[str]:
    lines = []
    for vowel in _VI_VOWELS:
        forms = [unicodedata.normalize("NFC", vowel + tone) for tone in _TONES]
        lines.append(" ".join(forms + [f.upper() for f in forms]))
    lines.append("đ Đ b c d g h k l m n p q r s t v x f j w z")
    lines.append(" ".join("bcdghklmnpqrstvxfjwz".upper()))
    return lines


_EXTRA_SYMBOLS = "0 1 2 3 4 5 6 7 8 9 “ ” ‘ ’ – — … « » ° % € ₫ $ & # @ * + = / \\ | ~ ^ _ ` < > [ ] { } ( ) ! ? : ; , . ' \""


# Stand-alone combining marks (grave, acute, tilde, hook, dot below, circumflex, breve,
# horn): NFC composes them away during training, so they only become vocabulary pieces
# if they also appear on their own.  Keeps NFD (decomposed) Vietnamese <unk>-free in
# tokenizers without a normalizer (transformers-5 MBartTokenizer has none).
_COMBINING_MARKS = "\u0300 \u0301 \u0303 \u0309 \u0323 \u0302 \u0306 \u031b"


def _symbol_lines() -> list[str]:
    printable = "".join(chr(c) for c in range(33, 127))
    return [_EXTRA_SYMBOLS, printable, _COMBINING_MARKS]


def vietnamese_lines() -> list[str]:
    """Vietnamese training text: inputs/*.txt (sorted, NFC, capped) or the fallback."""
    lines: list[str] = []
    total = 0
    files = sorted(INPUTS_DIR.glob("*.txt")) if INPUTS_DIR.is_dir() else []
    for path in files:
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8", errors="replace"))
        for line in text.splitlines():
            line = " ".join(line.split())
            if not line:
                continue
            lines.append(line)
            total += len(line)
            if total >= MAX_CORPUS_CHARS:
                break
        if total >= MAX_CORPUS_CHARS:
            break
    if total < 2000:
        lines.extend(VIETNAMESE_FALLBACK.splitlines())
    return lines


def english_lines() -> list[str]:
    return [line for line in ENGLISH_TEXT.splitlines() if line.strip()]


def coverage_lines() -> list[str]:
    return _vietnamese_alphabet_lines() + _symbol_lines()


# ---------------------------------------------------------------------------
# Tokenizer training helpers
# ---------------------------------------------------------------------------


def train_sentencepiece(
    lines: list[str],
    *,
    model_type: str = "unigram",
    vocab_size: int = SPM_VOCAB_SIZE,
    byte_fallback: bool = False,
    pad_id: int = -1,
    unk_id: int = 0,
    bos_id: int = 1,
    eos_id: int = 2,
    normalization: str = "nmt_nfkc",
) -> bytes:
    """Train a SentencePiece model in memory and return its serialized proto.

    ``character_coverage=1.0`` plus :func:`coverage_lines` guarantee that every
    Vietnamese letter (all tones, both cases) is a piece, so Vietnamese never maps
    to ``<unk>`` even in tokenizers that drop SentencePiece's byte fallback.
    """
    import sentencepiece as spm

    spm.set_random_generator_seed(SEED)
    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_writer=model,
        model_type=model_type,
        vocab_size=vocab_size,
        hard_vocab_limit=False,
        character_coverage=1.0,
        byte_fallback=byte_fallback,
        normalization_rule_name=normalization,
        split_digits=True,
        num_threads=1,
        shuffle_input_sentence=False,
        input_sentence_size=0,
        max_sentence_length=8192,
        pad_id=pad_id,
        unk_id=unk_id,
        bos_id=bos_id,
        eos_id=eos_id,
        minloglevel=2,
    )
    return model.getvalue()


def _load_spm(proto: bytes):
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor()
    sp.LoadFromSerializedProto(proto)
    return sp


def _write_readme(out: Path, name: str, mimics: str, details: str) -> None:
    (out / "README.md").write_text(
        f"""---
license: apache-2.0
tags:
- vietbrief-test-fixture
- random-weights
---

# tiny-{name} (random weights, for tests only)

**This checkpoint is NOT a translation/summarization model.** Its weights are random
(`torch.manual_seed({SEED})`); outputs are gibberish. It exists so that vietbrief's test
suite can exercise model loading, tokenization, special tokens and `generate()` without
network access to the Hugging Face hub.

* Mimics: `{mimics}` (same model class, tokenizer class and special-token layout).
* Built by: `python tests/tiny_models.py OUT_DIR` (vietbrief repository).
* Architecture: {N_LAYERS} encoder + {N_LAYERS} decoder layers, d_model={D_MODEL}, {N_HEADS} heads, FFN {FFN_DIM}.
* Tokenizer: trained on the fly on the repository's `inputs/*.txt` (Vietnamese) plus a little
  embedded English; every Vietnamese letter with every tone mark is in the vocabulary.

{details}
""",
        encoding="utf-8",
    )


def _save_model(model, out: Path) -> None:
    from pipeline.models.resolve import unstamped

    model.save_pretrained(out)
    for weights in out.glob("*.safetensors"):
        weights.chmod(0o644)  # transformers 5 writes them 0600 (temp file + rename)
    # Without the saving release's version stamp, the same build gives the same bytes under any transformers.
    for config in out.glob("*.json"):
        canonical = unstamped(config.read_bytes())
        if canonical is not None:
            config.write_bytes(canonical + b"\n")


def _seeded():
    import torch

    torch.manual_seed(SEED)


def _arch(**overrides):
    base = dict(
        d_model=D_MODEL,
        encoder_layers=N_LAYERS,
        decoder_layers=N_LAYERS,
        encoder_attention_heads=N_HEADS,
        decoder_attention_heads=N_HEADS,
        encoder_ffn_dim=FFN_DIM,
        decoder_ffn_dim=FFN_DIM,
        dropout=0.0,
        attention_dropout=0.0,
        activation_dropout=0.0,
    )
    base.update(overrides)
    return base


def _translation_generation_config(**kwargs):
    from transformers import GenerationConfig

    base = dict(max_length=128, num_beams=4, early_stopping=True)
    base.update(kwargs)
    return GenerationConfig(**base)


# ---------------------------------------------------------------------------
# Marian  (Helsinki-NLP/opus-mt-vi-en)
# ---------------------------------------------------------------------------


def build_marian(out_dir: Path) -> Path:
    """MarianMTModel + MarianTokenizer(source.spm, target.spm, vocab.json).

    Like opus-mt: ``</s>``=0, ``<unk>``=1, shared vocab.json (union of both spm models),
    ``<pad>`` is the LAST id and doubles as ``decoder_start_token_id``.
    """
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    vi, en, cov = vietnamese_lines(), english_lines(), coverage_lines()
    # Source model: Vietnamese-heavy; target model: English-heavy (as in opus-mt, where
    # each side has its own SentencePiece model but the ids come from vocab.json).
    src_proto = train_sentencepiece(vi + en[:5] + cov, vocab_size=800, byte_fallback=True)
    tgt_proto = train_sentencepiece(en + vi[:10] + cov, vocab_size=600, byte_fallback=True)
    (out / "source.spm").write_bytes(src_proto)
    (out / "target.spm").write_bytes(tgt_proto)

    vocab: dict[str, int] = {"</s>": 0, "<unk>": 1}
    for proto in (src_proto, tgt_proto):
        sp = _load_spm(proto)
        for i in range(sp.get_piece_size()):
            if sp.is_control(i) or sp.is_unknown(i):
                continue
            vocab.setdefault(sp.id_to_piece(i), len(vocab))
    pad_id = len(vocab)
    vocab["<pad>"] = pad_id
    (out / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False, indent=2), encoding="utf-8")

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Recommended: pip install sacremoses."
        tok = MarianTokenizer(
            source_spm=str(out / "source.spm"),
            target_spm=str(out / "target.spm"),
            vocab=str(out / "vocab.json"),
            source_lang="vi",
            target_lang="en",
            model_max_length=TRANSLATOR_MAX_POSITIONS,
        )
    tok.save_pretrained(out)

    config = MarianConfig(
        vocab_size=len(vocab),
        decoder_vocab_size=len(vocab),
        share_encoder_decoder_embeddings=True,
        max_position_embeddings=TRANSLATOR_MAX_POSITIONS,
        activation_function="swish",
        scale_embedding=True,
        pad_token_id=pad_id,
        eos_token_id=0,
        bos_token_id=0,
        decoder_start_token_id=pad_id,
        forced_eos_token_id=0,
        **_arch(),
    )
    _seeded()
    model = MarianMTModel(config)
    model.generation_config = _translation_generation_config(
        bos_token_id=0,
        eos_token_id=0,
        pad_token_id=pad_id,
        decoder_start_token_id=pad_id,
        forced_eos_token_id=0,
        bad_words_ids=[[pad_id]],
    )
    _save_model(model, out)
    _write_readme(
        out,
        "marian",
        "Helsinki-NLP/opus-mt-vi-en",
        f"Special ids: `</s>`=0 (eos), `<unk>`=1, `<pad>`={pad_id} (= decoder_start_token_id, last id).\n"
        "No language tokens, no forced BOS.",
    )
    return out


def _tokenizer_from_spm(cls, spm_proto: bytes, filename: str, **kwargs):
    """Instantiate a tokenizers-backed class from a SentencePiece model the way
    ``from_pretrained`` would for a hub repo that only ships the ``.model`` file
    (transformers' own spm -> tokenizers conversion, incl. fairseq id offsets)."""
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / filename).write_bytes(spm_proto)
        tok = cls.from_pretrained(tmp, **kwargs)
    # Keep the converted backend; the temporary .model file disappears with tmp.  Drop
    # loading artefacts that would otherwise end up in tokenizer_config.json ("unk_id" is
    # the raw spm id, not the fairseq-shifted one).
    tok.vocab_file = None
    for key in ("vocab_file", "is_local", "local_files_only", "unk_id", "name_or_path"):
        tok.init_kwargs.pop(key, None)
    return tok


# ---------------------------------------------------------------------------
# mBART  (vinai/vinai-translate-vi2en-v2)
# ---------------------------------------------------------------------------


def build_mbart(out_dir: Path) -> Path:
    """MBartForConditionalGeneration + MBartTokenizer with the 25 mBART language codes.

    Ids follow fairseq/mBART: ``<s>``=0, ``<pad>``=1, ``</s>``=2, ``<unk>``=3, then the
    SentencePiece pieces, then the language codes (``vi_VN``, ``en_XX``, ...), then
    ``<mask>``.  Source text is encoded as ``X </s> vi_VN`` once ``src_lang="vi_VN"``.
    """
    from transformers import MBartConfig, MBartForConditionalGeneration, MBartTokenizer

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    # transformers-5 MBartTokenizer has no normalizer at all, so train on raw (identity-
    # normalized) text: otherwise NFKC would fold e.g. "…" into "..." at training time and
    # the HF tokenizer would map a raw "…" to <unk>.
    proto = train_sentencepiece(
        vietnamese_lines() + english_lines() + coverage_lines(), normalization="identity"
    )
    tok = _tokenizer_from_spm(
        MBartTokenizer,
        proto,
        "sentencepiece.bpe.model",
        model_max_length=TRANSLATOR_MAX_POSITIONS,
    )
    tok.save_pretrained(out)
    (out / "sentencepiece.bpe.model").write_bytes(proto)

    config = MBartConfig(
        vocab_size=len(tok),
        max_position_embeddings=TRANSLATOR_MAX_POSITIONS,
        scale_embedding=True,
        pad_token_id=tok.pad_token_id,
        bos_token_id=tok.bos_token_id,
        eos_token_id=tok.eos_token_id,
        decoder_start_token_id=tok.eos_token_id,
        forced_eos_token_id=tok.eos_token_id,
        **_arch(),
    )
    _seeded()
    model = MBartForConditionalGeneration(config)
    model.generation_config = _translation_generation_config(
        bos_token_id=tok.bos_token_id,
        eos_token_id=tok.eos_token_id,
        pad_token_id=tok.pad_token_id,
        decoder_start_token_id=tok.eos_token_id,
        forced_eos_token_id=tok.eos_token_id,
    )
    _save_model(model, out)
    en_id = tok.convert_tokens_to_ids("en_XX")
    vi_id = tok.convert_tokens_to_ids("vi_VN")
    _write_readme(
        out,
        "mbart",
        "vinai/vinai-translate-vi2en-v2",
        f"Special ids: `<s>`=0, `<pad>`=1, `</s>`=2, `<unk>`=3, `vi_VN`={vi_id}, `en_XX`={en_id}.\n"
        "Load with `AutoTokenizer.from_pretrained(path, src_lang=\"vi_VN\")` and generate with\n"
        f"`decoder_start_token_id=tokenizer.convert_tokens_to_ids(\"en_XX\")` (={en_id}); the\n"
        "generation config keeps mBART's default `decoder_start_token_id=2`.",
    )
    return out


# ---------------------------------------------------------------------------
# T5  (VietAI/envit5-translation)
# ---------------------------------------------------------------------------


def build_t5(out_dir: Path) -> Path:
    """T5ForConditionalGeneration + T5Tokenizer (spiece.model layout: ``<pad>``=0,
    ``</s>``=1, ``<unk>``=2, no BOS; 100 ``<extra_id_N>`` sentinels at the end).

    envit5 is steered by text prefixes: inputs ``"vi: ..."``, outputs ``"en: ..."``.
    """
    from transformers import T5Config, T5ForConditionalGeneration, T5Tokenizer

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    lines = vietnamese_lines() + english_lines() + coverage_lines()
    # envit5 sees "vi: ..." / "en: ..." prefixes; make them cheap tokens.
    lines += ["vi: " + line for line in vietnamese_lines()[:20]] + ["en: " + line for line in english_lines()]
    proto = train_sentencepiece(lines, pad_id=0, eos_id=1, unk_id=2, bos_id=-1)
    tok = _tokenizer_from_spm(T5Tokenizer, proto, "spiece.model", model_max_length=TRANSLATOR_MAX_POSITIONS)
    tok.save_pretrained(out)
    (out / "spiece.model").write_bytes(proto)

    config = T5Config(
        vocab_size=len(tok),
        d_model=D_MODEL,
        d_kv=D_MODEL // N_HEADS,
        d_ff=FFN_DIM,
        num_layers=N_LAYERS,
        num_decoder_layers=N_LAYERS,
        num_heads=N_HEADS,
        relative_attention_num_buckets=8,
        relative_attention_max_distance=32,
        dropout_rate=0.0,
        feed_forward_proj="gated-gelu",
        tie_word_embeddings=False,
        n_positions=TRANSLATOR_MAX_POSITIONS,
        pad_token_id=tok.pad_token_id,
        eos_token_id=tok.eos_token_id,
        decoder_start_token_id=tok.pad_token_id,
    )
    _seeded()
    model = T5ForConditionalGeneration(config)
    model.generation_config = _translation_generation_config(
        eos_token_id=tok.eos_token_id,
        pad_token_id=tok.pad_token_id,
        decoder_start_token_id=tok.pad_token_id,
    )
    _save_model(model, out)
    _write_readme(
        out,
        "t5",
        "VietAI/envit5-translation",
        "Special ids: `<pad>`=0 (= decoder_start_token_id), `</s>`=1 (eos), `<unk>`=2, no `<s>`.\n"
        "Prefix inputs with `vi: `; real envit5 outputs start with `en: ` (random weights here do not).\n"
        f"`config.n_positions`={TRANSLATOR_MAX_POSITIONS} (T5 uses relative positions; this is the intended input limit).",
    )
    return out


# ---------------------------------------------------------------------------
# M2M100  (facebook/m2m100_418M)  and  NLLB  (facebook/nllb-200-distilled-600M)
# ---------------------------------------------------------------------------


def _m2m100_config(vocab_size: int, tok):
    from transformers import M2M100Config

    return M2M100Config(
        vocab_size=vocab_size,
        max_position_embeddings=TRANSLATOR_MAX_POSITIONS,
        scale_embedding=True,
        activation_function="relu",
        pad_token_id=tok.pad_token_id,
        bos_token_id=tok.bos_token_id,
        eos_token_id=tok.eos_token_id,
        decoder_start_token_id=tok.eos_token_id,
        **_arch(encoder_layerdrop=0.0, decoder_layerdrop=0.0),
    )


def build_m2m100(out_dir: Path) -> Path:
    """M2M100ForConditionalGeneration + M2M100Tokenizer (vocab.json + sentencepiece.bpe.model).

    Ids: ``<s>``=0, ``<pad>``=1, ``</s>``=2, ``<unk>``=3, pieces from vocab.json, then the 100
    ``__xx__`` language tokens (``__en__``, ``__vi__``, ...), then 8 "madeupword" slots in
    the embedding matrix (as in the real checkpoint).  Source text is encoded as
    ``__vi__ X </s>`` once ``tokenizer.src_lang = "vi"``; generation needs
    ``forced_bos_token_id = tokenizer.get_lang_id("en")``.
    """
    from transformers import M2M100ForConditionalGeneration, M2M100Tokenizer

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    proto = train_sentencepiece(vietnamese_lines() + english_lines() + coverage_lines(), byte_fallback=True)
    (out / "sentencepiece.bpe.model").write_bytes(proto)
    sp = _load_spm(proto)
    vocab: dict[str, int] = {"<s>": 0, "<pad>": 1, "</s>": 2, "<unk>": 3}
    for i in range(sp.get_piece_size()):
        if sp.is_control(i) or sp.is_unknown(i):
            continue
        vocab.setdefault(sp.id_to_piece(i), len(vocab))
    # In the real 128k vocabulary the bare language codes are ordinary subword pieces
    # ("en" as in "tak|en"), so convert_tokens_to_ids("en") is a valid id that is NOT the
    # language token.  Keep that trap: code must use "__en__" / tokenizer.get_lang_id("en").
    for piece in ("en", "vi"):
        vocab.setdefault(piece, len(vocab))
    (out / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False, indent=2), encoding="utf-8")
    from transformers.models.m2m_100.tokenization_m2m_100 import FAIRSEQ_LANGUAGE_CODES

    tok = M2M100Tokenizer(
        vocab_file=str(out / "vocab.json"),
        spm_file=str(out / "sentencepiece.bpe.model"),
        model_max_length=TRANSLATOR_MAX_POSITIONS,
        # The hub checkpoint lists every "__xx__" token as a special token in
        # tokenizer_config.json; without this, transformers 5 does not treat them as
        # special (skip_special_tokens=True would leave "__en__" in decoded text).
        additional_special_tokens=[f"__{code}__" for code in FAIRSEQ_LANGUAGE_CODES["m2m100"]],
    )
    tok.save_pretrained(out)

    num_madeup_words = 8
    vocab_size = len(vocab) + len(tok.lang_code_to_id) + num_madeup_words
    _seeded()
    model = M2M100ForConditionalGeneration(_m2m100_config(vocab_size, tok))
    model.generation_config = _translation_generation_config(
        bos_token_id=tok.bos_token_id,
        eos_token_id=tok.eos_token_id,
        pad_token_id=tok.pad_token_id,
        decoder_start_token_id=tok.eos_token_id,
        num_beams=5,
    )
    _save_model(model, out)
    _write_readme(
        out,
        "m2m100",
        "facebook/m2m100_418M",
        f"Special ids: `<s>`=0, `<pad>`=1, `</s>`=2, `<unk>`=3, `__vi__`={tok.get_lang_id('vi')}, "
        f"`__en__`={tok.get_lang_id('en')}.\n"
        "Set `tokenizer.src_lang = \"vi\"` and generate with `forced_bos_token_id=tokenizer.get_lang_id(\"en\")`.",
    )
    return out


def build_nllb(out_dir: Path) -> Path:
    """M2M100ForConditionalGeneration + NllbTokenizer (BPE; ``vie_Latn`` / ``eng_Latn``).

    Ids: ``<s>``=0, ``<pad>``=1, ``</s>``=2, ``<unk>``=3, BPE pieces, then the ~200 NLLB
    language codes and ``<mask>``.  Non-legacy layout: ``vie_Latn X </s>``.
    """
    from transformers import M2M100ForConditionalGeneration, NllbTokenizer

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    proto = train_sentencepiece(vietnamese_lines() + english_lines() + coverage_lines(), model_type="bpe")
    from transformers.models.nllb.tokenization_nllb import FAIRSEQ_LANGUAGE_CODES

    # Converting from a bare .model file in transformers 5 drops the language codes unless
    # they are passed explicitly (the hub checkpoint ships them in tokenizer.json).  Note
    # that <mask> therefore lands just before the codes, not after them as on the hub.
    tok = _tokenizer_from_spm(
        NllbTokenizer,
        proto,
        "sentencepiece.bpe.model",
        model_max_length=TRANSLATOR_MAX_POSITIONS,
        extra_special_tokens=list(FAIRSEQ_LANGUAGE_CODES),
    )
    tok.save_pretrained(out)
    (out / "sentencepiece.bpe.model").write_bytes(proto)

    _seeded()
    model = M2M100ForConditionalGeneration(_m2m100_config(len(tok), tok))
    model.generation_config = _translation_generation_config(
        bos_token_id=tok.bos_token_id,
        eos_token_id=tok.eos_token_id,
        pad_token_id=tok.pad_token_id,
        decoder_start_token_id=tok.eos_token_id,
    )
    _save_model(model, out)
    _write_readme(
        out,
        "nllb",
        "facebook/nllb-200-distilled-600M",
        f"Special ids: `<s>`=0, `<pad>`=1, `</s>`=2, `<unk>`=3, `vie_Latn`={tok.convert_tokens_to_ids('vie_Latn')}, "
        f"`eng_Latn`={tok.convert_tokens_to_ids('eng_Latn')}.\n"
        "Load with `src_lang=\"vie_Latn\"`; generate with `forced_bos_token_id=tokenizer.convert_tokens_to_ids(\"eng_Latn\")`.",
    )
    return out


# ---------------------------------------------------------------------------
# BART summarizer  (sshleifer/distilbart-cnn-12-6)
# ---------------------------------------------------------------------------


def train_byte_level_bpe(lines: list[str], vocab_size: int = BPE_VOCAB_SIZE) -> tuple[dict[str, int], list[tuple[str, str]]]:
    """GPT-2/RoBERTa-style byte-level BPE with BART's special ids:
    ``<s>``=0, ``<pad>``=1, ``</s>``=2, ``<unk>``=3, ..., ``<mask>`` = last id."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    bpe = Tokenizer(models.BPE())
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    bpe.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size - 1,  # + <mask>
        min_frequency=2,
        special_tokens=["<s>", "<pad>", "</s>", "<unk>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    bpe.train_from_iterator(lines, trainer=trainer)
    model = json.loads(bpe.to_str())["model"]
    vocab = dict(sorted(model["vocab"].items(), key=lambda kv: kv[1]))
    vocab["<mask>"] = len(vocab)
    merges = [tuple(m.split(" ")) if isinstance(m, str) else tuple(m) for m in model["merges"]]
    return vocab, merges


def build_bart(out_dir: Path) -> Path:
    """BartForConditionalGeneration + RobertaTokenizer (= BartTokenizer in transformers 5).

    ``config.max_position_embeddings`` (= ``tokenizer.model_max_length``) is the
    summarizer's input limit.  Generation defaults follow distilbart-cnn (forced BOS,
    no_repeat_ngram_size=3, length_penalty=2.0) with small lengths.
    """
    from transformers import BartConfig, BartForConditionalGeneration, RobertaTokenizer

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    # Mostly English (summaries are English), plus Vietnamese so names with diacritics
    # get merges too; byte-level BPE never produces <unk> anyway.
    vocab, merges = train_byte_level_bpe(english_lines() * 3 + vietnamese_lines() + coverage_lines())
    tok = RobertaTokenizer(vocab=vocab, merges=merges, model_max_length=SUMMARIZER_MAX_POSITIONS)
    tok.save_pretrained(out)  # tokenizer.json (what transformers 5 loads)
    # Also the classic GPT-2 files that the real checkpoint ships.
    (out / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    (out / "merges.txt").write_text(
        "#version: 0.2\n" + "".join(f"{a} {b}\n" for a, b in merges), encoding="utf-8"
    )

    config = BartConfig(
        vocab_size=len(tok),
        max_position_embeddings=SUMMARIZER_MAX_POSITIONS,
        activation_function="gelu",
        scale_embedding=False,
        pad_token_id=tok.pad_token_id,
        bos_token_id=tok.bos_token_id,
        eos_token_id=tok.eos_token_id,
        decoder_start_token_id=tok.eos_token_id,
        forced_bos_token_id=tok.bos_token_id,
        forced_eos_token_id=tok.eos_token_id,
        **_arch(),
    )
    _seeded()
    model = BartForConditionalGeneration(config)
    from transformers import GenerationConfig

    model.generation_config = GenerationConfig(
        bos_token_id=tok.bos_token_id,
        eos_token_id=tok.eos_token_id,
        pad_token_id=tok.pad_token_id,
        decoder_start_token_id=tok.eos_token_id,
        forced_bos_token_id=tok.bos_token_id,
        forced_eos_token_id=tok.eos_token_id,
        num_beams=4,
        max_length=64,
        min_length=8,
        no_repeat_ngram_size=3,
        length_penalty=2.0,
        early_stopping=True,
    )
    _save_model(model, out)
    _write_readme(
        out,
        "bart",
        "sshleifer/distilbart-cnn-12-6",
        f"Special ids: `<s>`=0, `<pad>`=1, `</s>`=2, `<unk>`=3, `<mask>`={len(tok) - 1}.\n"
        f"`config.max_position_embeddings` = `tokenizer.model_max_length` = {SUMMARIZER_MAX_POSITIONS}: "
        "the summarizer's input limit (inputs must be truncated/chunked to it).\n"
        "Generation defaults: num_beams=4, max_length=64, min_length=8, no_repeat_ngram_size=3, "
        "length_penalty=2.0, forced_bos_token_id=0.",
    )
    return out


# ---------------------------------------------------------------------------
# Entry points
# ---------------------------------------------------------------------------

BUILDERS = {
    "marian": build_marian,
    "mbart": build_mbart,
    "t5": build_t5,
    "m2m100": build_m2m100,
    "nllb": build_nllb,
    "bart": build_bart,
}


def build_all(out_dir: Path) -> dict[str, Path]:
    """Build every tiny checkpoint under ``out_dir``; returns ``{name: path}``."""
    import torch

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    # Tiny tensors: multi-threaded kernels only add overhead, and on a busy 2-core box
    # OpenMP spin-waiting makes them 10-50x slower.  Restore the caller's setting.
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        return {name: builder(out_dir / name) for name, builder in BUILDERS.items()}
    finally:
        torch.set_num_threads(threads)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if len(argv) != 1 or argv[0] in ("-h", "--help"):
        print(f"usage: python {Path(__file__).name} OUT_DIR", file=sys.stderr)
        return 2
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    start = time.perf_counter()
    paths = build_all(Path(argv[0]))
    for name, path in paths.items():
        size = sum(f.stat().st_size for f in path.iterdir() if f.is_file())
        print(f"{name:8s} {path}  ({size / 1e6:.2f} MB)")
    print(f"built {len(paths)} checkpoints in {time.perf_counter() - start:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
