"""python -m mailsort_lab.wave4 OUT_DIR --n 300 --seed 404 [--clients config/clients.yaml]"""

from __future__ import annotations

from mailsort_lab.evalset import main
from mailsort_lab.wave4.build import generate

if __name__ == "__main__":
    raise SystemExit(main(None, prog="python -m mailsort_lab.wave4", description="Write a wave-4 evaluation set with labels.json",
                          default_seed=404, prefix="w4", generate=generate))
