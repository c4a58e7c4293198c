"""python -m mailsort_lab.wave10 OUT_DIR --n 300 --seed 1010 [--clients config/clients.yaml] [--workers N]"""

from __future__ import annotations

from mailsort_lab.evalset import main
from mailsort_lab.wave10.build import generate

if __name__ == "__main__":
    raise SystemExit(main(None, prog="python -m mailsort_lab.wave10",
                          description="Write a wave-10 evaluation set with labels.json",
                          default_seed=1010, prefix="w10", generate=generate))
