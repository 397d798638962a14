"""Scoring for `vietbrief eval`: translation (sacreBLEU, COMET), summaries (ROUGE), and run folders
side by side. Pure functions and dataclasses, no Typer or Rich; sacrebleu, rouge_score and comet are
imported only by the functions that use them, so importing this package never pulls in torch.

    inputs          reading files strictly; EvalInputError
    segments        one-segment-per-line files, read as sacreBLEU's command line reads them
    translation     BLEU and chrF++ (sacreBLEU), COMET
    translator_run  what translating with the product's translator cost
    summaries       summaries and references by id; ROUGE
    briefs          the briefs of a vietbrief output folder
    runs            output folders for `eval compare`
    records         the JSON that eval prints and saves
"""

from .briefs import SavedBrief, brief_id, iter_briefs, sum_timings
from .inputs import EvalInputError, decode_utf8, read_jsonl
from .records import (
    SUMMARIZE_EVAL_FILE,
    TRANSLATE_EVAL_FILE,
    TRANSLATE_HYP_FILE,
    comparison_record,
    sha256_of_texts,
    summary_record,
    translation_record,
)
from .runs import INDEX_FILE, CompareRow, SavedRun, compare_runs, load_run
from .segments import (
    HYP,
    REF,
    SRC,
    Segments,
    check_parallel,
    clean_hypothesis,
    empty_segments,
    read_segments,
    segments_text,
    split_segments,
)
from .summaries import (
    PRF,
    ROUGE_LABELS,
    ROUGE_TYPES,
    RougeScores,
    SummarySet,
    load_references,
    load_summaries,
    pair_summaries,
    score_rouge,
    some_ids,
)
from .translation import CometResult, TranslationScores, bleu_tokenizers, score_comet, score_translation
from .translator_run import TranslationRun, translation_run, translator_details

__all__ = [
    "HYP", "INDEX_FILE", "PRF", "REF", "ROUGE_LABELS", "ROUGE_TYPES", "SRC", "SUMMARIZE_EVAL_FILE",
    "TRANSLATE_EVAL_FILE", "TRANSLATE_HYP_FILE", "CometResult", "CompareRow", "EvalInputError",
    "RougeScores", "SavedBrief", "SavedRun", "Segments", "SummarySet", "TranslationRun",
    "TranslationScores", "bleu_tokenizers", "brief_id", "check_parallel", "clean_hypothesis",
    "compare_runs", "comparison_record", "decode_utf8", "empty_segments", "iter_briefs", "load_references",
    "load_run", "load_summaries", "pair_summaries", "read_jsonl", "read_segments", "score_comet",
    "score_rouge", "score_translation", "segments_text", "sha256_of_texts", "some_ids", "split_segments",
    "sum_timings", "summary_record", "translation_record", "translation_run", "translator_details",
]
