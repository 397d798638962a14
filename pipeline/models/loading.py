"""Loading checkpoints from a resolved local folder onto the chosen device."""

from __future__ import annotations

import logging
import warnings

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
        tokenizer = AutoTokenizer.from_pretrained(ref.path, **kwargs)
        model = AutoModelForCausalLM.from_pretrained(ref.path, dtype=placement.dtype, **kwargs)
    except (OSError, ValueError, KeyError, ImportError) as exc:
        raise ModelUnavailable(f"Could not load '{ref.name}' from {ref.path} as a causal LM: "
                               f"{str(exc).splitlines()[0]}") from None
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token
    tokenizer.padding_side = "left"  # decoder-only batches must end where generation starts
    return tokenizer, model.to(placement.device).eval()
