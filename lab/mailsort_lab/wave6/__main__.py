"""python -m mailsort_lab.wave6 OUT_DIR --n 300 --seed 606 [--clients config/clients.yaml] [--workers N]"""

from __future__ import annotations

from mailsort_lab.evalset import main
from mailsort_lab.wave6.build import generate

if __name__ == "__main__":
    raise SystemExit(main(None, prog="python -m mailsort_lab.wave6", description="Write a wave-6 evaluation set with labels.json",
                          default_seed=606, prefix="w6", generate=generate))
