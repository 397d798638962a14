"""Sentence-level neural translation: split -> tokenize -> batch by token budget -> generate -> detokenize.

One `Translator` serves every encoder-decoder architecture; what differs between Marian, mBART, T5 and
M2M100/NLLB (language codes, prefixes) comes from `Handling`, chosen by the checkpoint's model_type.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

import torch

from pipeline.translation.base import OnBatch, Progress, TranslateOptions, Translation
from pipeline.translation.batching import token_budget_batches
from pipeline.translation.decoding import Settings, setting
from pipeline.models.ct2 import engine_settings, load_converted, kind as engine_kind, normalize_engine, pick as pick_engine
from pipeline.models.device import Placement, choose
from pipeline.models.info import ModelInfo
from pipeline.translation.guards import looks_looping
from pipeline.translation.scores import Scored, TokenScores, mean as token_mean
from pipeline.models.loading import load_seq2seq
from pipeline.models.presets import Handling, catalog
from pipeline.text.segment import split_long
from pipeline.models.resolve import ModelUnavailable, ResolvedModel, resolve


@dataclass(frozen=True)
class Seq2SeqDecoding(Settings):
    """The seq2seq translator's decoding record; `as_dict()` is what briefs have shown since vietbrief 0.1, key
    for key, and `covering(CACHE_KEY)` what the sentence cache has keyed on."""
    options: TranslateOptions = setting()
    # The target language, by the token generation starts with or the one it is forced to write first.
    decoder_start_token_id: int | None = setting(None, omit_none=True)
    forced_bos_token_id: int | None = setting(None, omit_none=True)
    device: str = setting("cpu")
    dtype: str = setting("float32")
    max_input_tokens: int = setting(512)
    prefix: str = setting("")
    src_lang: str | None = setting(None)
    engine: str = setting("transformers")
    # CTranslate2 only: its version, the conversion's quantization and what ran it (device and dtype above
    # are then CTranslate2's own).
    ctranslate2: str | None = setting(None, omit_none=True)
    quantization: str | None = setting(None, omit_none=True)
    compute_type: str | None = setting(None, omit_none=True)
    converted_model: str | None = setting(None, omit_none=True)


# (batch source ids, generate() kwargs) -> None
GenerateHook = Callable[[list[list[int]], dict], None]

# ctranslate2 engine_settings() keys -> Seq2SeqDecoding fields (all of the same name).
_ENGINE_FIELDS = ("engine", "ctranslate2", "quantization", "compute_type", "device", "dtype", "converted_model")


class Translator:
    def __init__(self, ref: ResolvedModel, tokenizer, model, handling: Handling, options: TranslateOptions,
                 placement: Placement):
        self.ref, self.tokenizer, self.model = ref, tokenizer, model
        self.handling, self.options, self.placement = handling, options, placement
        self._gen_lang = self._language_codes()
        self.max_input_tokens = self._input_limit()
        self._generate_hook: GenerateHook | None = None  # set only for the calls of translate_with_hook()

    # --- special tokens -------------------------------------------------------------------------------
    def _token_id(self, code: str) -> int | None:
        # M2M100 spells language tokens `__en__`; its bare `en` is an ordinary word piece, so it comes second.
        for token in (f"__{code}__", code):
            tid = self.tokenizer.convert_tokens_to_ids(token)
            if tid is not None and tid != self.tokenizer.unk_token_id:
                return tid
        return None

    def _language_codes(self) -> dict:
        h = self.handling
        for code in h.src_lang:
            if self._token_id(code) is not None:
                self.tokenizer.src_lang = code  # the tokenizer then adds the source language token itself
                break
        else:
            if h.src_lang:
                raise ModelUnavailable(f"'{self.ref.name}': tokenizer has none of the source language codes "
                                       f"{list(h.src_lang)} that a {h.model_type} checkpoint needs")
        if not h.tgt_lang:
            return {}
        tgt = next((tid for code in h.tgt_lang if (tid := self._token_id(code)) is not None), None)
        if tgt is None:
            raise ModelUnavailable(f"'{self.ref.name}': tokenizer has none of the target language codes "
                                   f"{list(h.tgt_lang)} that a {h.model_type} checkpoint needs")
        key = "decoder_start_token_id" if h.tgt_lang_via == "decoder_start" else "forced_bos_token_id"
        return {key: tgt}

    def _input_limit(self) -> int:
        cfg = self.model.config
        limits = [getattr(cfg, "max_position_embeddings", None), getattr(cfg, "n_positions", None)]
        tok_max = getattr(self.tokenizer, "model_max_length", None)
        if tok_max and tok_max < 100_000:  # tokenizers without a limit report a huge sentinel
            limits.append(tok_max)
        known = [x for x in limits if x]
        return min(known) if known else 512  # T5 has relative positions; 512 is what it was trained on

    # --- public ---------------------------------------------------------------------------------------
    @property
    def info(self) -> ModelInfo:
        return ModelInfo(self.ref.name, self.ref.revision, engine_kind(self.handling.model_type, self.model))

    def decoding(self) -> Seq2SeqDecoding:
        engine = engine_settings(self.model)  # engine, and for CTranslate2 its device, dtype and quantization
        unknown = set(engine) - set(_ENGINE_FIELDS)
        if unknown:  # a setting the record does not declare would silently leave the cache key
            raise ValueError(f"engine settings not declared in Seq2SeqDecoding: {sorted(unknown)}")
        settings = dict(device=self.placement.device, dtype=str(self.placement.dtype).replace("torch.", ""),
                        max_input_tokens=self.max_input_tokens, prefix=self.handling.prefix,
                        src_lang=getattr(self.tokenizer, "src_lang", None) if self.handling.src_lang else None)
        settings.update(engine)
        return Seq2SeqDecoding(self.options, **self._gen_lang, **settings)

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer(self.handling.prefix + text)["input_ids"])

    def translate(self, sentences: list[str], progress: Progress | None = None,
                  on_batch: OnBatch | None = None) -> list[Translation]:
        """Translate sentences; the result list is parallel to the input.

        `on_batch(done)`, if given, hears after each generate() batch the (index, Translation) of every sentence
        whose last piece that batch finished, so that a caller can keep finished work (see cache.py).
        """
        pieces: list[tuple[int, str]] = []
        # Room for the special tokens the tokenizer adds around the text.
        limit = self.max_input_tokens - 4
        for i, sentence in enumerate(sentences):
            if not sentence.strip():
                continue
            parts = [sentence] if self.count_tokens(sentence) <= limit else split_long(sentence, limit, self.count_tokens)
            pieces.extend((i, p) for p in parts)

        encoded = [self.tokenizer(self.handling.prefix + text)["input_ids"] for _, text in pieces]
        outputs: list[tuple[str, int, bool, bool, Scored]] = [("", 0, False, False, None)] * len(pieces)
        owned: dict[int, list[int]] = {}  # sentence -> its pieces, in order
        for j, (i, _) in enumerate(pieces):
            owned.setdefault(i, []).append(j)
        left = {i: len(js) for i, js in owned.items()}

        def assemble(i: int) -> Translation:
            r = Translation(sentences[i], "", 0, 0, pieces=0)
            for j in owned.get(i, ()):
                text, n_tokens, retried, loop, _ = outputs[j]
                r.text = f"{r.text} {text}".strip()
                r.source_tokens += len(encoded[j])
                r.target_tokens += n_tokens
                r.pieces += 1
                r.retried |= retried
                r.looping |= loop
            if r.pieces:
                r.score = token_mean([outputs[j][4] for j in owned[i]])
            return r

        for batch in token_budget_batches([len(ids) for ids in encoded], self.options.batch_tokens):
            texts = self._generate([encoded[j] for j in batch], retry=False)
            for j, (text, n_tokens, loop, scored) in zip(batch, texts):
                retried = False
                if loop and self.options.retry_loops:
                    # The kept output is the retry's, and so is its score.
                    (text, n_tokens, loop, scored), = self._generate([encoded[j]], retry=True)
                    retried = True
                outputs[j] = (text, n_tokens, retried, loop, scored)
            if progress:
                progress(len({pieces[j][0] for j in batch}))
            if on_batch:
                for j in batch:
                    left[pieces[j][0]] -= 1
                done = sorted({i for i, _ in (pieces[j] for j in batch) if left[i] == 0})
                if done:
                    on_batch([(i, assemble(i)) for i in done])

        return [assemble(i) for i in range(len(sentences))]

    def clean_output(self, text: str) -> str:
        """Drop the target-language tag some models write before the translation (envit5: `en: `)."""
        text = " ".join(text.split())
        tag = self.handling.strip_prefix.strip()
        if tag and text[: len(tag)].lower() == tag.lower():
            text = text[len(tag):].strip()
        return text

    # --- what constrained decoding needs (the stack builder hands this translator to the glossary layer) ----
    @property
    def hook_problem(self) -> str | None:
        """Why translate_with_hook() cannot steer generation here, or None."""
        return None if isinstance(self.model, torch.nn.Module) else "needs the transformers engine"

    @property
    def eos_ids(self) -> set[int]:
        eos = getattr(self.model.generation_config, "eos_token_id", None)
        eos = self.tokenizer.eos_token_id if eos is None else eos
        return set(eos if isinstance(eos, list) else [eos])

    def translate_with_hook(self, sentences: list[str], hook: GenerateHook,
                            progress: Progress | None = None) -> list[Translation]:
        """translate(), with `hook(batch source ids, generate() kwargs)` called before each generate() call; it
        may add kwargs (a logits_processor)."""
        self._generate_hook = hook
        try:
            return self.translate(sentences, progress)
        finally:
            self._generate_hook = None

    # --- generation -----------------------------------------------------------------------------------
    def _generate(self, batch_ids: list[list[int]], retry: bool) -> list[tuple[str, int, bool, Scored]]:
        o = self.options
        pad = self.tokenizer.pad_token_id
        width = max(len(ids) for ids in batch_ids)
        input_ids = torch.full((len(batch_ids), width), pad, dtype=torch.long)
        mask = torch.zeros_like(input_ids)
        for row, ids in enumerate(batch_ids):
            input_ids[row, : len(ids)] = torch.tensor(ids)
            mask[row, : len(ids)] = 1
        def cap(source_tokens: int) -> int:
            return min(math.ceil(source_tokens * o.length_ratio) + o.length_extra, self.max_input_tokens)

        max_new = cap(width)
        kwargs = dict(num_beams=o.beams, max_new_tokens=max_new, early_stopping=True, **self._gen_lang)
        if retry:
            kwargs.update(no_repeat_ngram_size=o.retry_no_repeat_ngram_size,
                          repetition_penalty=o.retry_repetition_penalty)
        elif o.no_repeat_ngram_size:
            kwargs.update(no_repeat_ngram_size=o.no_repeat_ngram_size)
        if self._generate_hook is not None:
            self._generate_hook(batch_ids, kwargs)
        sequences, scored = self._scored_generate(input_ids, mask, kwargs)
        results = []
        for ids, seq, score in zip(batch_ids, sequences, scored):
            special = set(self.tokenizer.all_special_ids)
            n_tokens = sum(1 for t in seq if t not in special)
            text = self.clean_output(self.tokenizer.decode(seq, skip_special_tokens=True))
            # Checkpoints with forced_eos_token_id (Marian) end on </s> even when cut off, so a sequence
            # counts as cut off by its length, not by its last token.
            generated = len(seq) - 1
            while generated > 0 and seq[generated] == pad:
                generated -= 1
            # Its own cap, not the batch's: beside a longer sentence it may run past its own, and is then cut
            # off exactly as it would be if translated alone - so that the batch a sentence lands in changes
            # nothing (what the sentence cache and a Ray run's batches across articles rely on).
            hit_cap = generated >= cap(len(ids))
            results.append((text, n_tokens, looks_looping(text, hit_cap, o.compression_ratio_threshold), score))
        return results

    def _scored_generate(self, input_ids, mask, kwargs: dict) -> tuple[list[list[int]], list[Scored]]:
        """generate(), and per row the (sum of log-probabilities, tokens) of its chosen tokens (scores.py)."""
        device = self.placement.device
        if not isinstance(self.model, torch.nn.Module):  # CTranslate2 reads them off its own beam scores
            out = self.model.generate(input_ids=input_ids.to(device), attention_mask=mask.to(device),
                                      return_token_scores=True, **kwargs)
            return out.tolist(), self.model.token_scores
        from transformers import LogitsProcessorList

        recorder = TokenScores(kwargs["num_beams"])
        processors = LogitsProcessorList([*(kwargs.get("logits_processor") or []), recorder])
        kwargs = dict(kwargs, logits_processor=processors, return_dict_in_generate=True)
        with torch.inference_mode():
            out = self.model.generate(input_ids=input_ids.to(device), attention_mask=mask.to(device), **kwargs)
        sequences = out.sequences.tolist()
        config = self.model.generation_config
        forced_bos = kwargs.get("forced_bos_token_id", config.forced_bos_token_id)
        scored = recorder.choose(sequences, 1, getattr(out, "beam_indices", None), self.eos_ids,
                                 forced_bos is not None, config.forced_eos_token_id, kwargs["max_new_tokens"])
        return sequences, scored


def load_translator(spec: str, device: str = "auto", engine: str = "auto",
                    options: TranslateOptions = TranslateOptions(), threads: int | None = None) -> Translator:
    """Resolve, load and wrap a translation checkpoint. Raises ModelUnavailable with a user-facing message."""
    return load_picked(spec, pick_engine(spec, normalize_engine(engine), device), device, options, threads)


def load_picked(spec: str, chosen, device: str = "auto", options: TranslateOptions = TranslateOptions(),
                threads: int | None = None) -> Translator:
    """`spec` on the engine already picked for it (models/ct2.pick): its CTranslate2 conversion, or None for
    transformers. Raises ModelUnavailable with a user-facing message."""
    if chosen is not None:
        ref, tokenizer, model, placement = load_converted(spec, *chosen, device, threads, options.batch_tokens)
        return Translator(ref, tokenizer, model, catalog().handling_for(chosen[0].model_type), options, placement)
    ref = resolve(spec, "translator")
    if ref.gguf_file or (ref.preset and ref.preset.hf_id is None):
        raise ModelUnavailable(f"'{spec}' is not a translation model.")
    placement = choose(device, threads)
    tokenizer, model = load_seq2seq(ref, placement)
    return Translator(ref, tokenizer, model, catalog().handling_for(ref.model_type), options, placement)
