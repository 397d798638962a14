"""Shared by the speed benchmarks: architecture-exact random-weight checkpoints, the corpus, and running each
engine in a process of its own.

Why random weights: the Hugging Face hub is not reachable from the build machines, so the real checkpoints
cannot be fetched. Speed and memory depend on the architecture - layer count, widths, heads, vocabulary size,
positions - not on the values of the weights, so a checkpoint with exactly the real configuration and random
weights costs exactly what the real one costs per token, as long as every engine is made to decode the same
number of tokens (a random model never decides to stop on its own; the benchmarks force the output length).

Tokenizers: the real ones cannot be downloaded either. The benchmarks train one on the corpus itself (a
SentencePiece BPE model of up to 8,000 pieces for the Marian translator, byte-level BPE for the BART
summarizer) and map its pieces into a vocabulary of the real size; the remaining ids are filler entries. What
costs compute is the size of the embedding and output matrices (the output projection is d_model x vocabulary
per decoded token), and those have the real size. A tokenizer with the full real vocabulary cannot be trained
on a corpus this small (it runs out of pieces) and would not change the cost; what matters for the work is how
many tokens a sentence becomes, and the corpus-trained BPE gives 1.1-1.2 tokens per Vietnamese syllable on
inputs/ and on vi-news, about what opus-mt's source.spm gives (a unigram model trained on five articles would
give 1.8, as it learns too few pieces).
"""

from __future__ import annotations

import argparse
import io
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SEED = 20240110

# Helsinki-NLP/opus-mt-vi-en config.json: transformer-base Marian. vocab_size 53,739 (<pad> = 53,738 is also
# the decoder start token; </s> = 0, <unk> = 1); opus-mt-en-vi, the other direction, has 53,685.
OPUS_MT_VI_EN = dict(
    vocab_size=53739, decoder_vocab_size=53739, d_model=512,
    encoder_layers=6, decoder_layers=6, encoder_attention_heads=8, decoder_attention_heads=8,
    encoder_ffn_dim=2048, decoder_ffn_dim=2048, max_position_embeddings=512,
    activation_function="swish", scale_embedding=True, share_encoder_decoder_embeddings=True,
    static_position_embeddings=True, normalize_embedding=False, normalize_before=False,
    add_final_layer_norm=False, add_bias_logits=False,
    pad_token_id=53738, decoder_start_token_id=53738, eos_token_id=0, bos_token_id=0, forced_eos_token_id=0,
    dropout=0.1, attention_dropout=0.0, activation_dropout=0.0, init_std=0.02,
)
OPUS_GENERATION = dict(bad_words_ids=[[53738]], bos_token_id=0, decoder_start_token_id=53738, eos_token_id=0,
                       forced_eos_token_id=0, max_length=512, num_beams=4, pad_token_id=53738)

# sshleifer/distilbart-cnn-12-6 config.json: BART-large widths, 12 encoder and 6 decoder layers.
DISTILBART_CNN_12_6 = dict(
    vocab_size=50264, d_model=1024, encoder_layers=12, decoder_layers=6,
    encoder_attention_heads=16, decoder_attention_heads=16, encoder_ffn_dim=4096, decoder_ffn_dim=4096,
    max_position_embeddings=1024, activation_function="gelu", scale_embedding=False, normalize_before=False,
    normalize_embedding=True, add_final_layer_norm=False, extra_pos_embeddings=2,
    pad_token_id=1, bos_token_id=0, eos_token_id=2, decoder_start_token_id=2, forced_bos_token_id=0,
    forced_eos_token_id=2, dropout=0.1, attention_dropout=0.0, activation_dropout=0.0, init_std=0.02,
)
DISTILBART_GENERATION = dict(bos_token_id=0, decoder_start_token_id=2, eos_token_id=2, forced_bos_token_id=0,
                             forced_eos_token_id=2, pad_token_id=1, early_stopping=True, length_penalty=2.0,
                             max_length=142, min_length=56, no_repeat_ngram_size=3, num_beams=4)

# --tiny: the same layout at toy size, for the smoke tests that keep the scripts from rotting.
TINY = dict(d_model=32, encoder_layers=2, decoder_layers=2, encoder_attention_heads=4, decoder_attention_heads=4,
            encoder_ffn_dim=64, decoder_ffn_dim=64)


