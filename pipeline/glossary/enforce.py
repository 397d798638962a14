"""Glossary enforcement: the English of names, titles and institutions as the glossary writes them,
whatever translation model runs.

`GlossaryTranslator(underlying, glossary, method, names)` has the Translator interface (`translate`, `info`,
`decoding()`, `count_tokens`) and wraps any translator, including the sentence cache (glossary outside, cache
inside: the cache then keys on the text the model really sees).  Terms are found by `Glossary.find` (longest
match on word tokens, case/tone-placement/spelling folded) and enforced by one of:

* ``placeholder``: each term (adjacent terms merged: title + name) becomes ``XGLO<n>``, the model translates
  the rest and carries the placeholder through, `glossary.restore` puts the English back.  A sentence whose
  placeholder the model lost (or mangled beyond recognition, or invented) falls back to the next method.
* ``constrained``: generation itself must write the English form: a logits processor (`PhraseConstraints`)
  completes a phrase once its first word is written, forbids ending the sentence while a phrase is missing,
  and starts a missing phrase where the model would end or when the length budget runs out (transformers 5
  moved ``constraints=``/``force_words_ids`` constrained beam search out of the library to a hub repository -
  trust_remote_code plus network - so vietbrief carries its own).  It runs through `Translator.generate_hook`,
  so it needs the transformers engine and bypasses the sentence cache.  Falls back to ``replace``.  With a
  model that does not know the English words (the copy model of the tests) the phrase is added beside the
  model's own rendering of the term, not in its place: the enforcement rate alone flatters it.
* ``replace``: translate plainly, then find where the model rendered the term - its own translation of the
  term alone, or the Vietnamese left as it was (with or without diacritics) - and put the glossary form in
  its place.  When the rendering cannot be found nothing is added, and the term is reported as not enforced.
* ``auto``: placeholder, falling back to replace.  ``off``: translate plainly; terms are still reported.

Every sentence's `GlossaryTranslation.terms` records, per entry found in its source, how many occurrences
the English has and the method used; `report()` turns them into a brief's ``glossary`` list and warnings.

Vietnamese personal names follow the name style (``ascii``: ``To Lam`` as the English-language press
writes it; ``keep``: ``Tô Lâm``): glossary names are rendered in it, and names found by a title heuristic
(``ông``/``bà``/ranks/``Thứ trưởng``... followed by a capitalised 2-4 syllable name starting with a
Vietnamese surname) are rewritten in it wherever they appear in the English - body, title and summary.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path

from pipeline.glossary.terms import (
    Entry,
    Glossary,
    Match,
    Slot,
    at_sentence_start,
    check,
    name_style,
    normalize_key,
    protect,
    restore,
)
from pipeline.translation.seq2seq import Translation, TranslatorWrapper

METHODS = ("auto", "placeholder", "constrained", "replace", "off")
NAME_STYLES = ("ascii", "keep")
# What a method falls back to for a sentence where it failed.
_FALLBACK = {"auto": ("placeholder", "replace"), "placeholder": ("placeholder", "constrained", "replace"),
             "constrained": ("constrained", "replace"), "replace": ("replace",), "off": ()}
# A placeholder the model invented or left half-restored: the sentence is not trusted.
_LEFTOVER = re.compile(r"X[\s\-_]?G[\s\-_]?L[\s\-_]?O[\s\-_#]*\d+|XGLO", re.IGNORECASE)


@dataclass
class TermUse:
    entry: Entry
    en: str  # the English form required (name style applied)
    count: int  # occurrences in the sentence's Vietnamese
    found: int  # occurrences of the English form in the sentence's English, at most `count`
    method: str  # placeholder | constrained | replace | off


@dataclass
class GlossaryTranslation(Translation):
    terms: list[TermUse] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # name as written -> name in the chosen style


# ------------------------------------------------------------------------------------------- names

_TITLES = [
    "ông", "bà", "anh", "chị", "đồng chí", "đ/c", "cụ", "em", "cháu", "nhà báo", "bác sĩ", "luật sư", "nhà văn",
    "đại tướng", "thượng tướng", "trung tướng", "thiếu tướng", "đại tá", "thượng tá", "trung tá", "thiếu tá",
    "đại úy", "thượng úy", "trung úy", "thiếu úy", "đô đốc", "phó đô đốc", "chuẩn đô đốc",
    "bộ trưởng", "thứ trưởng", "chủ tịch", "phó chủ tịch", "thủ tướng", "phó thủ tướng", "tổng bí thư", "bí thư",
    "phó bí thư", "chủ nhiệm", "phó chủ nhiệm", "giám đốc", "phó giám đốc", "tổng giám đốc", "cục trưởng",
    "phó cục trưởng", "tổng cục trưởng", "vụ trưởng", "viện trưởng", "chánh án", "viện trưởng", "đại sứ",
    "trưởng đoàn", "phó trưởng đoàn", "người phát ngôn", "trưởng ban", "phó trưởng ban", "tổng thư ký",
    "gs", "pgs", "ts", "ths", "pgs.ts", "gs.ts", "gs.tskh", "bs", "ls", "nsnd", "nsưt",
]
_SURNAMES = {normalize_key(s) for s in (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Tô Lương Trịnh Đinh Lâm Mai Đoàn "
    "Cao Vương Hà Tạ Trương Thái Chu Lưu Đào La Kiều Quách Triệu Thạch Tăng Văn Lại Mạc Khúc Nghiêm Phùng "
    "Tống Từ Châu Diệp Giang Kim Lục Âu Ông Thân Hứa Doãn Đàm Nông Lò Hầu Viên Tôn Quan Bạch Ninh Lã Lữ Mã "
    "Phí Trang Trình Ứng Vi Cù Cung Đồng Khổng Kha Lạc Lăng Lô Mông Nhữ Phó Quản Sầm Tiêu Tòng Vương Yên "
    "Đoàn Đường Hàn Khương Khuất Kiều Lam Liêu Long Luân Mẫn Nghị Ngọ Tiết Trà Uông Vương Ân Âu Dư"
).split()}
_TITLE_RE = re.compile(
    r"(?<![^\W\d_])(?:" + "|".join(sorted((re.escape(t) for t in _TITLES), key=len, reverse=True)) + r")\.?\s+",
    re.IGNORECASE)
_SYLLABLE = re.compile(r"[^\W\d_]+")


def find_names(text: str, skip: Sequence[tuple[int, int]] = ()) -> list[str]:
    """Vietnamese personal names introduced by a title (``Đại tướng Tô Lâm``, ``ông Nguyễn Văn A``): a
    capitalised 2-4 syllable name starting with a Vietnamese surname.  Spans in `skip` (glossary matches)
    are left alone."""
    names = []
    for m in _TITLE_RE.finditer(text):
        pos = m.end()
        words: list[re.Match] = []
        while len(words) < 4:
            w = _SYLLABLE.match(text, pos)
            if not w or not w.group()[0].isupper():
                break
            words.append(w)
            pos = w.end()
            if text[pos:pos + 1] != " ":
                break
            pos += 1
        if len(words) < 2 or normalize_key(words[0].group()) not in _SURNAMES:
            continue
        start, end = words[0].start(), words[-1].end()
        if any(a < end and start < b for a, b in skip):
            continue
        names.append(text[start:end])
    return names


def name_map(sentences: Iterable[str], matches: Iterable[Sequence[Match]], style: str) -> dict[str, str]:
    """Every way a Vietnamese name of these sentences may appear in English -> the form in `style`."""
    out: dict[str, str] = {}

    def add(vi: str, ascii_form: str) -> None:
        target = vi if style == "keep" else ascii_form
        for variant in {vi, unicodedata.normalize("NFC", vi), ascii_form}:
            if variant != target and variant.strip():
                out.setdefault(variant, target)

    for sentence, found in zip(sentences, matches):
        for m in found:
            if m.entry.is_vietnamese_name:
                add(m.entry.vi, m.entry.en)
                add(m.surface, m.entry.en)
        for name in find_names(sentence, [(m.start, m.end) for m in found]):
            add(name, name_style(name, "ascii"))
    return out


def apply_names(text: str, names: dict[str, str]) -> str:
    """Rewrite the names of `names` (whole words, longest first) in `text`."""
    if not names or not text:
        return text
    for variant in sorted(names, key=len, reverse=True):
        if variant in text:
            text = re.sub(rf"(?<![^\W_]){re.escape(variant)}(?![^\W_])", names[variant].replace("\\", r"\\"), text)
    return text


# ------------------------------------------------------------------------------ folded searching


def _fold(text: str) -> tuple[str, list[int]]:
    """Case- and diacritics-folded text with, for each folded character, its index in `text`."""
    out, where = [], []
    for i, ch in enumerate(text):
        f = name_style(ch, "ascii").casefold() if not ch.isascii() else ch.lower()
        if ch in "\u2018\u2019\u02bc`\u00b4":
            f = "'"
        elif ch in "\u2010\u2011\u2012\u2013\u2014\u2212":
            f = "-"
        for c in f:
            out.append(c)
            where.append(i)
    return "".join(out), where


def _find_folded(text: str, needle: str, taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    """First whole-word occurrence of `needle` in `text` (folded) that does not overlap `taken`."""
    folded, where = _fold(text)
    n, _ = _fold(" ".join(needle.split()))
    if not n.strip() or not where:
        return None
    for m in re.finditer(rf"(?<![^\W_]){re.escape(n)}(?![^\W_])", folded):
        start, end = where[m.start()], where[m.end() - 1] + 1
        if not any(a < end and start < b for a, b in taken):
            return start, end
    return None


def _capitalize_at_start(text: str, start: int, en: str) -> str:
    if en[:1].islower() and at_sentence_start(text, start):
        return en[0].upper() + en[1:]
    return en


def _clean_term(text: str) -> str:
    return text.strip().strip(" .,;:!?\"'“”‘’«»()[]").strip()


def replace_terms(english: str, matches: Sequence[Match], style: str, renderings: dict[str, str]) -> str:
    """Put each match's glossary English where the model rendered the term in `english`.

    A term whose English is already there is left as it is; otherwise the first of: the model's translation
    of the term alone (`renderings[surface]`), the Vietnamese as written, the glossary's Vietnamese, and
    those without diacritics (matched case- and diacritics-insensitively, whole words) is replaced.  A term
    rendered in no recognisable way is left alone: nothing is appended."""
    taken: list[tuple[int, int]] = []
    edits: list[tuple[int, int, str]] = []
    # Longest English first, so that "Senior Lieutenant General" claims its words before "General".
    for m in sorted(matches, key=lambda m: -len(m.entry.render(style))):
        en = m.entry.render(style)
        hit = _find_folded(english, en, taken)
        if hit:
            taken.append(hit)
            continue
        candidates = [renderings.get(m.surface, ""), m.surface, m.entry.vi]
        candidates += [name_style(c, "ascii") for c in candidates]
        for cand in dict.fromkeys(_clean_term(c) for c in candidates):
            # Not a rendering of the term: too short to be sure of, or far longer than any way of saying it
            # (a model that answers every input with the same long text).
            if sum(ch.isalpha() for ch in cand) < 2 or len(cand) > max(3 * len(en), len(en) + 20, 2 * len(m.surface)):
                continue
            hit = _find_folded(english, cand, taken)
            if hit:
                taken.append(hit)
                edits.append((hit[0], hit[1], _capitalize_at_start(english, hit[0], en)))
                break
    for start, end, en in sorted(edits, reverse=True):
        english = english[:start] + en + english[end:]
    return english


# ---------------------------------------------------------------------------- constrained decoding


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


def _innermost(translator):
    """The object that really runs generate(): wrappers (cache, ...) keep theirs in `.underlying`."""
    seen = set()
    while id(translator) not in seen:
        seen.add(id(translator))
        if "generate_hook" in vars(translator):
            return translator
        inner = vars(translator).get("underlying")
        if inner is None:
            return translator
        translator = inner
    return translator


# ----------------------------------------------------------------------------------- the wrapper


class GlossaryTranslator(TranslatorWrapper):
    """A translator that enforces a glossary on another translator's output (see the module docstring)."""

    def __init__(self, underlying, glossary: Glossary, method: str = "auto", names: str = "ascii",
                 files: Sequence[str | Path] = (), bonus: float = 1.0):
        if method not in METHODS:
            raise ValueError(f"unknown glossary method {method!r}; use one of {', '.join(METHODS)}")
        if names not in NAME_STYLES:
            raise ValueError(f"unknown name style {names!r}; use one of {', '.join(NAME_STYLES)}")
        super().__init__(underlying)
        self.glossary, self.method, self.names = glossary, method, names
        self.files = [str(f) for f in files]
        self.bonus = bonus
        self.engine = _innermost(underlying)
        self._commit: dict[tuple[int, ...], int] = {}  # phrase token ids -> tokens of its first word
        self._glue_ids: list[int] | None = None
        self.constrained_problem = self._constrained_problem()

    def decoding(self) -> dict:
        settings = dict(self.underlying.decoding())
        digest = hashlib.sha256("\n".join(f"{e.vi}\t{e.en}" for e in self.glossary).encode()).hexdigest()[:12]
        settings.update(glossary_method=self.method, glossary_names=self.names,
                        glossary_entries=len(self.glossary), glossary_digest=digest,
                        glossary_files=", ".join(self.files) or None)
        if self.method in ("auto", "placeholder"):
            settings["glossary_placeholder"] = "XGLO<n>"
        if self.method in ("placeholder", "constrained") and self.constrained_problem:
            settings["glossary_constrained"] = f"unavailable ({self.constrained_problem}); replace used instead"
        return settings

    def first_pass(self, sentences: list[str]) -> list[str]:
        """What translate(sentences) first hands the translator it wraps - every sentence as the first method
        needs it (placeholders in), or for `constrained` those without terms; later calls carry only the
        sentences a method failed on. A caller with several articles can translate these together beforehand
        (prefetch.py), in batches shared across the articles."""
        found = self._find(sentences)
        first = (self._chain() or ["off"])[0]
        if first == "placeholder":
            return [p for p, _ in self._protect(sentences, found)]
        if first == "constrained":
            return [s for s, m in zip(sentences, found) if not m]
        return list(sentences)

    def _find(self, sentences: list[str]) -> list[list[Match]]:
        return [self.glossary.find(s) if s.strip() else [] for s in sentences]

    def _chain(self) -> list[str]:
        return [m for m in _FALLBACK[self.method] if m != "constrained" or not self.constrained_problem]

    def _protect(self, sentences: list[str], found) -> list[tuple[str, list[Slot]]]:
        return [protect(s, m, name=self.names, merge_adjacent=True) for s, m in zip(sentences, found)]

    def translate(self, sentences: list[str], progress: Callable[[int], None] | None = None) -> list[Translation]:
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
            out = dict(zip(pending, self._constrained(sentences, found, pending, progress)))
            pending = self._check(out, sentences, found, pending, done, "constrained")
        else:  # replace, off
            for i, r in enumerate(self.underlying.translate(sentences, progress)):
                plain[i] = r

        for method in chain[1:] if first in ("placeholder", "constrained") else chain:
            if not pending:
                break
            if method == "constrained":
                out = self._constrained(sentences, found, pending, None)
                pending = self._check(dict(zip(pending, out)), sentences, found, pending, done, "constrained")
            elif method == "replace":
                self._plain(sentences, pending, plain)
                renderings = self._renderings([m for i in pending for m in found[i]])
                for i in pending:
                    text = replace_terms(plain[i].text, found[i], self.names, renderings)
                    done[i] = (plain[i], text, "replace")
                pending = []
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
        return results

    # --- methods --------------------------------------------------------------------------------------
    def _placeholder(self, out: list[Translation], protected, pending: list[int], done) -> list[int]:
        failed = []
        for i in pending:
            slots: list[Slot] = protected[i][1]
            text, misses = restore(out[i].text, slots)
            if misses or _LEFTOVER.search(text):
                failed.append(i)
            else:
                done[i] = (out[i], text, "placeholder")
        return failed

    def _check(self, out, sentences, found, pending: list[int], done, method: str) -> list[int]:
        failed = []
        for i in pending:
            r = out[i]
            if all(t["count"] >= t["expected"] for t in check(r.text, found[i])):
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
        found = {s: r.text for s, r in zip(surfaces, self.underlying.translate(surfaces))}
        # One rendering for different terms says nothing about where either of them went.
        shared = {t for t in found.values() if list(found.values()).count(t) > 1}
        return {s: t for s, t in found.items() if t not in shared}

    def _terms(self, english: str, matches: Sequence[Match], method: str) -> list[TermUse]:
        if not matches:
            return []
        uses = []
        for item in check(english, matches):
            entry = next(m.entry for m in matches if m.entry.vi == item["vi"] and m.entry.en == item["en"])
            uses.append(TermUse(entry, entry.render(self.names), item["expected"],
                                min(item["count"], item["expected"]), method or "off"))
        return uses

    # --- constrained decoding -------------------------------------------------------------------------
    def _constrained_problem(self) -> str | None:
        engine = self.engine
        if "generate_hook" not in vars(engine):
            return f"{type(engine).__name__} has no generation hook"
        model = getattr(engine, "model", None)
        try:
            import torch

            if not isinstance(model, torch.nn.Module):
                return "needs the transformers engine"
        except ImportError:  # pragma: no cover
            return "needs torch"
        return None

    def _phrase_ids(self, texts: Iterable[str]) -> list[list[int]]:
        tok = self.engine.tokenizer
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
        pieces = [str(p) for p in self.engine.tokenizer.convert_ids_to_tokens(ids)]
        starts = [p.startswith(("\u2581", "\u0120", " ")) for p in pieces]
        if not any(starts):  # a vocabulary without word-start marks: WordPiece marks continuations instead
            starts = [not p.startswith("##") for p in pieces]
        return next((j for j in range(1, len(ids)) if starts[j]), len(ids))

    def _glue(self) -> list[int]:
        """Ids of the tokens that continue a word (no word-start mark, starting with a letter or digit)."""
        if self._glue_ids is None:
            tok = self.engine.tokenizer
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

    def _constrained(self, sentences: list[str], found, indices: list[int], progress) -> list[Translation]:
        """Translate sentences[indices] with the engine itself, terms forced in by PhraseConstraints."""
        from pipeline.text.segment import split_long

        if not indices:
            return []
        engine = self.engine
        tok, prefix = engine.tokenizer, engine.handling.prefix
        by_ids: dict[tuple[int, ...], list] = {}
        limit = engine.max_input_tokens - 4
        for i in indices:
            s = sentences[i]
            if not found[i]:
                continue
            parts = [s] if engine.count_tokens(s) <= limit else split_long(s, limit, engine.count_tokens)
            for part in parts:
                by_ids[tuple(tok(prefix + part)["input_ids"])] = self._constraints_for(part)
        glue = self._glue()
        eos = getattr(engine.model.generation_config, "eos_token_id", None)
        eos = tok.eos_token_id if eos is None else eos
        eos_ids = set(eos if isinstance(eos, list) else [eos])

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

        engine.generate_hook = hook
        try:
            return engine.translate([sentences[i] for i in indices], progress)
        finally:
            engine.generate_hook = None


