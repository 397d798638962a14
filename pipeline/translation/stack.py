"""The one place a translation model is loaded and its stack put together: model -> sentence cache -> glossary.

`run` (its local and Ray drivers alike), `translate` and `eval translate` all get their translator here, so
that each translates a sentence the same way. A `--translator` spec is resolved once, by `choose`, into a
`ModelChoice` of one kind - seq2seq on transformers, seq2seq on CTranslate2, an LLM in process, an LLM behind
a server - and `load` loads that choice; nothing asks again what the spec names. Every layer is a
base.SentenceTranslator around the next; what a layer needs of another is handed to it here (the model's
generation hook to the glossary's constrained decoding), and what a caller needs of the layers comes back in
the `Stack` (the cache's counters, the cache layer for translating a group of articles ahead).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from pipeline.glossary.terms import Glossary
from pipeline.stops import StopFlag
from pipeline.translation.base import SentenceTranslator, TranslateOptions
from pipeline.translation.cache import CacheCounters, CachedTranslator, SentenceCache
from pipeline.translation.glossary_layer import GlossaryTranslator, load_glossary
from pipeline.models.ct2 import normalize_engine, pick as pick_engine
from pipeline.translation import llm
from pipeline.translation.llm.translator import LLMOptions

SEQ2SEQ, CT2, LOCAL_LLM, SERVER = "seq2seq", "ct2", "local-llm", "server"


@dataclass(frozen=True)
class GlossarySetup:
    """The glossary layer as the user chose it: the merged glossary, the method, the name style and the user's
    files (recorded in the decoding settings)."""
    glossary: Glossary
    method: str = "auto"
    names: str = "ascii"
    files: tuple[str, ...] = ()
    chinese: str = "pinyin"  # Chinese persons the glossary lacks: glossary/methods.CHINESE_NAMES

    @classmethod
    def load(cls, files: Sequence[str | Path] = (), method: str = "auto", names: str = "ascii",
             chinese: str = "pinyin") -> GlossarySetup:
        """The built-in glossary merged with `files`. Raises ValueError (tsv.GlossaryError for a file) with a
        message for the user - before any model is loaded, so a bad file stops a run at once."""
        return cls(load_glossary(files, method, names, chinese=chinese), method, names,
                   tuple(str(f) for f in files), chinese)


@dataclass
class Stack:
    translator: SentenceTranslator  # the top layer: what translates
    model: SentenceTranslator  # the bottom layer
    counters: CacheCounters = field(default_factory=CacheCounters)  # stays at 0 without the cache layer
    cached: CachedTranslator | None = None
    glossary: GlossaryTranslator | None = None
    choice: ModelChoice | None = None  # what load() loaded

    def first_pass(self, sentences: list[str]) -> list[str]:
        """What translate(sentences) first hands the layers under the glossary (GlossaryTranslator.first_pass)."""
        return self.glossary.first_pass(sentences) if self.glossary is not None else list(sentences)

    def lookups(self, sentences: list[str]) -> list[str]:
        """The glossary lookups translate(sentences) will make, known once the first pass is translated ahead
        or cached (GlossaryTranslator.lookups); none without a glossary and a cache layer."""
        if self.glossary is None or self.cached is None:
            return []
        return self.glossary.lookups(sentences, self.cached.served)

    @property
    def shares_batches(self) -> bool:
        """Whether sentences of several articles may share batches and still translate as they would alone
        (run/grouped.py): true when a sentence cut off at its length cap is translated again alone."""
        return bool(self.model.decoding().get("retry_loops", False))


def build(model: SentenceTranslator, *, glossary: GlossarySetup | None = None, cached: bool = False,
          cache: SentenceCache | None = None, stop: StopFlag | None = None, read: bool = True) -> Stack:
    """The stack around a loaded `model`: with `cached` the sentence cache layer (storing in `cache`; None: it
    only counts), which can also translate a group's sentences ahead (CachedTranslator.translate_ahead); with
    `glossary` the glossary layer on top (None: the bare model, as `eval translate --glossary-method off`
    scores it)."""
    stack = Stack(model, model)
    if cached:
        stack.cached = stack.translator = CachedTranslator(stack.translator, cache, stop, read, stack.counters)
    if glossary is not None:
        # Outside the cache, so that the cache keys on the text the model sees; constrained decoding steers
        # the model itself (a seq2seq translator), under the cache.
        from pipeline.translation.seq2seq import Translator  # here: torch is imported with a loaded model only

        steerable = model if isinstance(model, Translator) else None
        stack.glossary = stack.translator = GlossaryTranslator(
            stack.translator, glossary.glossary, glossary.method, glossary.names, glossary.files, steerable,
            chinese=glossary.chinese)
    return stack


@dataclass(frozen=True)
class ModelChoice:
    """What a translator spec names, decided once: `kind` is SEQ2SEQ (transformers), CT2 (with `conversion`,
    what models/ct2.pick found or made), LOCAL_LLM or SERVER (`openai:MODEL`)."""
    spec: str
    kind: str
    conversion: tuple | None = None

    @property
    def is_llm(self) -> bool:
        return self.kind in (LOCAL_LLM, SERVER)


def choose(spec: str, engine: str = "auto", device: str = "auto") -> ModelChoice:
    """Resolve `spec` under `engine` on `device`. With `--engine auto` this converts a seq2seq checkpoint to
    CTranslate2 on first use (models/ct2.py). Raises ModelUnavailable, with a message for the user."""
    if spec.startswith(llm.SERVER_PREFIX):
        return ModelChoice(spec, SERVER)
    if llm.is_llm(spec):
        return ModelChoice(spec, LOCAL_LLM)
    conversion = pick_engine(spec, normalize_engine(engine), device)
    return ModelChoice(spec, SEQ2SEQ if conversion is None else CT2, conversion)


def load(spec: str | ModelChoice, *, device: str = "auto", engine: str = "auto",
         options: TranslateOptions = TranslateOptions(), threads: int | None = None,
         glossary: GlossarySetup | None = None, llm_options: LLMOptions | None = None, api_base: str | None = None,
         **layers) -> Stack:
    """Load the translation model `spec` (a spec is first resolved by `choose`) and build its stack
    (`layers`: build()'s keywords). Raises ModelUnavailable, with a message for the user.

    An instruction-tuned LLM gets `llm_options` (default: from `options.length_ratio`) and, for
    `openai:MODEL`, the server at `api_base` (None: OPENAI_BASE_URL); it is handed the glossary's terms for its
    prompts, and the glossary method `auto` is then `replace`."""
    choice = spec if isinstance(spec, ModelChoice) else choose(spec, engine, device)
    if choice.is_llm:
        model = llm.load_llm_translator(choice.spec, device, threads,
                                        llm_options or llm.options_for(options.length_ratio), api_base,
                                        glossary=glossary.glossary if glossary else None,
                                        names=glossary.names if glossary else "ascii")
        if glossary is not None:
            glossary = replace(glossary, method=llm.glossary_method_for(glossary.method))
    else:
        model = load_picked(choice.spec, choice.conversion, device, options, threads)
    stack = build(model, glossary=glossary, **layers)
    stack.choice = choice
    return stack


def load_picked(spec: str, conversion, device: str, options: TranslateOptions, threads: int | None):
    """seq2seq.load_picked, imported on first use: torch is imported with a model, not with every command (a
    rerun with nothing to do loads neither)."""
    from pipeline.translation.seq2seq import load_picked as load

    return load(spec, conversion, device, options, threads)
