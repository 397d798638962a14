"""The one place a translation stack is put together: model -> (prefetch) -> sentence cache -> glossary.

`run` (and its Ray workers), `translate` and `eval translate` all build their translator here, so that each
translates a sentence the same way. Every layer is a base.SentenceTranslator around the next; what a layer
needs of another is handed to it here (the model's generation hook to the glossary's constrained decoding),
and what a caller needs of the layers comes back in the `Stack` (the cache's counters, the prefetcher).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from pipeline.glossary.terms import Glossary
from pipeline.run.interrupt import StopFlag
from pipeline.translation.base import SentenceTranslator, TranslateOptions
from pipeline.translation.cache import CacheCounters, CachedTranslator, SentenceCache
from pipeline.translation.glossary_layer import GlossaryTranslator, load_glossary
from pipeline.translation.prefetch import Prefetched
from pipeline.translation import llm
from pipeline.translation.seq2seq import Translator, load_translator


@dataclass(frozen=True)
class GlossarySetup:
    """The glossary layer as the user chose it: the merged glossary, the method, the name style and the user's
    files (recorded in the decoding settings)."""
    glossary: Glossary
    method: str = "auto"
    names: str = "ascii"
    files: tuple[str, ...] = ()

    @classmethod
    def load(cls, files: Sequence[str | Path] = (), method: str = "auto", names: str = "ascii") -> GlossarySetup:
        """The built-in glossary merged with `files`. Raises ValueError (tsv.GlossaryError for a file) with a
        message for the user - before any model is loaded, so a bad file stops a run at once."""
        return cls(load_glossary(files, method, names), method, names, tuple(str(f) for f in files))


@dataclass
class Stack:
    translator: SentenceTranslator  # the top layer: what translates
    model: SentenceTranslator  # the bottom layer
    counters: CacheCounters = field(default_factory=CacheCounters)  # stays at 0 without the cache layer
    cached: CachedTranslator | None = None
    prefetched: Prefetched | None = None
    glossary: GlossaryTranslator | None = None

    def first_pass(self, sentences: list[str]) -> list[str]:
        """What translate(sentences) first hands the layers under the glossary (GlossaryTranslator.first_pass)."""
        return self.glossary.first_pass(sentences) if self.glossary is not None else list(sentences)

    @property
    def shares_batches(self) -> bool:
        """Whether sentences of several articles may share batches and still translate as they would alone
        (prefetch.py): true when a sentence cut off at its length cap is translated again alone."""
        return bool(self.model.decoding().get("retry_loops", False))


def build(model: SentenceTranslator, *, glossary: GlossarySetup | None = None, cached: bool = False,
          cache: SentenceCache | None = None, stop: StopFlag | None = None, read: bool = True,
          prefetch: bool = False) -> Stack:
    """The stack around a loaded `model`: with `prefetch` a Prefetched over it; with `cached` the sentence
    cache layer (storing in `cache`; None: it only counts); with `glossary` the glossary layer on top (None:
    the bare model, as `eval translate --glossary-method off` scores it)."""
    stack = Stack(model, model)
    if prefetch:
        stack.prefetched = stack.translator = Prefetched(stack.translator)
    if cached:
        stack.cached = stack.translator = CachedTranslator(stack.translator, cache, stop, read, stack.counters)
    if glossary is not None:
        # Outside the cache, so that the cache keys on the text the model sees; constrained decoding steers
        # the model itself (a seq2seq translator), under the cache.
        steerable = model if isinstance(model, Translator) else None
        stack.glossary = stack.translator = GlossaryTranslator(
            stack.translator, glossary.glossary, glossary.method, glossary.names, glossary.files, steerable)
    return stack


def load(spec: str, *, device: str = "auto", engine: str = "auto", options: TranslateOptions = TranslateOptions(),
         threads: int | None = None, glossary: GlossarySetup | None = None, **layers) -> Stack:
    """Load the translation model `spec` (seq2seq.load_translator) and build its stack (`layers`: build()'s
    keywords). Raises ModelUnavailable, with a message for the user.

    An instruction-tuned LLM (`openai:MODEL` reaches the server OPENAI_BASE_URL names) is loaded by
    translation/llm instead, with the glossary's terms for its prompts (`auto` is then `replace`)."""
    if llm.is_llm(spec):
        model = llm.load_llm_translator(spec, device, threads, llm.options_for(options.length_ratio),
                                        glossary=glossary.glossary if glossary else None,
                                        names=glossary.names if glossary else "ascii")
        if glossary is not None:
            glossary = replace(glossary, method=llm.glossary_method_for(glossary.method))
        return build(model, glossary=glossary, **layers)
    return build(load_translator(spec, device, engine, options, threads), glossary=glossary, **layers)
