"""Does a small learned model over the origin rules' own features generalise to a set by a new writer?

An experiment (issue 25): the hand rules of pipeline/names/ lift the sets they were written after, but fresh sets
barely move. Here each labelled development set (bench/names_eval.py's readers; never held-out15 or held-out19,
the test sets) is read with the rules, and every person they decided (not by the glossary, and not
a name no Chinese reading fits) becomes an example: the features below, label Chinese or Vietnamese. An
L2-regularised logistic regression (numpy, Newton steps) is trained on them; context words count only where
they occur in at least MIN_SETS sets (so no one writer's words).

Its use would be precision first: only a person the rules left unknown, or Vietnamese by the office convention
or a text's default (`eligible`), may be moved to Chinese, and only above a probability just above every
Vietnamese eligible example's out-of-set probability (each set scored by a model trained on the others): no
Vietnamese person of any training set would have been given pinyin.

    python bench/names_learn.py --loso      # leave one set out: per set, rules alone vs rules + model
    python bench/names_learn.py --curve     # out-of-set probabilities: Chinese and Vietnamese moved per threshold
    python bench/names_learn.py --test-sets held-out15,held-out19   # the test sets, totals only, once, at the end

--loso: for each set, a model and a threshold are chosen on the other sets only (the threshold by an inner leave
one set out among them) and measured on the left-out set. --eligible-only trains on the eligible persons alone.
The model did not ship (bench/data/names/README.md: no threshold that gives no Vietnamese pinyin moves
anyone), so nothing in pipeline/ reads it.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import names_eval as ne  # noqa: E402

from pipeline.glossary.terms import Glossary  # noqa: E402
from pipeline.names import clause, cues, offices, origin, setting, shape, tables  # noqa: E402
from pipeline.names.persons import find_persons  # noqa: E402
from pipeline.names.pinyin import candidates  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEV_SETS, TEST_SETS = ne.CHOOSING_SETS, ne.TEST_SETS
MIN_SETS = 3  # a context word is a feature only where it occurs in this many training sets
L2 = 3.0
TRAIN_ON_ALL = True  # train on every person the rules decided, not only the eligible ones (--eligible-only)
MARGIN = 0.02  # how far above the most Chinese-looking Vietnamese example the threshold stands
_WORD = re.compile(r"[^\W\d_]+")
_CONTEXT = 4  # context words taken on each side of a mention
_MAX_ABS = 50.0


def eligible(person) -> bool:
    """An origin the model may overturn: unknown, or Vietnamese by a convention or a default only."""
    if origin.impossible(person.vi):
        return False
    return person.origin == "unknown" or person.origin == "vietnamese" and person.basis in (origin.CONVENTION,
                                                                                          origin.TEXT)


def _blank(sentence: str, spans: list[tuple[int, int]]) -> str:
    for a, b in spans:
        sentence = sentence[:a] + " " * (b - a) + sentence[b:]
    return sentence


def _counts(prefix: str, text: str, out: dict[str, float]) -> None:
    chinese, vietnamese = cues.count(text, bilateral=True)
    out[prefix + "cn"] = max(out.get(prefix + "cn", 0.0), min(chinese, 3) / 3)
    out[prefix + "vn"] = max(out.get(prefix + "vn", 0.0), min(vietnamese, 3) / 3)


def features(person, sentences: Sequence[str], people) -> dict[str, float]:
    """The model's inputs for one person (persons.Person, decided by the rules) of `sentences`."""
    f: dict[str, float] = {"bias": 1.0, f"rule:{person.origin}:{person.basis}": 1.0}
    score = shape.score(person.vi)
    f["shape"] = max(-3.0, min(3.0, score / 4))
    f["shape>0"] = float(score > 0)
    words = person.vi.split()
    f[f"syllables:{min(len(words), 4)}"] = 1.0
    f["compound surname"] = float(len(words) >= 3 and bool(tables.surnames(" ".join(words[:2]))))
    spans: dict[int, list[tuple[int, int]]] = {}
    for p in people:
        for m in p.mentions:
            spans.setdefault(m.sentence, []).append((m.start, m.end))
    own = sorted({m.sentence for m in person.mentions})
    for m in person.mentions:
        sentence = sentences[m.sentence]
        others = [s for s in spans.get(m.sentence, []) if s != (m.start, m.end)]
        before, after = clause.windows(sentence, m.start, m.end, others)
        _counts("own:", before + " " + after, f)
        blanked = _blank(sentence, spans.get(m.sentence, []))
        _counts("sentence:", blanked, f)
        _counts("sentence before name:", blanked[:m.start], f)
        for name, value in (("office", offices.office(before)), ("title", offices.has_title(before)),
                            ("foreign office", offices.foreign_office(before)),
                            ("apposition", bool(after.strip())), ("names vietnam", setting.names_vietnam(blanked)),
                            ("names china", cues.names_china(blanked)),
                            ("elsewhere", bool(cues.ELSEWHERE_RE.search(blanked)))):
            f[name] = max(f.get(name, 0.0), float(value))
        placed = setting.china_only(blanked)
        if placed:
            f["china only:" + placed] = 1.0
        left = [tables.key(w) for w in _WORD.findall(sentence[:m.start])][-_CONTEXT:]
        right = [tables.key(w) for w in _WORD.findall(sentence[m.end:])][:_CONTEXT]
        for w in left:
            f["before:" + w] = 1.0
        for w in right:
            f["after:" + w] = 1.0
    around = {j for k in own for j in range(max(0, k - 2), min(len(sentences), k + 3))} - set(own)
    _counts("around:", " ".join(sentences[k] for k in sorted(around)), f)
    _counts("text:", " ".join(sentences), f)
    return f


