"""python -m mailsort_lab.wave11 OUT_DIR --n 300 --seed 1111 [--clients config/clients.yaml] [--workers N]"""

from __future__ import annotations

from mailsort_lab.evalset import main
from mailsort_lab.wave11.build import generate

if __name__ == "__main__":
    raise SystemExit(main(None, prog="python -m mailsort_lab.wave11",
                          description="Write a wave-11 evaluation set with labels.json",
                          default_seed=1111, prefix="w11", generate=generate))
