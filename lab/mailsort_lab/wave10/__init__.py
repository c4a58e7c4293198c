"""Wave 10: an evaluation set written apart from the routing code and from the earlier sets
(own senders, wording, stationery, addressing and date styles)."""

from mailsort_lab.wave10.build import generate

__all__ = ["generate"]
