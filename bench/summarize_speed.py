"""Summarization speed and memory of each engine on a distilbart-cnn-12-6-sized model.

    python bench/summarize_speed.py [--corpus inputs] [--articles N] [--threads N] [--beams 4]

The same method as bench/translate_speed.py, for the summarizer:

1. Builds a BartForConditionalGeneration with exactly the configuration of sshleifer/distilbart-cnn-12-6
   (12 encoder + 6 decoder layers, d_model 1024, 16 heads, FFN 4096, GELU, 1,024 learned positions,
   50,264-entry vocabulary) and random weights, with a byte-level BPE tokenizer trained on the corpus and
   mapped into the real vocabulary size, and converts it to CTranslate2 int8 with vietbrief's converter.
2. Cuts every article into the inputs vietbrief's summarizer generates from: the article whole when it fits
   the model's 1,022-token input, else the chunks of its map step (`pack`, as map_reduce does). The corpus
   is Vietnamese and the real input would be its English translation; a random model cannot translate, and
   the BPE trained on the corpus makes an article about as many tokens as its English translation would be
   with the real English BPE (about one token per Vietnamese syllable), which is what the encoder pays for.
3. Summarizes them with each engine in its own process: hf_naive (plain transformers, one input per
   generate() call), hf_batched (vietbrief's transformers summarizer, token-budget batches of
   length-sorted inputs), ct2_int8 (vietbrief's ct2 summarizer, same batches). Beam size 4, the model's own
   generation settings (no_repeat_ngram_size 3, length_penalty 2.0, forced BOS), and every summary forced to
   exactly --summary-tokens new tokens (default 112: what `--summary-words 80` allows) with no forced EOS.

The last line printed is one JSON object shaped like translate_speed's; here "sentences" counts the inputs
summarized (articles or map-step chunks) and sentences_per_s is inputs per second.
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
MODEL_NAME = "sshleifer/distilbart-cnn-12-6 architecture (random weights)"


def prepare(args, work: Path) -> Path:
    from pipeline.summarization.base import pack

    articles = speedlib.corpus_articles(Path(args.corpus))
    if args.articles:
        articles = articles[: args.articles]
    texts = [speedlib.article_sentences(a) for a in articles]
    lines = [s for t in texts for s in t]
    hf_dir = work / ("distilbart-cnn-12-6-arch-tiny" if args.tiny else "distilbart-cnn-12-6-arch")
    print(f"building {hf_dir.name} (tokenizer trained on {len(lines)} sentences)", file=sys.stderr)
    speedlib.set_threads(args.threads)
    speedlib.build_bart(hf_dir, lines, tiny=args.tiny)
    print("converting to CTranslate2 int8", file=sys.stderr)
    ct2_dir = speedlib.convert_int8(hf_dir)

    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(hf_dir)
    limit = tok.model_max_length - 2  # Seq2SeqSummarizer.input_limit: room for <s> and </s>
    count = lambda text: len(tok(text, add_special_tokens=False)["input_ids"])  # noqa: E731
    inputs = []
    for sentences in texts:
        whole = " ".join(sentences)
        inputs.extend([whole] if count(whole) <= limit else pack(sentences, limit, count))
    plan = work / "plan.json"
    plan.write_text(json.dumps({
        "hf_dir": str(hf_dir), "ct2_dir": str(ct2_dir), "inputs": inputs, "new_tokens": args.summary_tokens,
        "beams": args.beams, "threads": args.threads, "batch_tokens": args.batch_tokens, "limit": limit,
        "articles": len(articles),
    }, ensure_ascii=False), encoding="utf-8")
    return plan


def naive(plan: dict) -> tuple[int, "speedlib.Timer"]:
    import torch
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    from pipeline.models.loading import quiet_transformers

    quiet_transformers()
    tok = AutoTokenizer.from_pretrained(plan["hf_dir"])
    model = AutoModelForSeq2SeqLM.from_pretrained(plan["hf_dir"]).eval()
    n = plan["new_tokens"]

    def one(text: str, new: int) -> str:
        enc = tok(text, return_tensors="pt", truncation=True, max_length=plan["limit"] + 2)
        with torch.inference_mode():
            out = model.generate(**enc, num_beams=plan["beams"], min_new_tokens=new, max_new_tokens=new,
                                 forced_eos_token_id=None)
        return tok.decode(out[0], skip_special_tokens=True)

    one(min(plan["inputs"], key=len)[:200], 4)
    with speedlib.Timer() as t:
        for text in plan["inputs"]:
            one(text, n)
    return n * len(plan["inputs"]), t


def batched(plan: dict, engine: str) -> tuple[int, "speedlib.Timer"]:
    import torch

    from pipeline.translation.batching import token_budget_batches
    from pipeline.summarization import SummarizeOptions, load_summarizer

    spec = plan["ct2_dir"] if engine == "ct2" else plan["hf_dir"]
    s = load_summarizer(spec, "cpu", SummarizeOptions(beams=plan["beams"]), plan["threads"], engine=engine)
    assert (engine == "ct2") == (s.decoding()["engine"] == "ctranslate2"), s.decoding()
    n = plan["new_tokens"]

    def run(texts: list[str], new: int) -> list[str]:
        enc = s.tokenizer(texts, return_tensors="pt", padding=True, truncation=True, max_length=s.input_limit + 2)
        with torch.inference_mode():
            out = s.model.generate(**enc, num_beams=plan["beams"], min_new_tokens=new, max_new_tokens=new,
                                   forced_eos_token_id=None, early_stopping=True,
                                   no_repeat_ngram_size=s.options.no_repeat_ngram_size)
        return [t.strip() for t in s.tokenizer.batch_decode(out, skip_special_tokens=True)]

    inputs = plan["inputs"]
    run([min(inputs, key=len)[:200]], 4)
    with speedlib.Timer() as t:
        lengths = [len(s.tokenizer(x, truncation=True, max_length=s.input_limit + 2)["input_ids"]) for x in inputs]
        for batch in token_budget_batches(lengths, plan["batch_tokens"]):
            run([inputs[j] for j in batch], n)
    return n * len(inputs), t


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=str(speedlib.ROOT / "inputs"), help="folder of articles (default inputs/)")
    ap.add_argument("--articles", type=int, default=0, help="only the first N articles (0: all)")
    ap.add_argument("--beams", type=int, default=4)
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 1, help="CPU threads for every engine")
    ap.add_argument("--batch-tokens", type=int, default=4096, help="token budget of a batch of inputs")
    ap.add_argument("--summary-tokens", type=int, default=112, help="forced length of every summary")
    speedlib.engine_arguments(ap, ENGINES)
    args = ap.parse_args(argv)
    if args.worker:
        speedlib.worker(args.worker, Path(args.plan), Path(args.result), naive, batched, "inputs")
        return 0

    engines = speedlib.chosen_engines(ap, args, ENGINES)
    plan, results, load = speedlib.run_engines(Path(__file__).resolve(), args, engines, prepare)
    n = len(plan["inputs"])
    summary = speedlib.report(MODEL_NAME + (" [tiny]" if args.tiny else ""), args.corpus, n, results, {
        "articles": plan["articles"], "target_tokens": n * args.summary_tokens, "beams": args.beams,
        "threads": args.threads, "batch_tokens": args.batch_tokens, "device": "cpu", "load_avg_at_start": load,
    })
    speedlib.print_table(summary, unit="inputs")
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
