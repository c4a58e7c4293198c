"""python -m mailsort_lab.wave7 OUT_DIR --n 300 --seed 707 [--clients config/clients.yaml] [--workers N]"""

from __future__ import annotations

from mailsort_lab.evalset import main
from mailsort_lab.wave7.build import generate

if __name__ == "__main__":
    raise SystemExit(main(None, prog="python -m mailsort_lab.wave7", description="Write a wave-7 evaluation set with labels.json",
                          default_seed=707, prefix="w7", generate=generate))
