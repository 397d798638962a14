"""Fact checks on translated sentences: does the English keep the numbers, dates and names of the Vietnamese,
all of it, and nothing of the Vietnamese left over? Deterministic, model-free, cheap enough for every
sentence of every brief (see registry.py for the kinds, evidence.py for the summary's links back)."""

from pipeline.checks.base import LIKELY, SEVERITIES, WORTH_A_LOOK, Check, Pair
from pipeline.checks.context import CONTEXT_SENTENCES, preceding
from pipeline.checks.registry import DEFAULT_LEVEL, KINDS, LEVELS, check_pair, describe, totals

__all__ = ["CONTEXT_SENTENCES", "Check", "DEFAULT_LEVEL", "KINDS", "LEVELS", "LIKELY", "Pair", "SEVERITIES",
           "WORTH_A_LOOK", "check_pair", "describe", "preceding", "totals"]
