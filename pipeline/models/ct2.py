"""The CTranslate2 engine: a converted model behind the same generate step as a transformers model.

The translator (split_long, token-budget batching, special tokens, the repetition guard and its retry,
reassembly) and `Seq2SeqSummarizer` (map-reduce) are shared by both engines; the only thing that differs is
the object whose `generate()` they call. `CT2Seq2SeqModel` is that object for CTranslate2: it takes the same
arguments as transformers' `generate()` for encoder-decoders (padded `input_ids` + `attention_mask`, beams,
new-token bounds, decoder start / forced BOS / forced EOS, n-gram and repetition penalties, with the
checkpoint's generation_config.json as defaults) and returns the same thing (decoder start token, generated
ids, EOS, padding), so everything downstream - decoding, token counts, the length-cap check - is unchanged.

Engine choice (`pick`): `transformers` never uses a conversion; `ct2` requires one; `auto` (the default) uses an
up-to-date conversion from the store, and makes one on first use when there is none: CTranslate2 runs these models
several times faster than transformers on a CPU, and a user should not have to know that to get it. A model
CTranslate2 cannot run (a causal LM, a GGUF file) or a conversion that fails falls back to transformers with a
one-line notice; the brief records the engine either way.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

from pipeline.models.convert import HF_CONFIG_FILE, Converted, convert, find_converted, read_converted, role_of
from pipeline.models.presets import store_dir
from pipeline.models.resolve import ModelUnavailable, gguf_name, resolve

log = logging.getLogger("vietbrief")

ENGINES = ("auto", "transformers", "ct2")
_ALIASES = {"ctranslate2": "ct2", "hf": "transformers"}


def normalize_engine(engine: str) -> str:
    engine = _ALIASES.get(engine, engine)
    if engine not in ENGINES:
        raise ModelUnavailable(f"Unknown engine '{engine}': choose auto, transformers or ct2.")
    return engine


def installed() -> bool:
    try:
        import ctranslate2  # noqa: F401
    except ImportError:
        return False
    return True


def ct2_device(device: str) -> str:
    """CTranslate2's device for --device: it runs on CPU and CUDA only."""
    import ctranslate2

    cuda = ctranslate2.get_cuda_device_count() > 0
    if device == "auto":
        return "cuda" if cuda else "cpu"
    if device == "cuda" and not cuda:
        raise ValueError("--device cuda was asked for but CTranslate2 sees no CUDA GPU")
    if device not in ("cpu", "cuda"):
        raise ValueError(f"CTranslate2 has no '{device}' backend: use --device cpu or cuda, or --engine transformers")
    return device


def pick(spec: str, engine: str, device: str) -> tuple[Converted, bool] | None:
    """The conversion to run for `spec` under `engine`, or None for the transformers engine.

    Returns (converted, via_source): via_source is False when `spec` names the converted folder itself.
    """
    engine = normalize_engine(engine)
    direct = None
    path = Path(spec).expanduser()
    for candidate in (path, store_dir() / spec):
        if candidate.is_dir() and (direct := read_converted(candidate)) is not None:
            break
    if direct is not None:
        if engine == "transformers":
            raise ModelUnavailable(f"'{spec}' is a CTranslate2 model: run it with --engine ct2 (or auto), or pass "
                                   f"its source '{direct.source.get('name')}' to use transformers.")
        if not installed():
            raise ModelUnavailable(f"'{spec}' is a CTranslate2 model and needs CTranslate2: "
                                   f"pip install ctranslate2")
        return direct, False
    if engine == "transformers":
        return None
    if not installed():
        if engine == "ct2":
            raise ModelUnavailable("--engine ct2 needs CTranslate2: pip install ctranslate2")
        return None
    if engine == "auto" and device not in ("auto", "cpu", "cuda"):
        return None  # e.g. mps: only transformers runs there
    target = "cuda" if device == "cuda" or (device == "auto" and ct2_device("auto") == "cuda") else "cpu"
    found, stale = find_converted(spec, target)
    if found is not None:
        return found, True
    if engine == "ct2":
        if gguf_name(path) or gguf_name(store_dir() / spec):
            # converting cannot help: CTranslate2 reads no GGUF
            raise ModelUnavailable(f"--engine ct2 with '{spec}': a GGUF model runs on transformers, not "
                                   f"CTranslate2. Fix: use --engine auto (or transformers).")
        why = (f"the conversion in {stale[0].path} was made from an earlier revision of it" if stale
               else f"there is no CTranslate2 conversion of it in {store_dir()}")
        raise ModelUnavailable(f"--engine ct2 with '{spec}': {why}.\n"
                               f"Fix: run `vietbrief models convert {spec}` (add --quantization to choose the "
                               f"precision), or use --engine transformers.")
    if stale:
        log.warning("ignoring out-of-date CTranslate2 conversion %s of '%s'", stale[0].path, spec)
    return convert_on_first_use(spec, target)


