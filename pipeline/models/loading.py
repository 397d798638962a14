"""Loading checkpoints from a resolved local folder onto the chosen device."""

from __future__ import annotations

import functools
import logging
import threading
import warnings
from contextlib import contextmanager, nullcontext
from pathlib import Path

from pipeline.models.device import Placement
from pipeline.models.resolve import ModelUnavailable, ResolvedModel


def quiet_transformers() -> None:
    # Loading logs (missing generation config, GGUF de-quantization bars) drown the progress display.
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    logging.getLogger("transformers").setLevel(logging.ERROR)
    warnings.filterwarnings("ignore", module="transformers")


def load_seq2seq(ref: ResolvedModel, placement: Placement):
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    quiet_transformers()
    try:
        tokenizer = AutoTokenizer.from_pretrained(ref.path)
        model = AutoModelForSeq2SeqLM.from_pretrained(ref.path, dtype=placement.dtype)
    except (OSError, ValueError, KeyError) as exc:
        raise ModelUnavailable(f"Could not load '{ref.name}' from {ref.path} as an encoder-decoder model: "
                               f"{str(exc).splitlines()[0]}") from None
    return tokenizer, model.to(placement.device).eval()


def load_causal(ref: ResolvedModel, placement: Placement):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    quiet_transformers()
    kwargs = {"gguf_file": ref.gguf_file} if ref.gguf_file else {}
    try:
        with gguf_parsed_once() if ref.gguf_file else nullcontext():
            tokenizer = AutoTokenizer.from_pretrained(ref.path, **kwargs)
            model = AutoModelForCausalLM.from_pretrained(ref.path, dtype=placement.dtype, **kwargs)
    except (OSError, ValueError, KeyError, ImportError) as exc:
        raise ModelUnavailable(f"Could not load '{ref.name}' from {ref.path} as a causal LM: "
                               f"{str(exc).splitlines()[0]}") from None
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token
    tokenizer.padding_side = "left"  # decoder-only batches must end where generation starts
    return tokenizer, model.to(placement.device).eval()


_GGUF_LOCK = threading.Lock()


@contextmanager
def gguf_parsed_once():
    """While one GGUF load runs, the `gguf` package's file reader made once per file and its tensor-name table once
    per architecture. transformers (5.x) reads a GGUF file's header three times for one load - the config, the
    tokenizer, the weights - each time walking the vocabulary through numpy memmap views, and builds the same
    tensor-name table once per weight (397 times for SmolLM2). Both are pure functions of their arguments and what
    they return is only read, so the load's result is unchanged (the same weights and token ids); SmolLM2's load
    takes about half the CPU (bench/llm_speed.py --load). The swap is of module attributes, so loads that overlap
    in threads take turns."""
    try:
        import gguf
    except ImportError:  # transformers then fails with its own message, as without this
        yield
        return
    if not (hasattr(gguf, "GGUFReader") and hasattr(gguf, "get_tensor_name_map")):  # another gguf: load as is
        yield
        return
    with _GGUF_LOCK:
        real_reader, real_map, readers = gguf.GGUFReader, gguf.get_tensor_name_map, {}

        def reader(path, mode="r"):
            if mode != "r":
                return real_reader(path, mode)
            key = str(Path(path).resolve())
            if key not in readers:
                readers[key] = real_reader(path, mode)
            return readers[key]

        try:
            gguf.GGUFReader, gguf.get_tensor_name_map = reader, functools.lru_cache(maxsize=None)(real_map)
            yield
        finally:
            gguf.GGUFReader, gguf.get_tensor_name_map = real_reader, real_map
