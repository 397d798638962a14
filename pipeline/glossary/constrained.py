"""The ``constrained`` method: generation itself must write the glossary's English.

A logits processor (`PhraseConstraints`) completes a phrase once its first word is written, forbids ending
the sentence while a phrase is missing, and starts a missing phrase where the model would end or when the
length budget runs out (transformers 5 moved ``constraints=``/``force_words_ids`` constrained beam search out
of the library to a hub repository - trust_remote_code plus network - so vietbrief carries its own).

It runs through the seq2seq translator's generation hook (`Steerable`), which the stack builder hands to the
glossary layer; so it needs the transformers engine, and its translations bypass the sentence cache.  With a
model that does not know the English words (the copy model of the tests) the phrase is added beside the
model's own rendering of the term, not in its place: the enforcement rate alone flatters it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Callable, Protocol

from pipeline.glossary.entry import Match
from pipeline.glossary.terms import Glossary
from pipeline.text.segment import split_long
from pipeline.models.output import Progress, Translation


class Steerable(Protocol):
    """What constrained decoding needs of the model's translator (seq2seq.Translator has it)."""
    tokenizer: Any
    handling: Any  # .prefix: the text put before every source
    max_input_tokens: int

    @property
    def hook_problem(self) -> str | None: ...

    @property
    def eos_ids(self) -> set[int]: ...

    def count_tokens(self, text: str) -> int: ...

    def translate_with_hook(self, sentences: list[str], hook: Callable[[list[list[int]], dict], None],
                            progress: Progress | None = None) -> list[Translation]: ...


class PhraseConstraints:
    """A transformers LogitsProcessor making every row of a generate() batch contain its phrases.

    `phrases[b]` lists, for source row b, the constraints; each constraint is a list of alternative token
    sequences (any one satisfies it).  Per hypothesis and step:

    * a phrase whose first word has been written must be completed (`commit[alt]` tokens make that first
      word; a lone sub-word such as ``▁T`` of ``To Lam`` commits to nothing);
    * the end of sequence is forbidden while a constraint is unmet; where the model would end (the end
      token is its best choice), or when the remaining length budget only just holds the missing phrases,
      a missing phrase starts now, and once started this way goes on to its end;
    * otherwise the first token of each missing phrase gets `bonus` (log-probability units), so that the
      model can place it where it fits;
    * a phrase is never glued to the word piece after it (`glue`: the tokens that continue a word)."""

    def __init__(self, phrases: list[list[list[list[int]]]], num_beams: int, max_new: int, eos: set[int],
                 commit: dict[tuple[int, ...], int] | None = None, bonus: float = 1.0, glue: list[int] = ()):
        self.phrases, self.num_beams, self.max_new = phrases, max(1, num_beams), max_new
        self.eos, self.commit, self.bonus = eos, commit or {}, bonus
        self.glue = list(glue)  # tokens that continue a word: never right after a phrase ("Hanoi|ên")
        # Hypotheses in the middle of a phrase this processor started: sequence -> (phrase, tokens written).
        self.started: dict[tuple[int, ...], set[tuple[tuple[int, ...], int]]] = {}

    @staticmethod
    def _count(seq: list[int], alt: list[int]) -> int:
        n, k, found = len(alt), 0, 0
        while k <= len(seq) - n:
            if seq[k:k + n] == alt:
                found, k = found + 1, k + n
            else:
                k += 1
        return found

    def _force(self, scores, row: int, tokens: set[int], neg: float) -> None:
        # A forced token may have been banned by no_repeat_ngram_size (the same phrase twice, or two phrases
        # sharing words: "Vietnam's/China's Ministry of Public Security"): the glossary wins, at a low score.
        keep = scores[row, list(tokens)].clone().clamp(min=-1e4)
        scores[row, :] = neg
        scores[row, list(tokens)] = keep

    def _start(self, key: tuple[int, ...], alts: Iterable[list[int]]) -> set[int]:
        for alt in alts:
            if len(alt) > 1:
                self.started.setdefault(key + (alt[0],), set()).add((tuple(alt), 1))
        return {alt[0] for alt in alts}

    def __call__(self, input_ids, scores):
        import torch

        neg = torch.finfo(scores.dtype).min
        for row in range(input_ids.shape[0]):
            b = row // self.num_beams
            constraints = self.phrases[b] if b < len(self.phrases) else []
            if not constraints:
                continue
            seq = input_ids[row].tolist()
            key = tuple(seq)
            if self.glue and any(seq[-len(alt):] == alt for c in constraints for alt in c):
                scores[row, [g for g in self.glue if g < scores.shape[-1]]] = neg
            if key in self.started:  # go on with a phrase started here
                nxt = set()
                for alt, k in self.started[key]:
                    nxt.add(alt[k])
                    if k + 1 < len(alt):
                        self.started.setdefault(key + (alt[k],), set()).add((alt, k + 1))
                self._force(scores, row, nxt, neg)
                continue
            # A constraint listed n times (a term that occurs n times in the source) needs n occurrences.
            unmet, seen = [], []
            for c in constraints:
                if c in seen:
                    continue
                seen.append(c)
                missing = constraints.count(c) - sum(self._count(seq, alt) for alt in c)
                unmet += [c] * max(0, missing)
            if not unmet:
                continue
            forced: set[int] = set()
            for c in unmet:  # a phrase the model itself began: complete it
                for alt in c:
                    for k in range(min(len(alt) - 1, len(seq)), self.commit.get(tuple(alt), 1) - 1, -1):
                        if k >= 1 and seq[-k:] == alt[:k]:
                            forced.add(alt[k])
                            break
            if forced:
                self._force(scores, row, forced, neg)
                continue
            need = sum(min(len(alt) for alt in c) for c in unmet)
            left = self.max_new - (len(seq) - 1)  # seq starts with the decoder start token
            if left <= need + 2 or int(scores[row].argmax()) in self.eos:
                self._force(scores, row, self._start(key, [alt for c in unmet for alt in c]), neg)
                continue
            for e in self.eos:
                scores[row, e] = neg
            scores[row, list({alt[0] for c in unmet for alt in c})] += self.bonus
        return scores


