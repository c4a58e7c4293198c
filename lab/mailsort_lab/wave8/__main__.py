"""python -m mailsort_lab.wave8 OUT_DIR --n 300 --seed 808 [--clients config/clients.yaml] [--workers N]"""

from __future__ import annotations

from mailsort_lab.evalset import main
from mailsort_lab.wave8.build import generate

if __name__ == "__main__":
    raise SystemExit(main(None, prog="python -m mailsort_lab.wave8", description="Write a wave-8 evaluation set with labels.json",
                          default_seed=808, prefix="w8", generate=generate))
