"""Translation speed and memory of each engine on an opus-mt-vi-en-sized model.

    python bench/translate_speed.py [--corpus inputs] [--sentences N] [--threads N] [--beams 4]
    python bench/translate_speed.py --corpus ../shared/corpus/vi-news

What it does:

1. Builds a MarianMTModel with exactly the configuration of Helsinki-NLP/opus-mt-vi-en (6+6 layers, d_model
   512, 8 heads, FFN 2048, swish, static sinusoidal positions, shared embeddings, 53,739-entry vocabulary,
   512 positions) and random weights, with a SentencePiece tokenizer trained on the corpus and mapped into
   the real vocabulary size (see bench/speedlib.py for why random weights and this tokenizer measure the
   real model's cost), then converts it with `vietbrief`'s converter to CTranslate2 int8.
2. Splits the corpus into sentences as `vietbrief run` does (clean, segment, clause-split past the input
   limit).
3. Translates them with each engine, each in a process of its own so that its peak memory is its own:

   - hf_naive:   plain transformers, one sentence per generate() call - what most scripts do;
   - hf_batched: vietbrief's transformers engine: token-budget batches of length-sorted sentences;
   - ct2_int8:   vietbrief's ct2 engine on the int8 conversion, same batches.

   Beam size 4 everywhere. A random model never chooses to stop, so decoding is forced to the same length on
   every engine: sentence i gets exactly L_i = ceil(ratio x source tokens) new tokens (min = max new tokens,
   no forced EOS); ratio 0.8 by default, about what English takes per Vietnamese source token with opus-mt's
   tokenizers. The batched engines decode each batch to the longest L_i in it - the padding cost of
   batching, charged to them - and every engine is credited with the same sum of L_i target tokens.
   Loading is not timed; one short warm-up call per engine is not timed either.

The last line printed is one JSON object:
{"model", "corpus", "sentences", "engines": {"hf_naive": {"tokens_per_s", "sentences_per_s", "peak_rss_mb",
"speedup"}, "hf_batched": {...}, "ct2_int8": {...}}, ...settings}; speedup is relative to hf_naive.

--tiny builds a toy-sized model of the same layout (for the smoke test); --sentences N takes the first N.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import speedlib  # noqa: E402

ENGINES = ("hf_naive", "hf_batched", "ct2_int8")
MODEL_NAME = "Helsinki-NLP/opus-mt-vi-en architecture (random weights)"


def prepare(args, work: Path) -> Path:
    from pipeline.text.segment import split_long

    corpus = Path(args.corpus)
    articles = speedlib.corpus_articles(corpus)
    sentences = [s for a in articles for s in speedlib.article_sentences(a)]
    hf_dir = work / ("opus-mt-vi-en-arch-tiny" if args.tiny else "opus-mt-vi-en-arch")
    print(f"building {hf_dir.name} (tokenizer trained on {len(sentences)} sentences)", file=sys.stderr)
    speedlib.set_threads(args.threads)
    speedlib.build_marian(hf_dir, sentences, tiny=args.tiny)
    print("converting to CTranslate2 int8", file=sys.stderr)
    ct2_dir = speedlib.convert_int8(hf_dir)

    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(hf_dir)
    limit = tok.model_max_length - 4
    count = lambda text: len(tok(text)["input_ids"])  # noqa: E731
    if args.sentences:
        sentences = sentences[: args.sentences]
    pieces = [p for s in sentences for p in ([s] if count(s) <= limit else split_long(s, limit, count))]
    lengths = [speedlib.forced_length(count(p), args.length_ratio, tok.model_max_length) for p in pieces]
    plan = work / "plan.json"
    plan.write_text(json.dumps({
        "hf_dir": str(hf_dir), "ct2_dir": str(ct2_dir), "sentences": pieces, "lengths": lengths,
        "beams": args.beams, "threads": args.threads, "batch_tokens": args.batch_tokens,
    }, ensure_ascii=False), encoding="utf-8")
    return plan


# --- workers: one engine each, in their own process ----------------------------------------------------------
def naive(plan: dict) -> tuple[int, "speedlib.Timer"]:
    """What a typical script does: tokenizer + model.generate() per sentence."""
    import torch
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    from pipeline.models.loading import quiet_transformers

    quiet_transformers()  # transformers' per-call notices about max_length would flood the output
    tok = AutoTokenizer.from_pretrained(plan["hf_dir"])
    model = AutoModelForSeq2SeqLM.from_pretrained(plan["hf_dir"]).eval()

    def one(sentence: str, n: int) -> str:
        with torch.inference_mode():
            out = model.generate(**tok(sentence, return_tensors="pt"), num_beams=plan["beams"], min_new_tokens=n,
                                 max_new_tokens=n, forced_eos_token_id=None)
        return tok.decode(out[0], skip_special_tokens=True)

    warm = min(range(len(plan["sentences"])), key=lambda i: len(plan["sentences"][i]))
    one(plan["sentences"][warm], 4)
    with speedlib.Timer() as t:
        for sentence, n in zip(plan["sentences"], plan["lengths"]):
            one(sentence, n)
    return sum(plan["lengths"]), t


def batched(plan: dict, engine: str) -> tuple[int, "speedlib.Timer"]:
    """vietbrief's Translator with the given engine: its tokenization, token-budget batches and generate step."""
    import torch

    from pipeline.translation.batching import token_budget_batches
    from pipeline.translation.base import TranslateOptions
    from pipeline.translation.seq2seq import load_translator

    spec = plan["ct2_dir"] if engine == "ct2" else plan["hf_dir"]  # the conversion lives outside the store
    opts = TranslateOptions(beams=plan["beams"], batch_tokens=plan["batch_tokens"])
    tr = load_translator(spec, device="cpu", engine=engine, options=opts, threads=plan["threads"])
    assert (engine == "ct2") == (tr.decoding()["engine"] == "ctranslate2"), tr.decoding()
    pad = tr.tokenizer.pad_token_id

    def run(ids: list[list[int]], n: int) -> list[str]:
        width = max(len(x) for x in ids)
        input_ids = torch.full((len(ids), width), pad, dtype=torch.long)
        mask = torch.zeros_like(input_ids)
        for row, x in enumerate(ids):
            input_ids[row, : len(x)] = torch.tensor(x)
            mask[row, : len(x)] = 1
        with torch.inference_mode():
            out = tr.model.generate(input_ids=input_ids, attention_mask=mask, num_beams=plan["beams"],
                                    min_new_tokens=n, max_new_tokens=n, forced_eos_token_id=None,
                                    early_stopping=True, **tr._gen_lang)
        return [tr.clean_output(tr.tokenizer.decode(s, skip_special_tokens=True)) for s in out.tolist()]

    sentences, lengths = plan["sentences"], plan["lengths"]
    warm = min(range(len(sentences)), key=lambda i: len(sentences[i]))
    run([tr.tokenizer(sentences[warm])["input_ids"]], 4)
    with speedlib.Timer() as t:
        encoded = [tr.tokenizer(tr.handling.prefix + s)["input_ids"] for s in sentences]
        for batch in token_budget_batches([len(x) for x in encoded], plan["batch_tokens"]):
            run([encoded[j] for j in batch], max(lengths[j] for j in batch))
    return sum(lengths), t


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=str(speedlib.ROOT / "inputs"), help="folder of articles (default inputs/)")
    ap.add_argument("--sentences", type=int, default=0, help="only the first N sentences (0: all)")
    ap.add_argument("--beams", type=int, default=4)
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 1, help="CPU threads for every engine")
    ap.add_argument("--batch-tokens", type=int, default=2048, help="token budget of a batch (vietbrief's default)")
    ap.add_argument("--length-ratio", type=float, default=0.8, help="forced new tokens per source token")
    speedlib.engine_arguments(ap, ENGINES)
    args = ap.parse_args(argv)
    if args.worker:
        speedlib.worker(args.worker, Path(args.plan), Path(args.result), naive, batched, "sentences")
        return 0

    engines = speedlib.chosen_engines(ap, args, ENGINES)
    plan, results, load = speedlib.run_engines(Path(__file__).resolve(), args, engines, prepare)
    n = len(plan["sentences"])
    summary = speedlib.report(MODEL_NAME + (" [tiny]" if args.tiny else ""), args.corpus, n, results, {
        "target_tokens": sum(plan["lengths"]), "beams": args.beams, "threads": args.threads,
        "batch_tokens": args.batch_tokens, "length_ratio": args.length_ratio, "device": "cpu", "load_avg_at_start": load,
    })
    speedlib.print_table(summary)
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
