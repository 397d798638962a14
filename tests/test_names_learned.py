"""bench/names_learn.py: the learned origin experiment. Its model did not ship; these check that the
experiment measures what it says (features from the rules' own reading, training, the precision-first threshold,
the scoring) and that it never reads a test set for training."""

from __future__ import annotations


import pytest

from pipeline.glossary.terms import Glossary
from pipeline.names import tables
from pipeline.names.persons import find_persons
from helpers import bench_script


@pytest.fixture(scope="module")
def learn():
    return bench_script("names_learn")


def _features(learn, sentence: str, name: str) -> dict[str, float]:
    people = find_persons([sentence], Glossary())
    person = next(p for p in people if p.vi == name)
    return learn.features(person, [sentence], people)


def test_features_read_the_persons_own_words_and_context(learn):
    chinese = _features(learn, "Thứ trưởng Bộ Công an Trung Quốc Vương Tiểu Hồng hội đàm với đoàn Việt Nam.",
                        "Vương Tiểu Hồng")
    assert chinese["own:cn"] > 0 and chinese.get("own:vn", 0) == 0
    assert chinese["rule:inferred:own words"] == 1.0
    assert chinese["before:" + tables.key("Quốc")] == 1.0 and "after:" + tables.key("hội") in chinese  # context
    vietnamese = _features(learn, "Bộ trưởng Bộ Công an Tô Lâm chủ trì hội nghị tại Hà Nội.", "Tô Lâm")
    assert vietnamese.get("own:cn", 0) == 0 and vietnamese["office"] == 1.0
    assert vietnamese["sentence:vn"] > 0


def _record(name: str, chinese: bool, feats: dict[str, float], *, eligible: bool = True, moved: str = "Wang Yi"):
    return {"set": name, "vi": "X", "en": "Wang Yi" if chinese else "X", "chinese": chinese, "found": True,
            "origin": "unknown", "got": "X", "among": [], "eligible": eligible, "features": {"bias": 1.0, **feats},
            "moved": moved, "moved_among": [moved]}


def test_training_learns_a_separating_feature_and_keeps_only_shared_context_words(learn):
    records = [_record(f"s{k % 4}", k % 2 == 0, {"cue": float(k % 2 == 0), **({"before:lone": 1.0} if k < 8 else {})})
               for k in range(40)]
    weights = learn.train(records)
    assert weights["cue"] > 1
    assert "before:lone" not in weights  # a context word of one set only is no feature
    assert learn.probability({"bias": 1.0, "cue": 1.0}, weights) > 0.5 > learn.probability({"bias": 1.0}, weights)


def test_the_threshold_stands_above_every_vietnamese_out_of_set_probability(learn):
    by_set = {f"s{s}": [_record(f"s{s}", k % 2 == 0, {"cue": float(k % 2 == 0)}) for k in range(10)]
              for s in range(3)}
    # a Vietnamese person with the Chinese cue, in one set: the others' model scores it high
    by_set["s0"].append(_record("s0", False, {"cue": 1.0}))
    at = learn.threshold(by_set)
    weights = learn.train([r for n, rs in by_set.items() if n != "s0" for r in rs])
    assert at > learn.probability(by_set["s0"][-1]["features"], weights)
    # and nothing any set's Vietnamese would be moved at it
    for left in by_set:
        weights = learn.train([r for n, rs in by_set.items() if n != left for r in rs])
        assert learn.score(by_set[left], weights, at)["pinyin"] == 0


def test_scoring_moves_only_eligible_persons_above_the_threshold(learn):
    weights = {"bias": 0.0, "cue": 5.0}
    records = [_record("s", True, {"cue": 1.0}), _record("s", True, {"cue": 1.0}, eligible=False),
               _record("s", False, {"cue": 1.0}), _record("s", True, {"cue": 0.0})]
    records[2]["origin"] = "vietnamese"
    before, after = learn.score(records, None, 0.5), learn.score(records, weights, 0.9)
    assert (before["exact"], before["kept"], before["pinyin"]) == (0, 1, 0)
    assert (after["exact"], after["kept"], after["pinyin"], after["moved"]) == (1, 0, 1, 2)


def test_a_test_set_is_never_read_for_training(learn):
    for name in ("held-out15", "held-out19"):
        with pytest.raises(ValueError):
            learn.collect(name)
