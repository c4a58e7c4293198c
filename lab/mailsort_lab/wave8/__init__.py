"""Wave 8: an evaluation set written apart from the routing code (new senders, wording, layouts)."""

from mailsort_lab.wave8.build import generate

__all__ = ["generate"]