# ------------------------------------------------------------------------------------------ report


def report(results: Sequence[Translation], labels: Sequence[str] | None = None) -> tuple[list[dict], list[str], dict]:
    """A brief's ``glossary`` list ({vi, en, count, enforced, found, method} per entry found in the source,
    in order of first appearance), one warning per entry whose English is missing somewhere, and the number
    of term occurrences per method (for the decoding settings)."""
    entries: dict[tuple, dict] = {}
    misses: dict[tuple, list[str]] = {}
    used: dict[str, int] = {}
    for k, r in enumerate(results):
        for t in getattr(r, "terms", None) or []:
            item = entries.setdefault(t.entry.key, {"vi": t.entry.vi, "en": t.en, "count": 0, "found": 0,
                                                    "enforced": True, "method": []})
            item["count"] += t.count
            item["found"] += t.found
            if t.method not in item["method"]:
                item["method"].append(t.method)
            used[t.method] = used.get(t.method, 0) + t.count
            if t.found < t.count:
                item["enforced"] = False
                misses.setdefault(t.entry.key, []).append(labels[k] if labels and k < len(labels) else f"#{k + 1}")
    out = []
    for key, item in entries.items():
        item["method"] = "+".join(sorted(item["method"], key=lambda m: METHODS.index(m) if m in METHODS else 99))
        out.append(item)
    warnings = []
    for key, where in misses.items():
        item = entries[key]
        shown = ", ".join(where[:3]) + (f" and {len(where) - 3} more" if len(where) > 3 else "")
        warnings.append(f"Glossary: '{item['vi']}' should read '{item['en']}', which is missing from "
                        f"{item['count'] - item['found']} of {item['count']} place(s) ({shown}; method "
                        f"{item['method']}).")
    return out, warnings, used


