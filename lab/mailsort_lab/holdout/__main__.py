"""python -m mailsort_lab.holdout OUT_DIR --n 300 --seed 7 [--clients config/clients.yaml]"""

from __future__ import annotations

from mailsort_lab.evalset import main
from mailsort_lab.holdout.build import generate

if __name__ == "__main__":
    raise SystemExit(main(None, prog="python -m mailsort_lab.holdout", description="Write a hard held-out evaluation set with labels.json",
                          default_seed=7, prefix="hx", generate=generate))
