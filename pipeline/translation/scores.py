"""The model's own confidence in a translation: the mean log-probability of the tokens it chose.

Definition (recorded once in every brief's provenance, `SCORE_DEFINITION`): the mean, over the tokens the
decoder chose - the end-of-sentence token included, the decoder's start token and any token forced on it (a
target-language code, the end token forced at the length cap) left out - of each token's natural-log
probability as beam search scored it (after the decoding constraints: n-gram blocking, repetition penalty).
No length penalty: it is a per-token mean, comparable between short and long sentences. A sentence translated
in pieces gets the mean over all its pieces' tokens.

It costs no extra model pass on either engine:

* CTranslate2 returns each hypothesis's cumulative log-probability divided by length ** length_penalty
  (`return_scores`); measured on the tiny test models against `score_batch`: the sum covers the generated
  tokens and the end token, not the target prefix, while the length counts every token of the hypothesis.
  `ct2.CT2Seq2SeqModel` undoes the penalty and divides by the tokens it chose.
* transformers keeps its beam scores only with `output_scores`, which holds a vocabulary-sized tensor per
  step and beam (gigabytes for one batch of 2048 tokens); `TokenScores` below keeps the best few entries of
  each row instead - the chosen token is always among them - and `choose` reads the chosen tokens' values
  back through `beam_indices`.
"""

from __future__ import annotations

import math

# A sequence's (sum of its chosen tokens' log-probabilities, tokens counted), or None when it has no score.
Scored = tuple[float, int] | None

# Scores are rounded to this many decimals: a sentence's score moves by ~1e-7 with the batch it is decoded in
# (padding), and a brief must not change with its batch (the cache, grouped runs and Ray rely on that); two
# decimals put a rounding boundary in reach of that noise about once in 100,000 sentences.
DECIMALS = 2

SCORE_DEFINITION = ("mean natural-log probability per generated token (end token included, forced tokens left "
                    "out), as decoding scored it; 0 is certainty, lower is less sure; not calibrated")


class TokenScores:
    """A logits processor (placed last) that records, per decoding step, the top entries of each row: enough to
    read back the log-probability of whichever token beam search (or greedy search) picked from that row."""

    def __init__(self, beams: int):
        # Beam search keeps the best 2 x beams continuations over all rows, so a token it picks from a row is
        # among that row's best 2 x beams; greedy search takes the best one.
        self.k = 2 * beams if beams > 1 else 1
        self.greedy = beams <= 1
        self.steps: list = []  # per step, (values, token ids) of each row's best entries

    def __call__(self, input_ids, scores):
        import torch

        # Beam search hands processors log-probabilities; greedy search hands them raw logits.
        logp = torch.log_softmax(scores.float(), dim=-1) if self.greedy else scores
        values, indices = torch.topk(logp, k=min(self.k, logp.shape[-1]), dim=-1)
        self.steps.append((values.cpu(), indices.cpu()))
        return scores

    def choose(self, sequences: list[list[int]], prompt: int, beam_indices, eos: set[int],
               forced_first: bool, forced_eos: int | None, max_new: int) -> list[Scored]:
        """(sum of log-probabilities, tokens counted) per row of `sequences` (decoder prompt of `prompt` tokens
        first), or None where a chosen token is not among the recorded entries (which beam search rules out)."""
        rows = beam_indices.tolist() if beam_indices is not None else None
        out: list[Scored] = []
        for b, seq in enumerate(sequences):
            total, count, ok = 0.0, 0, True
            generated = seq[prompt:]
            for t, token in enumerate(generated):
                if t >= len(self.steps):
                    break
                row = rows[b][t] if rows is not None else b
                if row < 0:  # past this hypothesis's end (beam search pads with -1)
                    break
                last = token in eos or t + 1 == max_new
                forced = (t == 0 and forced_first) or (last and token == forced_eos and t + 1 == max_new)
                if not forced:
                    values, indices = self.steps[t]
                    hit = (indices[row] == token).nonzero()
                    if len(hit) == 0:
                        ok = False
                        break
                    total += float(values[row][hit[0, 0]])
                    count += 1
                if token in eos:
                    break
            out.append((total, count) if ok and count else None)
        return out


def mean(parts: list[Scored]) -> float | None:
    """The score of a sentence from its pieces' (sum, tokens): None when any piece has none."""
    if not parts or any(p is None for p in parts):
        return None
    tokens = sum(n for _, n in parts)  # type: ignore[misc]
    score = sum(s for s, _ in parts) / tokens if tokens else None  # type: ignore[misc]
    # A token decoding had ruled out (-inf) can only be a forced one the reading back did not expect: no score.
    return round(score, DECIMALS) if score is not None and math.isfinite(score) else None
