"""Score `mailsort process --json` outcomes against a labelled folder (the figures of issue 3).

    python -m mailsort.evaluate LABELLED_DIR OUTCOMES.jsonl [--json]

`mailsort eval DIR` runs the pipeline and then calls `load_labels`, `score` and `render`.
Every labelled item counts: an item with no outcome line counts as not filed and wrongly
categorised, so a crash cannot make the figures look better.
"""

from .labels import Label, LabelsError, load_labels, read_outcomes
from .report import render
from .score import TARGETS, EvalReport, Figures, score, sender_matches

__all__ = ["TARGETS", "EvalReport", "Figures", "Label", "LabelsError", "load_labels", "read_outcomes",
           "render", "score", "sender_matches"]
