"""Instruction-tuned LLMs as sentence-aligned translators.

`LLMTranslator` implements the translator interface (base.SentenceTranslator) over a backend that runs the
model (local.py in process, server.py behind an OpenAI-compatible server), so the sentence cache, the glossary,
resume and Ctrl-C work around it as around the NMT engines.

How a call's sentences are translated:

* Blank segments are never sent. The rest are grouped by paragraph (layout.py) - a group is one request, its
  sentences a JSON array of ids (prompt.py) - and the reply is read by id (reply.py), never by position.
* A reply that does not account for every sentence exactly once (ids missing, repeated or invented, a wrong
  count, an empty text, the Vietnamese copied back) gets the paragraph asked again once, saying what was
  wrong; if that fails too, its sentences go one by one. Each Translation's `mode` says which of these
  (`paragraph`, `retry`, `sentence`) produced it; a sentence that still has no usable English is `untranslated`
  with an empty text - never the Vietnamese - and the brief warns about it.
* Each request carries the previous paragraph (its Vietnamese and English) as context and the glossary
  entries found in its sentences as required renderings; decoding is greedy (temperature 0) and max_tokens is
  bounded by the source's length.
* Paragraphs pass context along chains of `chain` paragraphs; every chain starts afresh, so the first
  paragraphs of all chains go out together (in one generate() batch in process, or up to --api-concurrency
  requests in flight), then the second ones, and so on. What a sentence gets depends on `chain` (in the cache
  key), not on how many requests run at once.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter, deque
from dataclasses import dataclass

from pipeline.models.info import ModelInfo
from pipeline.translation.base import OnBatch, Progress, Translation
from pipeline.translation.decoding import RECORD, Settings, setting
from pipeline.translation.llm import confidence, layout, prompt, reply as replies
from pipeline.translation.llm.backend import Backend, Request

PARAGRAPH, RETRY, SENTENCE, UNTRANSLATED = "paragraph", "retry", "sentence", "untranslated"
MODES = (PARAGRAPH, RETRY, SENTENCE, UNTRANSLATED)


@dataclass(frozen=True)
class LLMOptions(Settings):
    """How an LLM translator prompts and decodes; part of its decoding record."""
    temperature: float = setting(0.0)  # greedy: the same input gives the same brief
    # max_tokens per sentence = length_ratio x its source tokens + length_extra (JSON and ids included).
    length_ratio: float = setting(2.0)
    length_extra: int = setting(16)
    context: bool = setting(True)  # the previous paragraph goes in as context
    chain: int = setting(4)  # paragraphs in a row that pass context on (see the module docstring)
    max_group: int = setting(12)  # most sentences in one request; a longer paragraph is split
    # How work is spread, not what it gives: provenance only.
    concurrency: int = setting(4, role=RECORD)  # requests in flight to a server
    batch_tokens: int = setting(4096, role=RECORD)  # prompt + reply tokens per in-process generate() batch
    patience: float = setting(120.0, role=RECORD)  # seconds a server may stay unavailable before the batch stops


@dataclass(frozen=True)
class LLMDecoding(Settings):
    engine: str = setting()  # "transformers" | "openai-compatible server"
    prompt_version: str = setting(prompt.PROMPT_VERSION)
    options: LLMOptions = setting(default_factory=LLMOptions)
    # The glossary entries put in prompts change the English, so the cache keys on them (None: no glossary).
    glossary_digest: str | None = setting(None)
    device: str | None = setting(None, role=RECORD, omit_none=True)
    endpoint: str | None = setting(None, role=RECORD, omit_none=True)  # scheme://host:port, never a key
    served_model: str | None = setting(None, role=RECORD, omit_none=True)  # as the server names it
    structured_output: str = setting("none", role=RECORD)


class LLMTranslator:
    def __init__(self, info: ModelInfo, backend: Backend, options: LLMOptions = LLMOptions(), glossary=None,
                 names: str = "ascii", engine: str = "transformers", device: str | None = None):
        self.info = info
        self.backend, self.options, self.glossary, self.names = backend, options, glossary, names
        self.engine, self.device = engine, device
        self.glossary_digest = None if glossary is None else hashlib.sha256(
            "\n".join(f"{e.vi}\t{e.en}" for e in glossary).encode()).hexdigest()[:12]
        self.stats: Counter = Counter()  # paragraphs, retried, sentence_mode, untranslated, requests
        self.prompts: deque[str] = deque(maxlen=256)  # the latest prompts sent, as text (tests, debugging)

    def decoding(self) -> LLMDecoding:
        structured = getattr(self.backend, "structured_output", None)
        return LLMDecoding(engine=self.engine, options=self.options, glossary_digest=self.glossary_digest,
                           device=self.device, endpoint=getattr(self.backend, "host", None),
                           served_model=getattr(self.backend, "served_model", None),
                           structured_output=structured() if structured else "none")

    def count_tokens(self, text: str) -> int:
        return self.backend.count_tokens(text)

    # --- the interface --------------------------------------------------------------------------------
    def translate(self, sentences: list[str], progress: Progress | None = None,
                  on_batch: OnBatch | None = None) -> list[Translation]:
        results: list[Translation] = [Translation(s, "", 0, 0, pieces=0) for s in sentences]
        todo = [i for i, s in enumerate(sentences) if s.strip()]
        groups = layout.group(sentences, todo, max(1, self.options.max_group))
        chain = max(1, self.options.chain)
        chains = [groups[k:k + chain] for k in range(0, len(groups), chain)]
        for step in range(chain):
            wave = [(c[step], c[step - 1] if step else None) for c in chains if step < len(c)]
            if not wave:
                break
            done = self._wave(sentences, wave, results)
            if progress:
                progress(len(done))
            if on_batch:
                on_batch([(i, results[i]) for i in done])
        return results

    # --- one wave of paragraphs -----------------------------------------------------------------------
    def _wave(self, sentences: list[str], wave: list[tuple[list[int], list[int] | None]],
              results: list[Translation]) -> list[int]:
        contexts = [self._context(sentences, before, results) for _, before in wave]
        terms = [self._terms([sentences[i] for i in g]) for g, _ in wave]
        pending = list(range(len(wave)))
        problems: dict[int, str] = {}
        for mode in (PARAGRAPH, RETRY):
            if not pending:
                break
            requests = [self._paragraph_request([sentences[i] for i in wave[k][0]], terms[k], contexts[k],
                                                problems.get(k) if mode == RETRY else None) for k in pending]
            failed = []
            for k, answer in zip(pending, self._complete(requests)):
                group = wave[k][0]
                texts, problem = replies.parse_paragraph(answer.text, [sentences[i] for i in group]) \
                    if answer.error is None else (None, answer.error)
                if texts is None:
                    problems[k] = problem or "unusable reply"
                    failed.append(k)
                    continue
                for i, text in zip(group, texts):
                    results[i] = self._result(sentences[i], text, mode, answer)
            self.stats["paragraphs" if mode == PARAGRAPH else "retried"] += len(pending)
            pending = failed
        if pending:  # sentence by sentence
            self.stats["sentence_mode"] += len(pending)
            singles = [(i, k) for k in pending for i in wave[k][0]]
            requests = [self._sentence_request(sentences[i], self._terms([sentences[i]]), contexts[k])
                        for i, k in singles]
            for (i, _), answer in zip(singles, self._complete(requests)):
                text, _problem = replies.parse_sentence(answer.text, sentences[i]) if answer.error is None \
                    else (None, answer.error)
                if text is None:
                    self.stats["untranslated"] += 1
                    results[i] = Translation(sentences[i], "", self.count_tokens(sentences[i]), 0,
                                             mode=UNTRANSLATED)
                else:
                    results[i] = self._result(sentences[i], text, SENTENCE, answer)
        return sorted(i for g, _ in wave for i in g)

    def _complete(self, requests: list[Request]):
        self.stats["requests"] += len(requests)
        self.prompts.extend(prompt.prompt_text(r.messages) for r in requests)
        return self.backend.complete(requests)

    def _result(self, source: str, text: str, mode: str, answer=None) -> Translation:
        # The model's own score where the backend reported token log-probabilities (confidence.py), else None.
        score = confidence.sentence_score(answer.text, answer.logprobs, text) if answer is not None else None
        return Translation(source, text, self.count_tokens(source), self.count_tokens(text),
                           mode=mode, score=score)

    # --- prompts --------------------------------------------------------------------------------------
    def _cap(self, sources: list[str]) -> int:
        o = self.options
        return sum(math.ceil(o.length_ratio * self.count_tokens(s)) + o.length_extra for s in sources) + 16

    def _paragraph_request(self, sources: list[str], terms, context, problem: str | None) -> Request:
        return Request(prompt.paragraph_messages(sources, terms, context, problem), self._cap(sources),
                       prompt.response_schema(len(sources)))

    def _sentence_request(self, source: str, terms, context) -> Request:
        return Request(prompt.sentence_messages(source, terms, context), self._cap([source]) - 16)

    def _context(self, sentences: list[str], before: list[int] | None, results: list[Translation]):
        if before is None or not self.options.context:
            return None
        return prompt.Context(" ".join(sentences[i] for i in before),
                              " ".join(results[i].text for i in before if results[i].text))

    def _terms(self, sources: list[str]) -> list[tuple[str, str]]:
        """The glossary entries in these sentences, as (Vietnamese as written, required English)."""
        if self.glossary is None:
            return []
        found: dict[str, str] = {}
        for s in sources:
            for m in self.glossary.find(s):
                found.setdefault(m.surface, m.english(self.names))
        return list(found.items())