def probability(f: dict[str, float], weights: dict[str, float]) -> float:
    z = sum(weights.get(k, 0.0) * v for k, v in f.items())
    return 1 / (1 + math.exp(-max(-_MAX_ABS, min(_MAX_ABS, z))))


def _sentences(text: str) -> list[str]:
    from pipeline.text.segment import split_sentences

    text = unicodedata.normalize("NFC", text)
    return [s for line in text.splitlines() if line.strip() for s in split_sentences(line)]


def collect(name: str, test: bool = False) -> list[dict]:
    """One record per labelled person of set `name`: what the rules give (inference alone), and features where
    the rules decided (not the glossary, not an impossible name). A test set only with `test`."""
    if (name in TEST_SETS) != test:
        raise ValueError(f"{name}: a test set is read only by --test-sets, and only test sets are")
    records = []
    for vi, en, label, text in ne.items(name):
        sentences = _sentences(text)
        people = find_persons(sentences, Glossary())
        person = next((p for p in people if p.vi == vi), None)
        rec = {"set": name, "vi": vi, "en": en, "chinese": label == "chinese", "found": person is not None}
        if person is not None:
            rec.update(origin=person.origin, got=person.en, among=[c.en for c in person.candidates],
                       eligible=eligible(person))
            # every person the rules decided is an example (more data for the context words' weights), but
            # only an eligible one may be moved
            if person.origin != "glossary" and not origin.impossible(person.vi):
                rec["features"] = features(person, sentences, people)
            if rec["eligible"]:
                moved = person.candidates or candidates(person.vi)
                rec["moved"] = moved[0].en if moved else None
                rec["moved_among"] = [c.en for c in moved]
        records.append(rec)
    return records


def vocabulary(records: list[dict]) -> list[str]:
    """The features of the eligible examples: every rule feature, context words only in MIN_SETS sets."""
    seen: dict[str, set[str]] = {}
    for r in records:
        for k in r.get("features", {}):
            seen.setdefault(k, set()).add(r["set"])
    return sorted(k for k, sets in seen.items()
                  if not k.startswith(("before:", "after:")) or len(sets) >= MIN_SETS)


def _matrix(records: list[dict], vocab: list[str]) -> np.ndarray:
    index = {k: j for j, k in enumerate(vocab)}
    x = np.zeros((len(records), len(vocab)))
    for i, r in enumerate(records):
        for k, v in r["features"].items():
            if k in index:
                x[i, index[k]] = v
    return x


def train(records: list[dict]) -> dict[str, float]:
    """L2-regularised logistic regression by Newton's method (the bias unpenalised)."""
    examples = [r for r in records if "features" in r and (TRAIN_ON_ALL or r["eligible"])]
    vocab = vocabulary(examples)
    x = _matrix(examples, vocab)
    y = np.array([float(r["chinese"]) for r in examples])
    penalty = np.full(len(vocab), L2)
    penalty[vocab.index("bias")] = 1e-6
    w = np.zeros(len(vocab))
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(x @ w, -50, 50)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    return {k: round(float(v), 4) for k, v in zip(vocab, w) if abs(v) >= 5e-5}


def _probabilities(weights: dict[str, float], records: list[dict]) -> list[float]:
    return [probability(r["features"], weights) for r in records if "features" in r]


def threshold(by_set: dict[str, list[dict]]) -> float:
    """Precision first: just above every Vietnamese example's out-of-set probability (leave one set out)."""
    worst = 0.5
    for left in by_set:
        weights = train([r for name, rs in by_set.items() if name != left for r in rs])
        examples = [r for r in by_set[left] if r.get("eligible")]
        for r, p in zip(examples, _probabilities(weights, examples)):
            if not r["chinese"]:
                worst = max(worst, p)
    return min(round(worst + MARGIN, 4), 0.999)