class ConstrainedDecoding:
    """Translates sentences with their glossary terms forced in, through `model`'s generation hook."""

    def __init__(self, model: Steerable | None, glossary: Glossary, names: str, bonus: float = 1.0):
        self.model, self.glossary, self.names, self.bonus = model, glossary, names, bonus
        self._commit: dict[tuple[int, ...], int] = {}  # phrase token ids -> tokens of its first word
        self._glue_ids: list[int] | None = None

    def problem(self) -> str | None:
        """Why constrained decoding cannot run here, or None."""
        if self.model is None:
            return "the translator has no generation hook"
        return self.model.hook_problem

    def _phrase_ids(self, texts: Iterable[str]) -> list[list[int]]:
        tok = self.model.tokenizer
        unk = getattr(tok, "unk_token_id", None)
        special = set(getattr(tok, "all_special_ids", [])) - {unk}
        alts: list[list[int]] = []
        for text in texts:
            for variant in (text, " " + text):
                # Marian has a target-side SentencePiece model of its own; the others share one vocabulary
                # (and their text_target switches language codes: M2M100 fails without a tgt_lang).
                if hasattr(tok, "spm_target"):
                    ids = tok(text_target=variant, add_special_tokens=False)["input_ids"]
                else:
                    ids = tok(variant, add_special_tokens=False)["input_ids"]
                ids = [t for t in ids if t not in special]
                if ids and unk not in ids and ids not in alts:
                    alts.append(ids)
                    self._commit[tuple(ids)] = self._first_word(ids)
        return alts

    def _first_word(self, ids: list[int]) -> int:
        """How many tokens of `ids` make its first whole word (SentencePiece ``▁``/byte-level ``Ġ`` marks)."""
        pieces = [str(p) for p in self.model.tokenizer.convert_ids_to_tokens(ids)]
        starts = [p.startswith(("\u2581", "\u0120", " ")) for p in pieces]
        if not any(starts):  # a vocabulary without word-start marks: WordPiece marks continuations instead
            starts = [not p.startswith("##") for p in pieces]
        return next((j for j in range(1, len(ids)) if starts[j]), len(ids))

    def _glue(self) -> list[int]:
        """Ids of the tokens that continue a word (no word-start mark, starting with a letter or digit)."""
        if self._glue_ids is None:
            tok = self.model.tokenizer
            vocab = tok.get_vocab()
            marked = any(p.startswith(("\u2581", "\u0120")) for p in list(vocab)[:2000])
            self._glue_ids = sorted(
                i for p, i in vocab.items()
                if (p[:1].isalnum() if marked else p.startswith("##")) and i not in set(tok.all_special_ids))
        return self._glue_ids

    def _constraints_for(self, text: str) -> list[list[list[int]]]:
        constraints = []
        for m in self.glossary.find(text):
            en = m.entry.render(self.names)
            variants = [en, en[0].upper() + en[1:]] if en[:1].islower() else [en]
            alts = self._phrase_ids(variants)
            if alts:
                constraints.append(alts)
        return constraints

    def translate(self, sentences: list[str], found: list[list[Match]], indices: list[int],
                  progress: Progress | None) -> list[Translation]:
        """Translate sentences[indices] with the model itself, terms forced in by PhraseConstraints."""
        if not indices:
            return []
        model = self.model
        tok, prefix = model.tokenizer, model.handling.prefix
        by_ids: dict[tuple[int, ...], list] = {}
        limit = model.max_input_tokens - 4
        for i in indices:
            s = sentences[i]
            if not found[i]:
                continue
            parts = [s] if model.count_tokens(s) <= limit else split_long(s, limit, model.count_tokens)
            for part in parts:
                by_ids[tuple(tok(prefix + part)["input_ids"])] = self._constraints_for(part)
        glue = self._glue()
        eos_ids = model.eos_ids

        def hook(batch_ids: list[list[int]], kwargs: dict) -> None:
            from transformers import LogitsProcessorList

            phrases = []
            for ids in batch_ids:
                key = tuple(ids)
                if key not in by_ids:  # a piece split differently than foreseen: find its terms again
                    by_ids[key] = self._constraints_for(tok.decode(ids, skip_special_tokens=True))
                phrases.append(by_ids[key])
            if any(phrases):
                processor = PhraseConstraints(phrases, kwargs.get("num_beams", 1), kwargs["max_new_tokens"],
                                              eos_ids, self._commit, self.bonus, glue)
                kwargs["logits_processor"] = LogitsProcessorList([processor])

        return model.translate_with_hook([sentences[i] for i in indices], hook, progress)
