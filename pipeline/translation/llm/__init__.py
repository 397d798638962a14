"""Instruction-tuned LLMs as translators: in process (a hub id, a folder or a .gguf file) or behind any
OpenAI-compatible server (`openai:MODEL` with --api-base). See translator.py for how alignment is kept."""

from __future__ import annotations

import os
from pathlib import Path

from pipeline.models.info import ModelInfo
from pipeline.models.presets import catalog
from pipeline.models.resolve import ModelUnavailable, ResolvedModel, resolve
from pipeline.translation.llm.translator import LLMOptions, LLMTranslator

SERVER_PREFIX = "openai:"
CAUSAL_SUFFIX = "ForCausalLM"


def is_causal(ref: ResolvedModel) -> bool:
    if ref.gguf_file or (ref.preset is not None and ref.preset.kind == "llm"):
        return True
    return any(str(a).endswith(CAUSAL_SUFFIX) for a in ref.config().get("architectures") or ())


def is_llm(spec: str) -> bool:
    """Whether `--translator spec` names an LLM (a server, an LLM preset, a .gguf file, a causal LM folder)."""
    if spec.startswith(SERVER_PREFIX):
        return True
    preset = catalog().preset("translator", spec)
    if preset is not None:
        return preset.kind == "llm"
    path = Path(spec).expanduser()
    if path.exists():
        try:
            return is_causal(resolve(spec, "translator"))
        except (ModelUnavailable, OSError, ValueError):
            return False
    if spec.count("/") == 1:  # a hub id: its config says, once it is in the cache
        try:
            return is_causal(resolve(spec, "translator"))
        except (ModelUnavailable, OSError, ValueError):
            return False  # the seq2seq loader then gives its own message
    return False


def load_llm_translator(spec: str, device: str = "auto", threads: int | None = None,
                        options: LLMOptions = LLMOptions(), api_base: str | None = None, glossary=None,
                        names: str = "ascii") -> LLMTranslator:
    """The LLM translator `spec` names. Raises ModelUnavailable with a user-facing message.

    `openai:MODEL` talks to the server at `api_base` (or OPENAI_BASE_URL), with OPENAI_API_KEY when set;
    anything else is loaded in process. `glossary`: its entries found in a paragraph go in the prompt."""
    if spec.startswith(SERVER_PREFIX):
        from pipeline.translation.llm.server import ServerBackend, check_endpoint

        model = spec[len(SERVER_PREFIX):]
        base = check_endpoint(api_base or os.environ.get("OPENAI_BASE_URL"), model)
        backend = ServerBackend(model, base, os.environ.get("OPENAI_API_KEY") or None,
                                concurrency=options.concurrency, patience=options.patience)
        # No revision can be known from outside; the endpoint and the model id the server reports are in the
        # decoding record, as provenance only, so that the same model served elsewhere keeps cache and resume.
        info = ModelInfo(spec, "n/a (served)", "llm (openai-compatible server)")
        return LLMTranslator(info, backend, options, glossary, names, engine="openai-compatible server")

    from pipeline.models.device import choose
    from pipeline.models.loading import load_causal
    from pipeline.translation.llm.local import LocalBackend

    ref = resolve(spec, "translator")
    if not is_causal(ref):
        raise ModelUnavailable(f"'{spec}' is not a causal (decoder-only) language model.")
    placement = choose(device, threads)
    tokenizer, model = load_causal(ref, placement)
    backend = LocalBackend(ref, tokenizer, model, placement, options.batch_tokens)
    info = ModelInfo(ref.name, ref.revision, "llm" + (" (gguf)" if ref.gguf_file else ""))
    return LLMTranslator(info, backend, options, glossary, names, engine="transformers", device=placement.device)


def options_for(length_ratio: float | None = None, concurrency: int | None = None,
                patience: float | None = None) -> LLMOptions:
    """LLMOptions from a run's options (None keeps the default): --length-ratio bounds the reply as it bounds an
    NMT translation, --api-concurrency and --api-patience apply to a server."""
    given = {"length_ratio": length_ratio, "concurrency": concurrency, "patience": patience}
    return LLMOptions(**{k: v for k, v in given.items() if v is not None})


def glossary_method_for(method: str) -> str:
    """The glossary method an LLM translator runs under. `auto` is `replace`: the LLM sees the glossary's
    terms in its prompt (placeholders would hide them from it), and `replace` then fixes what it missed."""
    return "replace" if method == "auto" else method
