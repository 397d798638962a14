"""The glossary layer of a translation stack: the English of names, titles and institutions as the glossary
writes them, whatever translation model runs.

`GlossaryTranslator` is a SentenceTranslator around another (the sentence cache, in a run: glossary outside,
cache inside, so that the cache keys on the text the model really sees).  Terms are found by
`Glossary.find` and enforced by one of (pipeline/glossary/ holds each):

* ``placeholder`` (placeholders.py): each term (adjacent terms merged: title + name) becomes ``XGLO<n>``, the
  model translates the rest and carries the placeholder through, and the English is put back.  A sentence
  whose placeholder the model lost (or mangled beyond recognition, or invented) falls back to the next method.
* ``constrained`` (constrained.py): generation itself must write the English form, through the model's
  generation hook, which the stack builder hands this layer.  Falls back to ``replace``.
* ``replace`` (replace.py): translate plainly, then put the glossary form where the model rendered the term.
* ``auto``: placeholder, falling back to replace.  ``off``: translate plainly; terms are still reported.

Every sentence's `GlossaryTranslation.terms` records what report.py needs; Vietnamese personal names are
written in the chosen name style (names.py).
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from pathlib import Path

from pipeline.glossary.constrained import ConstrainedDecoding, Steerable
from pipeline.glossary.english import check
from pipeline.glossary.entry import Match
from pipeline.glossary.methods import CHINESE_NAMES, FALLBACK, METHODS, NAME_STYLES
from pipeline.glossary.names import apply_names, name_map
from pipeline.glossary.placeholders import LEFTOVER, SHOWN, Slot, protect, restore
from pipeline.glossary.replace import replace_terms
from pipeline.glossary.report import GlossaryTranslation, TermUse
from pipeline.glossary.terms import Glossary
from pipeline.models.info import ModelInfo
from pipeline.names import tables
from pipeline.names.entries import with_inferred
from pipeline.translation.base import OnBatch, Progress, SentenceTranslator, Translation
from pipeline.translation.cache import glossary_lookups
from pipeline.translation.decoding import Settings, setting

# Articles whose terms are kept found: more than a grouped run's group (run/grouped.py), which asks about each
# article in three passes.
_FOUND_KEPT = 64


@dataclass(frozen=True)
class GlossarySettings(Settings):
    """What the glossary layer records (as ``glossary_*`` keys); every field changes the English."""
    method: str = setting()
    names: str = setting()
    entries: int = setting()
    digest: str = setting()  # of the merged entries
    files: str | None = setting()  # the user's files, comma-separated
    placeholder: str | None = setting(None, omit_none=True)  # with placeholders (auto, placeholder)
    constrained: str | None = setting(None, omit_none=True)  # why constrained decoding was not available
    # Chinese persons the glossary does not name: `pinyin (tables ...)`, inferred from their Sino-Vietnamese
    # names (pipeline/names), or `keep`, written as the Vietnamese writes them (in the name style).
    chinese_names: str = setting("keep")


@dataclass(frozen=True)
class GlossaryDecoding(Settings):
    """The decoding record of the translator the glossary wraps, followed by the glossary's own settings."""
    translator: Settings = setting()
    glossary: GlossarySettings = setting(prefix="glossary_")


def check_choices(method: str, names: str, chinese: str = "pinyin") -> None:
    """Raises ValueError for a method or name style vietbrief does not have."""
    if method not in METHODS:
        raise ValueError(f"unknown glossary method {method!r}; use one of {', '.join(METHODS)}")
    if names not in NAME_STYLES:
        raise ValueError(f"unknown name style {names!r}; use one of {', '.join(NAME_STYLES)}")
    if chinese not in CHINESE_NAMES:
        raise ValueError(f"unknown Chinese name style {chinese!r}; use one of {', '.join(CHINESE_NAMES)}")


def load_glossary(files: Sequence[str | Path] = (), method: str = "auto", names: str = "ascii",
                  builtin: bool = True, chinese: str = "pinyin") -> Glossary:
    """The built-in glossary merged with user `files` (later ones win), after checking the options.
    Raises ValueError (tsv.GlossaryError for a file) with a message for the user."""
    check_choices(method, names, chinese)
    return Glossary.from_files(list(files), builtin=builtin)


