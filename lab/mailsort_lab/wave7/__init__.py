"""Wave 7: an evaluation set written apart from the routing code (new senders, wording, layouts)."""

from mailsort_lab.wave7.build import generate

__all__ = ["generate"]
