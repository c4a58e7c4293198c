"""python -m mailsort_lab.wave9 OUT_DIR --n 300 --seed 909 [--clients config/clients.yaml] [--workers N]"""

from __future__ import annotations

from mailsort_lab.evalset import main
from mailsort_lab.wave9.build import generate

if __name__ == "__main__":
    raise SystemExit(main(None, prog="python -m mailsort_lab.wave9", description="Write a wave-9 evaluation set with labels.json",
                          default_seed=909, prefix="w9", generate=generate))