def names_of(results: Sequence[Translation]) -> dict[str, str]:
    """The Vietnamese personal names of `results` -> their chosen style ({} without a glossary)."""
    names: dict[str, str] = {}
    for r in results:
        names.update(getattr(r, "names", None) or {})
    return names


def restyle(text: str | None, results: Sequence[Translation]) -> str | None:
    """`text` (a summary, a title) with the Vietnamese names of `results` in their chosen style."""
    return apply_names(text, names_of(results)) if text else text


def load_glossary(files: Sequence[str | Path] = (), method: str = "auto", names: str = "ascii",
                  builtin: bool = True) -> Glossary:
    """The built-in glossary merged with user `files` (later ones win), after checking the options.
    Raises ValueError (glossary.GlossaryError for a file) with a message for the user."""
    if method not in METHODS:
        raise ValueError(f"unknown glossary method {method!r}; use one of {', '.join(METHODS)}")
    if names not in NAME_STYLES:
        raise ValueError(f"unknown name style {names!r}; use one of {', '.join(NAME_STYLES)}")
    return Glossary.from_files(list(files), builtin=builtin)


def wrap(translator, files: Sequence[str | Path] = (), method: str = "auto", names: str = "ascii",
         builtin: bool = True) -> GlossaryTranslator:
    """The translator with the built-in glossary (and user `files`, later ones winning) enforced.
    Raises glossary.GlossaryError for an unreadable or malformed file."""
    return GlossaryTranslator(translator, load_glossary(files, method, names, builtin), method, names, files)