# --- corpus ------------------------------------------------------------------------------------------------
def corpus_articles(corpus: Path):
    """Cleaned articles of a folder, as `vietbrief run` reads them (a README describing the corpus is skipped)."""
    from pipeline.ingest.clean import clean_article
    from pipeline.ingest.article import ArticleError
    from pipeline.ingest.read import discover, read_article

    articles = []
    for path in discover(corpus):
        if path.stem.lower() == "readme":
            continue
        try:
            articles.append(clean_article(read_article(path, corpus)))
        except ArticleError:
            continue
    if not articles:
        raise SystemExit(f"no readable articles under {corpus}")
    return articles


def article_files(corpus: Path) -> list[Path]:
    from pipeline.ingest.read import discover

    return [p for p in discover(corpus) if p.stem.lower() != "readme"]


def article_sentences(article) -> list[str]:
    """Title and body sentences in the order a run translates them (brief.Segmented.flat)."""
    from pipeline.text.segment import split_sentences

    title = split_sentences(article.title) if article.title else []
    return title + [s for p in article.paragraphs for s in split_sentences(p)]


# --- tokenizers ----------------------------------------------------------------------------------------------
def _filler(i: int, mark: str) -> str:
    letters = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        letters = chr(97 + r) + letters
    return f"{mark}zq{letters}"


def train_sentencepiece(lines: list[str], vocab_size: int) -> bytes:
    import sentencepiece as spm

    spm.set_random_generator_seed(SEED)
    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines), model_writer=model, model_type="bpe", vocab_size=vocab_size,
        hard_vocab_limit=False, character_coverage=1.0, byte_fallback=True, normalization_rule_name="nmt_nfkc",
        split_digits=False, num_threads=1, input_sentence_size=0, shuffle_input_sentence=False,
        max_sentence_length=16384, pad_id=-1, unk_id=0, bos_id=1, eos_id=2, minloglevel=2)
    return model.getvalue()


def build_marian(out: Path, lines: list[str], tiny: bool = False) -> Path:
    """A MarianMTModel with opus-mt-vi-en's configuration (toy-sized with tiny) and random weights, plus a
    MarianTokenizer whose vocab.json has the real 53,739 entries."""
    import torch
    from transformers import GenerationConfig, MarianConfig, MarianMTModel, MarianTokenizer

    out.mkdir(parents=True, exist_ok=True)
    cfg = dict(OPUS_MT_VI_EN)
    pieces = 800 if tiny else 8000
    if tiny:
        cfg.update(TINY, vocab_size=2000, decoder_vocab_size=2000, pad_token_id=1999, decoder_start_token_id=1999)
    proto = train_sentencepiece(lines, pieces)
    (out / "source.spm").write_bytes(proto)
    (out / "target.spm").write_bytes(proto)
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor()
    sp.LoadFromSerializedProto(proto)
    vocab = {"</s>": 0, "<unk>": 1}
    for i in range(sp.get_piece_size()):
        if not (sp.is_control(i) or sp.is_unknown(i)):
            vocab.setdefault(sp.id_to_piece(i), len(vocab))
    size = cfg["vocab_size"]
    n = 0
    while len(vocab) < size - 1:
        vocab.setdefault(_filler(n, "▁"), len(vocab))
        n += 1
    vocab["<pad>"] = size - 1
    (out / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Recommended: pip install sacremoses."
        tok = MarianTokenizer(source_spm=str(out / "source.spm"), target_spm=str(out / "target.spm"),
                              vocab=str(out / "vocab.json"), source_lang="vi", target_lang="en",
                              model_max_length=cfg["max_position_embeddings"])
    tok.save_pretrained(out)
    torch.manual_seed(SEED)
    model = MarianMTModel(MarianConfig(**cfg)).eval()
    gen = dict(OPUS_GENERATION)
    gen.update(bad_words_ids=[[size - 1]], decoder_start_token_id=size - 1, pad_token_id=size - 1)
    model.generation_config = GenerationConfig(**gen)
    model.save_pretrained(out)
    return out


def build_bart(out: Path, lines: list[str], tiny: bool = False) -> Path:
    """A BartForConditionalGeneration with distilbart-cnn-12-6's configuration and random weights, plus a
    byte-level BPE tokenizer (BART's special ids) whose vocabulary has the real 50,264 entries."""
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import BartConfig, BartForConditionalGeneration, GenerationConfig, RobertaTokenizer

    out.mkdir(parents=True, exist_ok=True)
    cfg = dict(DISTILBART_CNN_12_6)
    if tiny:
        cfg.update(TINY, vocab_size=2000, max_position_embeddings=256)
    bpe = Tokenizer(models.BPE())
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    bpe.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=min(cfg["vocab_size"] - 1, 1000 if tiny else 16000), min_frequency=2,
                                  special_tokens=["<s>", "<pad>", "</s>", "<unk>"],
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False)
    bpe.train_from_iterator(lines, trainer=trainer)
    model_json = json.loads(bpe.to_str())["model"]
    vocab = dict(sorted(model_json["vocab"].items(), key=lambda kv: kv[1]))
    merges = [tuple(m.split(" ")) if isinstance(m, str) else tuple(m) for m in model_json["merges"]]
    n = 0
    while len(vocab) < cfg["vocab_size"] - 1:
        vocab.setdefault(_filler(n, "Ġ"), len(vocab))
        n += 1
    vocab["<mask>"] = len(vocab)
    tok = RobertaTokenizer(vocab=vocab, merges=merges, model_max_length=cfg["max_position_embeddings"])
    tok.save_pretrained(out)
    cfg["vocab_size"] = len(tok)
    torch.manual_seed(SEED)
    model = BartForConditionalGeneration(BartConfig(**cfg)).eval()
    gen = dict(DISTILBART_GENERATION)
    if tiny:
        gen.update(max_length=64, min_length=8)
    model.generation_config = GenerationConfig(**gen)
    model.save_pretrained(out)
    return out


