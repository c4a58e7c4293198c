"""Wave 9: an evaluation set written apart from the routing code (own senders, wording and stationery)."""

from mailsort_lab.wave9.build import generate

__all__ = ["generate"]
