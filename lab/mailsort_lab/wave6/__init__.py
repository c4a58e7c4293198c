"""Wave 6: an evaluation set written apart from the routing code (new senders, wording, layouts)."""

from mailsort_lab.wave6.build import generate

__all__ = ["generate"]
