"""python -m mailsort_lab.blind OUT_DIR --n 300 --seed 101 [--clients config/clients.yaml]"""

from __future__ import annotations

from mailsort_lab.evalset import main
from mailsort_lab.blind.build import generate

if __name__ == "__main__":
    raise SystemExit(main(None, prog="python -m mailsort_lab.blind", description="Write a blind (wave 3) evaluation set with labels.json",
                          default_seed=101, prefix="w3", generate=generate))
