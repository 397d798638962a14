"""Token-budget batching: sort by length so padding is small, then restore the caller's order."""

from __future__ import annotations

from typing import Iterator


def token_budget_batches(lengths: list[int], budget: int) -> Iterator[list[int]]:
    """Yield lists of indices into `lengths`, longest first, each costing at most `budget` padded tokens.

    The cost of a batch is rows x longest row, because that is what the padded tensor holds. A single item
    longer than the budget still gets a batch of its own rather than being dropped.
    """
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    batch: list[int] = []
    for i in order:
        longest = lengths[batch[0]] if batch else lengths[i]
        if batch and longest * (len(batch) + 1) > budget:
            yield batch
            batch = []
        batch.append(i)
    if batch:
        yield batch
