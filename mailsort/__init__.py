"""mailsort: a mailroom pipeline for virtual-office providers."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("mailsort")       # one place for the number: pyproject.toml
except PackageNotFoundError:                 # running from a source tree that was never installed
    __version__ = "0+unknown"
