"""Wave 5: an evaluation set written apart from the routing code (issue 10): new wording, layouts,
faces and address forms, for the fixed directory of config/clients.yaml."""

from mailsort_lab.wave5.build import generate

__all__ = ["generate"]
