"""A hard held-out evaluation set, built by other means than the training data.

Own wording for all ten categories, own senders, own layouts and fonts, own scanner ageing and
email styles: figures measured on it predict what happens on letters nobody on the team has seen.
Nothing here imports the training generator's templates or renderer.

    python -m mailsort_lab.holdout OUT_DIR --n 300 --seed 7 [--clients config/clients.yaml]

writes OUT_DIR/hx-0001.png ... and OUT_DIR/labels.json ({"version": 1, "items": [...]}, each item
with file, kind, recipient, category, date, deadlines, language and difficulty tags).
"""

from mailsort_lab.holdout.build import generate

__all__ = ["generate"]