def convert_int8(hf_dir: Path) -> Path:
    from pipeline.models.convert import convert

    return convert(str(hf_dir), "int8", out=hf_dir.with_name(hf_dir.name + "-ct2-int8")).path


# --- processes -----------------------------------------------------------------------------------------------
def run_worker(script: Path, engine: str, plan: Path, quiet: bool = False) -> dict:
    """Run one engine in a fresh process; returns its result with the process's own peak RSS."""
    with tempfile.TemporaryDirectory() as tmp:
        result = Path(tmp) / "result.json"
        cmd = [sys.executable, str(script), "--worker", engine, "--plan", str(plan), "--result", str(result)]
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL if quiet else sys.stderr, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0 or not result.is_file():
            raise SystemExit(f"engine {engine} failed (exit {proc.returncode})")
        data = json.loads(result.read_text())
    if data.get("peak_rss_mb") is None:  # no /proc: fall back to the child's rusage (may include the parent's)
        data["peak_rss_mb"] = round(usage.ru_maxrss / 1024, 1)
    return data


def run_engines(script: Path, args, engines: list[str], prepare) -> tuple[dict, dict[str, dict], float | None]:
    """The load at the start, then prepare(args, work) (it builds the models and writes the plan, returning its
    path) in args.work or a temporary folder removed after, then each engine in a process of its own: returns
    the plan, each engine's result and the load."""
    load = load_warning()
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="vietbrief-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        plan = prepare(args, work)
        results = {e: run_worker(script, e, plan) for e in engines}
        return json.loads(plan.read_text(encoding="utf-8")), results, load
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)


def engine_arguments(ap, engines: list[str]) -> None:
    """The options every engine-comparing script shares, the hidden ones run_worker passes included."""
    ap.add_argument("--engines", default=",".join(engines), help=f"comma-separated subset of {','.join(engines)}")
    ap.add_argument("--tiny", action="store_true", help="toy-sized model of the same layout (smoke test)")
    ap.add_argument("--work", help="folder for the built models (default: a temporary folder, removed)")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--plan", help=argparse.SUPPRESS)
    ap.add_argument("--result", help=argparse.SUPPRESS)


def chosen_engines(ap, args, engines: list[str]) -> list[str]:
    chosen = [e.strip() for e in args.engines.split(",") if e.strip()]
    unknown = set(chosen) - set(engines)
    if unknown:
        ap.error(f"unknown engines: {', '.join(sorted(unknown))}")
    return chosen


