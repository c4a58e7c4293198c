"""python -m mailsort_lab.wave5 OUT_DIR --n 300 --seed 505 [--clients config/clients.yaml]"""

from __future__ import annotations

from mailsort_lab.evalset import main
from mailsort_lab.wave5.build import generate

if __name__ == "__main__":
    raise SystemExit(main(None, prog="python -m mailsort_lab.wave5", description="Write a wave-5 evaluation set with labels.json",
                          default_seed=505, prefix="w5", generate=generate))
