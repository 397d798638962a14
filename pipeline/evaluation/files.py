"""The files `vietbrief eval ... --save` writes in a run folder, which `eval compare` reads back (runs.py).

Apart from records.py, which describes their content, so that the modules naming them need not import it
(records.py refers to their types in turn: importing it would close a cycle).
"""

TRANSLATE_EVAL_FILE = "eval-translate.json"
TRANSLATE_HYP_FILE = "eval-translate.hyp.txt"
SUMMARIZE_EVAL_FILE = "eval-summarize.json"
