"""B-cubed precision, recall and F1 of a grouping against gold labels (Bagga & Baldwin 1998): per article,
the share of its predicted story that belongs to its gold story (precision) and the share of its gold story
that its predicted story holds (recall), averaged over articles."""

from __future__ import annotations

from collections import Counter


def bcubed(predicted: list, gold: list) -> tuple[float, float, float]:
    """(precision, recall, F1) of two labelings of the same articles, in the same order."""
    if len(predicted) != len(gold):
        raise ValueError("predicted and gold label different numbers of articles")
    if not gold:
        return 1.0, 1.0, 1.0
    pairs = Counter(zip(predicted, gold))
    pred_sizes, gold_sizes = Counter(predicted), Counter(gold)
    p = sum(pairs[(a, b)] / pred_sizes[a] for a, b in zip(predicted, gold)) / len(gold)
    r = sum(pairs[(a, b)] / gold_sizes[b] for a, b in zip(predicted, gold)) / len(gold)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