def worker(engine: str, plan_path: Path, result: Path, naive, batched, inputs_key: str) -> None:
    """One engine's timed run, in the process run_worker started: naive(plan) for hf_naive, else
    batched(plan, backend); each returns (target tokens, Timer)."""
    plan = json.loads(plan_path.read_text(encoding="utf-8"))
    set_threads(plan["threads"])
    if engine == "hf_naive":
        tokens, t = naive(plan)
    else:
        tokens, t = batched(plan, "ct2" if engine.startswith("ct2") else "transformers")
    n = len(plan[inputs_key])
    result.write_text(json.dumps({"tokens_per_s": tokens / t.seconds, "sentences_per_s": n / t.seconds,
                                  "seconds": t.seconds, "cpu_seconds": t.cpu_seconds, "target_tokens": tokens,
                                  "peak_rss_mb": peak_rss_mb()}))
    print(f"{engine}: {n} {inputs_key}, {tokens} tokens in {t.seconds:.1f} s", file=sys.stderr)


def peak_rss_mb() -> float | None:
    """This process's peak resident memory since it started (VmHWM). getrusage/wait4 would not do: on Linux
    a child's ru_maxrss starts from its parent's at fork, and the parent here holds a whole model."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return None


def load_warning() -> float | None:
    """Warn when other work is running: timings on a busy machine say little (OpenMP threads that lose
    their core stall the others), so the load at the start is reported with the results."""
    try:
        load = os.getloadavg()[0]
    except OSError:
        return None
    if load > 0.5 * (os.cpu_count() or 1):
        print(f"warning: load average {load:.1f} on {os.cpu_count()} cores - other work is running and the "
              f"timings will be low and noisy", file=sys.stderr)
    return round(load, 2)


def set_threads(threads: int) -> None:
    import torch

    torch.set_num_threads(threads)


class Timer:
    """Wall time, and the CPU time of the whole process (all threads) - a CPU time far below threads x wall
    time means the engine waited for cores other work was using."""

    def __enter__(self):
        self.start, self.cpu_start = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc):
        self.seconds = time.perf_counter() - self.start
        self.cpu_seconds = time.process_time() - self.cpu_start


def forced_length(source_tokens: int, ratio: float, cap: int) -> int:
    return max(1, min(cap, math.ceil(source_tokens * ratio)))


def report(model: str, corpus: str, n: int, results: dict[str, dict], extra: dict) -> dict:
    base = results.get("hf_naive", {}).get("tokens_per_s")
    engines = {}
    for name, r in results.items():
        engines[name] = {"tokens_per_s": round(r["tokens_per_s"], 1), "sentences_per_s": round(r["sentences_per_s"], 3),
                         "peak_rss_mb": r["peak_rss_mb"],
                         "speedup": round(r["tokens_per_s"] / base, 2) if base else None}
    details = {name: {k: round(r[k], 2) for k in ("seconds", "cpu_seconds", "target_tokens") if k in r}
               for name, r in results.items()}
    return {"model": model, "corpus": corpus, "sentences": n, "engines": engines, **extra, "details": details}


def print_table(summary: dict, unit: str = "sentences") -> None:
    print(f"\n{summary['model']} on {summary['corpus']}: {summary['sentences']} {unit}", file=sys.stderr)
    print(f"{'engine':12s} {'tokens/s':>10s} {unit + '/s':>12s} {'peak MB':>9s} {'speedup':>8s}", file=sys.stderr)
    for name, r in summary["engines"].items():
        print(f"{name:12s} {r['tokens_per_s']:10.1f} {r['sentences_per_s']:12.3f} {r['peak_rss_mb']:9.0f} "
              f"{(r['speedup'] or 0):7.2f}x", file=sys.stderr)


# --- what a run did: conversion time and batch fill ------------------------------------------------------------
class ConversionClock:
    """Seconds spent converting checkpoints to CTranslate2 in this process: wraps the `convert` that
    pipeline.models.ct2 calls on first use (the conversion itself, timed, nothing else changed)."""

    def __init__(self, ct2_module):
        self.seconds = 0.0
        real = ct2_module.convert

        def timed(*args, **kwargs):
            t0 = time.perf_counter()
            try:
                return real(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - t0

        ct2_module.convert = timed


class BatchFill:
    """The translator's first-pass generate() batches in this process (a sentence retried alone is left out):
    how many, their rows, and how full each is - rows x longest row, against the token budget - over all of
    them, and apart for the article sentences and for the glossary layer's lookups (terms and sentences it
    translates on its own account, per article: translation/cache.glossary_lookups)."""

    def __init__(self):
        from pipeline.translation import cache
        from pipeline.translation.seq2seq import Translator

        self.batches: list[tuple[int, float, bool]] = []  # rows, fill, lookup
        self.retries = 0  # sentences translated again alone (their own generate() call each)
        # Target tokens the first-pass batches allow (rows x the batch's length cap) and what each row's own cap
        # would (the sum of them): a random model never stops, so it decodes the former, where a real model
        # stops each row at its end (CTranslate2 then drops the row from the batch).
        self.steps = [0, 0]
        real = Translator._generate

        def counted(translator, batch_ids, retry):
            if retry:
                self.retries += 1
            else:
                o = translator.options

                def cap(n: int) -> int:  # as Translator._generate computes it
                    return min(math.ceil(n * o.length_ratio) + o.length_extra, translator.max_input_tokens)

                self.steps[0] += len(batch_ids) * cap(max(len(ids) for ids in batch_ids))
                self.steps[1] += sum(cap(len(ids)) for ids in batch_ids)
                budget = translator.options.batch_tokens
                fill = len(batch_ids) * max(len(ids) for ids in batch_ids) / budget
                self.batches.append((len(batch_ids), fill, cache._LOOKUP.get()))
            return real(translator, batch_ids, retry)

        Translator._generate = counted

    @staticmethod
    def _of(batches) -> dict:
        n = len(batches)
        return {"batches": n, "mean_rows": round(sum(b[0] for b in batches) / n, 2) if n else None,
                "mean_fill": round(sum(b[1] for b in batches) / n, 3) if n else None}

    def summary(self) -> dict:
        out = self._of(self.batches)
        out["rows"] = sum(b[0] for b in self.batches)
        out["retries"] = self.retries
        out["target_tokens_allowed"] = {"batch_caps": self.steps[0], "own_caps": self.steps[1]}
        out["articles"] = self._of([b for b in self.batches if not b[2]])
        out["glossary_lookups"] = self._of([b for b in self.batches if b[2]])
        return out


def instrument(stats_path: str) -> None:
    """In a `vietbrief run` process (pipeline_speed.py's wrapper): at exit, write its peak RSS, conversion
    seconds and batch fill to `stats_path` as JSON."""
    import atexit

    from pipeline.models import ct2

    clock, fill = ConversionClock(ct2), BatchFill()
    atexit.register(lambda: Path(stats_path).write_text(json.dumps(
        {"peak_rss_mb": peak_rss_mb(), "convert_s": round(clock.seconds, 2), "batch_fill": fill.summary()})))


# --- summaries of realistic length -------------------------------------------------------------------------------
PAIRS = ROOT / "bench" / "data" / "checks"  # hand-translated Vietnamese-English news sentence pairs


def real_pairs() -> list[tuple[str, str]]:
    pairs = []
    for name in ("pairs.tsv", "heldout.tsv"):
        lines = (PAIRS / name).read_text(encoding="utf-8").splitlines()
        head = lines[0].split("\t")
        vi, en = head.index("vi"), head.index("en")
        pairs += [(cols[vi], cols[en]) for cols in (ln.split("\t") for ln in lines[1:]) if len(cols) > max(vi, en)]
    return pairs


def english_per_vietnamese(pairs: list[tuple[str, str]]) -> dict:
    """Length of a real English translation per unit of Vietnamese, over all `pairs`: characters and words."""
    vi_c, en_c = sum(len(v) for v, _ in pairs), sum(len(e) for _, e in pairs)
    vi_w, en_w = sum(len(v.split()) for v, _ in pairs), sum(len(e.split()) for _, e in pairs)
    return {"pairs": len(pairs), "chars": round(en_c / vi_c, 3), "words": round(en_w / vi_w, 3)}


def english_like(vietnamese: list[str], pairs: list[tuple[str, str]], ratio: float, start: int) -> list[str]:
    """Real English news sentences (the pairs' translations, taken in turn from `start`) up to `ratio` times
    the characters of `vietnamese`: what the summarizer stage is handed for an article of that length."""
    target = ratio * sum(len(s) for s in vietnamese)
    out, size, k = [], 0, start
    while size < target:
        en = pairs[k % len(pairs)][1]
        out.append(en)
        size += len(en) + 1
        k += 1
    return out
