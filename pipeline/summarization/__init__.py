"""Summarizers behind one call: `load_summarizer(spec).summarize(sentences) -> Summary`.

A model-free method is one entry in METHODS; anything else is resolved as a checkpoint and routed by its
config: encoder-decoders to Seq2SeqSummarizer, decoder-only LMs (and GGUF files) to CausalSummarizer.
"""

from __future__ import annotations

from pipeline.models import ct2
from pipeline.models.device import choose
from pipeline.models.loading import load_causal, load_seq2seq
from pipeline.models.resolve import resolve
from .base import SummarizeOptions, Summarizer, Summary
from .lead import LeadSummarizer

METHODS = {"lead": LeadSummarizer}

__all__ = ["METHODS", "SummarizeOptions", "Summarizer", "Summary", "load_summarizer"]


def load_summarizer(spec: str, device: str = "auto", options: SummarizeOptions = SummarizeOptions(),
                    threads: int | None = None, engine: str = "auto") -> Summarizer:
    if spec in METHODS:
        return METHODS[spec](options)
    # The model-backed summarizers need torch: imported when one is loaded, so that SummarizeOptions (read by
    # the CLI for its defaults) does not.
    from .causal import CausalSummarizer
    from .seq2seq import Seq2SeqSummarizer

    chosen = ct2.pick(spec, ct2.normalize_engine(engine), device)  # a CTranslate2 conversion, or None
    if chosen is not None:
        ref, tokenizer, model, placement = ct2.load_converted(spec, *chosen, device, threads, 4096)
        return Seq2SeqSummarizer(ref, tokenizer, model, options, placement)
    ref = resolve(spec, "summarizer")
    placement = choose(device, threads)
    if not ref.gguf_file and ref.config().get("is_encoder_decoder"):
        tokenizer, model = load_seq2seq(ref, placement)
        return Seq2SeqSummarizer(ref, tokenizer, model, options, placement)
    tokenizer, model = load_causal(ref, placement)
    return CausalSummarizer(ref, tokenizer, model, options, placement)
