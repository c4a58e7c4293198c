"""Wave 3: a blind evaluation set nobody on the team tuned on (issue 3).

Own wording for all ten categories, own sender names, address-block variants, layouts, fonts and
forwarded-email styles; it reuses only the held-out generator's scanner ageing and scan writing.

    python -m mailsort_lab.blind OUT_DIR --n 300 --seed 101 [--clients config/clients.yaml]

writes OUT_DIR/w3-0001.png ... and OUT_DIR/labels.json ({"version": 1, "items": [...]}, each item with
file, kind, recipient, category, date, deadlines, language and difficulty tags).
"""

from mailsort_lab.blind.build import generate

__all__ = ["generate"]
