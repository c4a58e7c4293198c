"""mailsort: a mailroom pipeline for virtual-office providers."""

__version__ = "0.1.0"