def score(records: list[dict], weights: dict[str, float] | None, at: float) -> dict[str, int]:
    """names_eval's counts for `records`, with the model's moves (weights None: rules alone)."""
    s = {"chinese": 0, "exact": 0, "among": 0, "vietnamese": 0, "kept": 0, "pinyin": 0, "moved": 0}
    for r in records:
        got, origin, among = r.get("got"), r.get("origin"), r.get("among", [])
        if weights is not None and r.get("eligible") and r["moved"] \
                and probability(r["features"], weights) >= at:
            got, origin, among, s["moved"] = r["moved"], "inferred", r["moved_among"], s["moved"] + 1
        if r["chinese"]:
            s["chinese"] += 1
            s["exact"] += r["found"] and got == r["en"]
            s["among"] += r["found"] and (got == r["en"] or r["en"] in among)
        else:
            s["vietnamese"] += 1
            s["kept"] += r["found"] and origin in ("vietnamese", "glossary") and got == r["en"]
            s["pinyin"] += r["found"] and origin == "inferred"
    return s


def _line(name: str, a: dict, b: dict, extra: str = "") -> str:
    return (f"{name:20s} exact {a['exact']:3d} -> {b['exact']:3d}, among {a['among']:3d} -> {b['among']:3d} "
            f"of {a['chinese']:3d}; kept {a['kept']:3d} -> {b['kept']:3d}, pinyin {a['pinyin']} -> {b['pinyin']} "
            f"of {a['vietnamese']:3d}; moved {b['moved']}{extra}")


def loso(by_set: dict[str, list[dict]]) -> None:
    total_a: dict[str, int] = {}
    total_b: dict[str, int] = {}
    for left in by_set:
        rest = {n: rs for n, rs in by_set.items() if n != left}
        weights = train([r for rs in rest.values() for r in rs])
        at = threshold(rest)
        a, b = score(by_set[left], None, 0), score(by_set[left], weights, at)
        for k in a:
            total_a[k] = total_a.get(k, 0) + a[k]
            total_b[k] = total_b.get(k, 0) + b[k]
        print(_line(left, a, b, f" (threshold {at:.3f})"), flush=True)
    print(_line("total", total_a, total_b))


def oof(by_set: dict[str, list[dict]]) -> list[tuple[float, dict]]:
    """Each eligible example with its out-of-set probability (a model trained on the other sets)."""
    out = []
    for left in by_set:
        weights = train([r for name, rs in by_set.items() if name != left for r in rs])
        examples = [r for r in by_set[left] if r.get("eligible")]
        out += list(zip(_probabilities(weights, examples), examples))
    return out


def curve(by_set: dict[str, list[dict]]) -> None:
    """What each threshold would move, out of set: Chinese (exact gained) and Vietnamese given pinyin."""
    scored = oof(by_set)
    chinese = [p for p, r in scored if r["chinese"]]
    vietnamese = [p for p, r in scored if not r["chinese"]]
    auc = sum((a > b) + 0.5 * (a == b) for a in chinese for b in vietnamese) / len(chinese) / len(vietnamese)
    print(f"eligible: {len(chinese)} Chinese, {len(vietnamese)} Vietnamese; out-of-set AUC {auc:.3f}; "
          f"the most Chinese-looking Vietnamese {max(vietnamese):.3f}")
    for at in (0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.6, 0.5):
        moved = [r for p, r in scored if p >= at and r["moved"]]
        gained = sum(r["chinese"] and r["moved"] == r["en"] and r["got"] != r["en"] for r in moved)
        print(f"  p >= {at}: Chinese moved {sum(r['chinese'] for r in moved)} (exact gained {gained}), "
              f"Vietnamese given pinyin {sum(not r['chinese'] for r in moved)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--loso", action="store_true")
    ap.add_argument("--curve", action="store_true")
    ap.add_argument("--eligible-only", action="store_true", help="train only on the persons a move may touch")
    ap.add_argument("--test-sets", default="", help="comma-separated test sets: totals only, rules alone vs rules + "
                                                    "the model trained on every development set")
    args = ap.parse_args()
    global TRAIN_ON_ALL
    TRAIN_ON_ALL = not args.eligible_only
    dev = {name: collect(name) for name in DEV_SETS} if args.loso or args.curve or args.test_sets else {}
    if args.loso:
        loso(dev)
    if args.curve:
        curve(dev)
    if args.test_sets:
        weights = train([r for rs in dev.values() for r in rs])
        at = threshold(dev)
        for name in args.test_sets.split(","):
            records = collect(name, test=True)
            a, b = score(records, None, 0), score(records, weights, at)
            print(f"{name} (threshold {at:.3f}): rules alone exact {a['exact']}, among {a['among']} of "
                  f"{a['chinese']}, kept {a['kept']}, given pinyin {a['pinyin']} of {a['vietnamese']}; rules + "
                  f"model exact {b['exact']}, among {b['among']}, kept {b['kept']}, given pinyin {b['pinyin']}; "
                  f"moved {b['moved']}")


if __name__ == "__main__":
    main()
