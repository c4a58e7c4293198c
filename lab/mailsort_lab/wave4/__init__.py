"""Wave 4: an evaluation set written apart from the routing work (issue 10).

New wording for all ten categories (German, some English), new letterheads (a band across the
top, a sidebar, a centred head, private letters), address blocks with c/o lines, 'Nr. 1234' or
'Postfach 1234' under the provider's name, person-only blocks; received stamps and handwritten
notes with dates beside the letter date; relative and multiple deadlines; scans at 150-300 dpi,
JPEG, skew and pale toner. Drawing, scanner ageing and email forwarding are the lab's shared helpers.

    python -m mailsort_lab.wave4 OUT_DIR --n 300 --seed 404
"""

from mailsort_lab.wave4.build import generate

__all__ = ["generate"]