AUTO_QUANTIZATION = {"cpu": "int8", "cuda": "int8_float16"}  # what each device runs fastest


def convert_on_first_use(spec: str, device: str) -> tuple[Converted, bool] | None:
    """Convert `spec` into the store for `device` (once: concurrent runs wait on a lock, and the second finds the
    first's conversion), or None - with a one-line notice - when it cannot be run by CTranslate2."""
    from filelock import FileLock

    try:
        ref = resolve(spec, role_of(spec))
        convertible = not ref.gguf_file and bool(ref.config().get("is_encoder_decoder"))
    except (ModelUnavailable, OSError, ValueError):
        return None  # the transformers loader reports what is wrong with it
    if not convertible:
        return None  # a causal LM or a GGUF file: only transformers runs it, as the user expects
    quantization = AUTO_QUANTIZATION[device]
    locks = store_dir() / ".locks"
    try:
        locks.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(locks / (hashlib.sha256(str(ref.path).encode()).hexdigest()[:16] + ".lock")))
        with lock:
            found, _ = find_converted(spec, device)
            if found is not None:  # another run converted it while this one waited
                return found, True
            log.warning("converting '%s' to CTranslate2 (%s) for faster runs; once, into %s", spec, quantization,
                        store_dir())
            return convert(spec, quantization), True
    except (ModelUnavailable, OSError) as exc:
        log.warning("CTranslate2 conversion of '%s' failed (%s); using the transformers engine",
                    spec, str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        return None


def _hf_config(path: Path):
    from transformers import CONFIG_MAPPING

    data = json.loads((path / HF_CONFIG_FILE).read_text(encoding="utf-8"))
    return CONFIG_MAPPING[data["model_type"]].from_dict(data)


def _generation_config(path: Path, config):
    from transformers import GenerationConfig

    if (path / "generation_config.json").is_file():
        return GenerationConfig.from_pretrained(path)
    return GenerationConfig.from_model_config(config)


def _vocabulary(path: Path, side: str) -> list[str]:
    """CTranslate2's vocabulary: position i is row i of the model's embedding, i.e. token id i."""
    for name in ("shared_vocabulary.json", f"{side}_vocabulary.json"):
        if (path / name).is_file():
            return json.loads((path / name).read_text(encoding="utf-8"))
    return []


class CT2Seq2SeqModel:
    """A `ctranslate2.Translator` with the encoder-decoder `generate()` of transformers."""

    def __init__(self, converted: Converted, tokenizer, device: str, threads: int | None, batch_tokens: int = 2048):
        import ctranslate2

        self.path, self.tokenizer, self.device = converted.path, tokenizer, device
        self.quantization = converted.quantization
        self.threads = threads or 0
        self.batch_tokens = batch_tokens
        # On a CPU, two halves of a batch decoded side by side on half the cores each keep the cores busy, where
        # one batch over all of them waits at every decoding step: on 2 cores a quarter less time for the same
        # outputs (README, performance). A GPU takes one batch at a time.
        self.workers = 2 if device == "cpu" and self.threads >= 2 else 1
        self.translator = ctranslate2.Translator(str(self.path), device=device, compute_type="default",
                                                 intra_threads=self.threads // self.workers,
                                                 inter_threads=self.workers)
        self.config = _hf_config(self.path)
        self.generation_config = _generation_config(self.path, self.config)
        ct2_config = json.loads((self.path / "config.json").read_text(encoding="utf-8"))
        # No fixed start token: CTranslate2 starts the decoder on the first target-prefix token (mBART: en_XX).
        self.start_in_prefix = ct2_config.get("decoder_start_token") is None
        # Ids and CTranslate2's token strings are mapped through its own vocabularies rather than the tokenizer,
        # so ids the tokenizer has no string for (M2M100's "madeupword" rows) survive the round trip.
        self.source_vocab = _vocabulary(self.path, "source")
        target_vocab = _vocabulary(self.path, "target")
        self.target_index = {t: i for i, t in enumerate(target_vocab)}
        self.target_vocab = target_vocab
        self.version = ctranslate2.__version__
        self.token_scores: list[tuple[float, int] | None] = []  # of the latest generate(return_token_scores=True)

    # --- what the briefs record ---------------------------------------------------------------------
    @property
    def kind_suffix(self) -> str:
        return f" (ctranslate2 {self.quantization})"

    def describe_engine(self) -> dict:
        compute = getattr(self.translator, "compute_type", self.quantization)
        return {"engine": "ctranslate2", "ctranslate2": self.version, "quantization": self.quantization,
                "compute_type": compute, "device": self.device, "dtype": compute, "converted_model": self.path.name}

    # --- generate -----------------------------------------------------------------------------------
    def _setting(self, kwargs: dict, name: str, default=None):
        # transformers' rule: an argument given to generate() wins, even None; else the generation config.
        value = kwargs[name] if name in kwargs else getattr(self.generation_config, name, None)
        return default if value is None else value

    def _source_tokens(self, ids: list[int]) -> list[str]:
        v = self.source_vocab
        return [v[i] if 0 <= i < len(v) else self.tokenizer.convert_ids_to_tokens(i) for i in ids]

    def _target_tokens(self, ids: list[int]) -> list[str]:
        v = self.target_vocab
        return [v[i] if 0 <= i < len(v) else self.tokenizer.convert_ids_to_tokens(i) for i in ids]

    def _split(self, rows: int) -> dict:
        """How CTranslate2 cuts a batch the callers built within `batch_tokens`: in one piece per worker."""
        if self.workers > 1:
            return {"max_batch_size": max(1, -(-rows // self.workers)), "batch_type": "examples"}
        return {"max_batch_size": self.batch_tokens, "batch_type": "tokens"}

    def generate(self, input_ids=None, attention_mask=None, return_token_scores: bool = False, **kwargs):
        """transformers' generate(). With `return_token_scores`, `self.token_scores` then holds each row's (sum of
        the log-probabilities of the tokens the decoder chose - end token included, forced prefix left out -,
        tokens counted), read off CTranslate2's beam scores at no extra cost; the return value stays the tensor
        transformers returns, so that callers of either engine read it alike."""
        import torch

        g = lambda name, default=None: self._setting(kwargs, name, default)  # noqa: E731
        tok = self.tokenizer
        rows = input_ids.tolist()
        masks = attention_mask.tolist() if attention_mask is not None else [[1] * len(r) for r in rows]
        source = [self._source_tokens([t for t, m in zip(row, mask) if m]) for row, mask in zip(rows, masks)]

        start = g("decoder_start_token_id", self.config.decoder_start_token_id)
        forced_bos, forced_eos = g("forced_bos_token_id"), g("forced_eos_token_id")
        pad = g("pad_token_id", self.config.pad_token_id)
        eos = g("eos_token_id", self.config.eos_token_id)
        eos = eos[0] if isinstance(eos, list) else eos
        max_length = g("max_length", 20)
        max_new = g("max_new_tokens", max_length - 1)
        # transformers applies both bounds: min_new_tokens, and min_length counted with the start token.
        min_new = max(g("min_new_tokens", 0), g("min_length", 0) - 1, 0)

        prefix_ids = ([start] if self.start_in_prefix else []) + ([forced_bos] if forced_bos is not None else [])
        prefix = self._target_tokens(prefix_ids)
        forced = len(prefix) - (1 if self.start_in_prefix else 0)  # prefix tokens that count as generated
        # A forced EOS takes the last position: decode one token less and append it, as transformers does.
        limit = max(max_new - 1, forced) if forced_eos is not None else max_new
        # Marian's bad word is <pad>, which CTranslate2 drops from the vocabulary: nothing to suppress then.
        bad = [self._target_tokens(ids) for ids in (g("bad_words_ids") or [])
               if all(0 <= i < len(self.target_vocab) for i in ids)] or None

        length_penalty = float(g("length_penalty", 1.0))
        results = self.translator.translate_batch(
            source,
            target_prefix=[list(prefix) for _ in source] if prefix else None,
            **self._split(len(source)),
            beam_size=g("num_beams", 1), num_hypotheses=1,
            length_penalty=length_penalty,
            repetition_penalty=float(g("repetition_penalty", 1.0)),
            no_repeat_ngram_size=g("no_repeat_ngram_size", 0),
            suppress_sequences=bad,
            max_input_length=0,  # the callers keep inputs within the model's limit; never cut silently
            max_decoding_length=limit, min_decoding_length=min(min_new, limit),
            return_end_token=True, return_scores=return_token_scores,
        )
        sequences, scores = [], []
        for r in results:
            hyp = list(r.hypotheses[0])
            if return_token_scores:
                scores.append(_token_scores(r.scores[0], len(hyp), forced, length_penalty) if r.scores else None)
            ids = [self.target_index.get(t, tok.unk_token_id) for t in hyp]
            ended = bool(ids) and ids[-1] == eos
            if forced_eos is not None and not ended and len(hyp) >= limit:
                ids.append(forced_eos)
            sequences.append([start] + ids)
        width = max(len(s) for s in sequences)
        out = torch.tensor([s + [pad] * (width - len(s)) for s in sequences], dtype=torch.long)
        self.token_scores = scores
        return out


def _token_scores(score: float, length: int, forced: int, length_penalty: float):
    """(sum of log-probabilities, tokens chosen) from CTranslate2's score of a hypothesis: its cumulative
    log-probability divided by length ** length_penalty. Measured against `score_batch` (the tiny test models):
    the sum leaves the target prefix out and covers the end token; the length counts every token returned (the
    `forced` prefix tokens among them)."""
    chosen = length - forced
    if chosen <= 0:
        return None
    return score * (length ** length_penalty if length_penalty else 1.0), chosen


def _load(converted: Converted, device: str, threads: int | None, batch_tokens: int):
    import torch

    from pipeline.models.device import Placement
    from pipeline.models.loading import quiet_transformers

    quiet_transformers()
    if threads:
        torch.set_num_threads(threads)
    where = ct2_device(device)
    from transformers import AutoTokenizer

    try:
        tokenizer = AutoTokenizer.from_pretrained(converted.path)
        model = CT2Seq2SeqModel(converted, tokenizer, where, threads or torch.get_num_threads(), batch_tokens)
    except (OSError, ValueError, KeyError, RuntimeError) as exc:
        raise ModelUnavailable(f"Could not load the CTranslate2 model in {converted.path}: "
                               f"{str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from None
    # Token ids are built with torch on the CPU; CTranslate2 moves them to its own device.
    return tokenizer, model, Placement("cpu", torch.float32)


def load_converted(spec: str, converted: Converted, via_source: bool, device: str, threads: int | None,
                   batch_tokens: int):
    """(resolved model, tokenizer, CTranslate2-backed model, placement) for a translator or summarizer to wrap."""
    tokenizer, model, placement = _load(converted, device, threads, batch_tokens)
    return converted.resolved(spec, via_source), tokenizer, model, placement


def engine_settings(model) -> dict:
    """What a brief records about the engine that ran `model`."""
    describe = getattr(model, "describe_engine", None)
    return describe() if describe is not None else {"engine": "transformers"}


def kind(model_type: str, model) -> str:
    return model_type + getattr(model, "kind_suffix", "")