class GlossaryTranslator:
    """A translator that enforces a glossary on another translator's output (see the module docstring).

    `generation`: the model's translator, for constrained decoding (None where there is none to steer)."""

    def __init__(self, underlying: SentenceTranslator, glossary: Glossary, method: str = "auto",
                 names: str = "ascii", files: Sequence[str | Path] = (), generation: Steerable | None = None,
                 bonus: float = 1.0, chinese: str = "pinyin"):
        check_choices(method, names, chinese)
        self.underlying = underlying
        self.glossary, self.method, self.names, self.chinese = glossary, method, names, chinese
        self.files = [str(f) for f in files]
        self.constrained = ConstrainedDecoding(generation, glossary, names, bonus)
        self.constrained_problem = self.constrained.problem()
        # A grouped run asks first_pass, lookups and translate about the same article in turn; finding its terms
        # (names inference included) once serves all three.
        self._found: OrderedDict[tuple[str, ...], list[list[Match]]] = OrderedDict()

    @property
    def info(self) -> ModelInfo:
        return self.underlying.info

    def count_tokens(self, text: str) -> int:
        return self.underlying.count_tokens(text)

    def decoding(self) -> GlossaryDecoding:
        digest = hashlib.sha256("\n".join(f"{e.vi}\t{e.en}" for e in self.glossary).encode()).hexdigest()[:12]
        unavailable = self.method in ("placeholder", "constrained") and self.constrained_problem
        return GlossaryDecoding(self.underlying.decoding(), GlossarySettings(
            self.method, self.names, len(self.glossary), digest, ", ".join(self.files) or None,
            placeholder=SHOWN if self.method in ("auto", "placeholder") else None,
            constrained=f"unavailable ({self.constrained_problem}); replace used instead" if unavailable else None,
            chinese_names=f"pinyin (pipeline/names tables {tables.digest()})" if self.chinese == "pinyin" else "keep"))

    def first_pass(self, sentences: list[str]) -> list[str]:
        """What translate(sentences) first hands the translator it wraps - every sentence as the first method
        needs it (placeholders in), or for `constrained` those without terms; later calls carry only the
        sentences a method failed on. A caller with several articles can translate these together beforehand
        (run/grouped.py), in batches shared across the articles."""
        found = self._find(sentences)
        first = (self._chain() or ["off"])[0]
        if first == "placeholder":
            return [p for p, _ in self._protect(sentences, found)]
        if first == "constrained":
            return [s for s, m in zip(sentences, found) if not m]
        return list(sentences)

    def lookups(self, sentences: list[str], served: Callable[[list[str]], list[Translation | None]]) -> list[str]:
        """The lookups translate(sentences) will make once its first pass is `served` (first_pass's sentences,
        each translated or None where not known yet): the sentences whose placeholders were lost, translated
        plainly, and their terms alone, as the `replace` fallback asks for them. A caller that translated the
        first passes of several articles together can translate these together too (run/grouped.py). Where
        what comes next cannot be known beforehand (constrained decoding writes under the model's own hook,
        uncached) it lists nothing, and translate() makes those calls itself."""
        found = self._find(sentences)
        chain = self._chain()
        first = chain[0] if chain else "off"
        pending = [i for i, m in enumerate(found) if m]
        if first == "placeholder":
            protected = self._protect(sentences, found)
            out = served([p for p, _ in protected])
            pending = self._placeholder(out, protected, [i for i in pending if out[i] is not None], {})
            rest = chain[1:]
        elif first == "constrained":
            return []
        else:  # replace, off: the first pass is the plain translation of every sentence
            rest = chain
        if not pending or (rest and rest[0] != "replace"):
            return []
        need = [sentences[i] for i in pending if first == "placeholder"]  # plain: with placeholders they were not
        if rest:  # replace: how the model renders each term alone (_renderings)
            need += dict.fromkeys(m.surface for i in pending for m in found[i])
        return need

    def _find(self, sentences: list[str]) -> list[list[Match]]:
        key = tuple(sentences)
        found = self._found.get(key)
        if found is None:
            # Chinese persons the glossary does not name get their inferred pinyin as terms of these sentences
            # alone (pipeline/names); the glossary's own entries win.
            glossary = with_inferred(self.glossary, sentences) if self.chinese == "pinyin" else self.glossary
            found = [glossary.find(s) if s.strip() else [] for s in sentences]
        self._found[key] = found
        self._found.move_to_end(key)
        while len(self._found) > _FOUND_KEPT:
            self._found.popitem(last=False)
        return [list(m) for m in found]

    def _chain(self) -> list[str]:
        return [m for m in FALLBACK[self.method] if m != "constrained" or not self.constrained_problem]

    def _protect(self, sentences: list[str], found) -> list[tuple[str, list[Slot]]]:
        return [protect(s, m, name=self.names, merge_adjacent=True) for s, m in zip(sentences, found)]

    def translate(self, sentences: list[str], progress: Progress | None = None,
                  on_batch: OnBatch | None = None) -> list[Translation]:
        found = self._find(sentences)
        names = name_map(sentences, found, self.names)
        chain = self._chain()
        done: dict[int, tuple[Translation, str, str]] = {}  # i -> (translation, English, method)
        plain: dict[int, Translation] = {}  # plain translations, made once and shared by the methods

        # The first method sees every sentence (one call, shared batches, progress reported); sentences
        # without terms are translated plainly in that same call.
        first = chain[0] if chain else "off"
        pending = [i for i, m in enumerate(found) if m]
        if first == "placeholder":
            protected = self._protect(sentences, found)
            out = self.underlying.translate([p for p, _ in protected], progress)
            for i, r in enumerate(out):
                if not found[i]:
                    plain[i] = r
            pending = self._placeholder(out, protected, pending, done)
        elif first == "constrained":  # sentences without terms go the usual way (through a cache, say)
            self._plain(sentences, [i for i, m in enumerate(found) if not m], plain, progress)
            out = dict(zip(pending, self.constrained.translate(sentences, found, pending, progress)))
            pending = self._check(out, sentences, found, pending, done, "constrained")
        else:  # replace, off
            for i, r in enumerate(self.underlying.translate(sentences, progress)):
                plain[i] = r

        for method in chain[1:] if first in ("placeholder", "constrained") else chain:
            if not pending:
                break
            if method == "constrained":
                out = self.constrained.translate(sentences, found, pending, None)
                pending = self._check(dict(zip(pending, out)), sentences, found, pending, done, "constrained")
            elif method == "replace":
                with glossary_lookups():
                    self._plain(sentences, pending, plain)
                renderings = self._renderings([m for i in pending for m in found[i]])
                for i in pending:
                    text = replace_terms(plain[i].text, found[i], self.names, renderings)
                    done[i] = (plain[i], text, "replace")
                pending = []
        with glossary_lookups():
            self._plain(sentences, pending, plain)
        for i in pending:  # off, or every method failed: the plain translation, reported as it is
            done[i] = (plain[i], plain[i].text, "off" if self.method == "off" else chain[-1])

        results: list[Translation] = []
        for i, sentence in enumerate(sentences):
            base, text, method = done.get(i) or (plain[i], plain[i].text, "")
            text = apply_names(text, names)
            kept = {f.name: getattr(base, f.name) for f in fields(Translation)}
            kept.update(source=sentence, text=text)
            results.append(GlossaryTranslation(**kept, terms=self._terms(text, found[i], method), names=names))
        if on_batch:  # a sentence is finished only once every method has had its turn: all at the end
            done = [(i, r) for i, r in enumerate(results) if sentences[i].strip()]
            if done:
                on_batch(done)
        return results

    # --- methods --------------------------------------------------------------------------------------
    def _placeholder(self, out: list[Translation], protected, pending: list[int], done) -> list[int]:
        failed = []
        for i in pending:
            slots: list[Slot] = protected[i][1]
            text, misses = restore(out[i].text, slots)
            if misses or LEFTOVER.search(text):
                failed.append(i)
            else:
                done[i] = (out[i], text, "placeholder")
        return failed

    def _check(self, out, sentences, found, pending: list[int], done, method: str) -> list[int]:
        failed = []
        for i in pending:
            r = out[i]
            if all(p.complete for p in check(r.text, found[i])):
                done[i] = (r, r.text, method)
            else:
                failed.append(i)
        return failed

    def _plain(self, sentences: list[str], todo: list[int], plain: dict[int, Translation], progress=None) -> None:
        missing = [i for i in todo if i not in plain]
        if missing:
            for i, r in zip(missing, self.underlying.translate([sentences[i] for i in missing], progress)):
                plain[i] = r

    def _renderings(self, matches: list[Match]) -> dict[str, str]:
        """How the model translates each term on its own (what `replace` looks for)."""
        surfaces = list(dict.fromkeys(m.surface for m in matches))
        if not surfaces:
            return {}
        with glossary_lookups():
            found = {s: r.text for s, r in zip(surfaces, self.underlying.translate(surfaces))}
        # One rendering for different terms says nothing about where either of them went.
        shared = {t for t in found.values() if list(found.values()).count(t) > 1}
        return {s: t for s, t in found.items() if t not in shared}

    def _terms(self, english: str, matches: Sequence[Match], method: str) -> list[TermUse]:
        if not matches:
            return []
        uses = []
        for p in check(english, matches):
            uses.append(TermUse(p.entry, p.entry.render(self.names), p.in_source,
                                min(p.in_english, p.in_source), method or "off"))
        return uses
