"""The archive: storage (local folder or S3), the SQLAlchemy index with full-text search and the
event trail, quarantine, and crash-safe filing. The pipeline uses `Archive`."""

from .filing import Archive
from .index import Index
from .local import LocalStore
from .records import EventRow, ItemRow, SearchHit
from .backends import make_store
from .store import BadKey, KeyMissing, Store, check_key

__all__ = ["Archive", "BadKey", "EventRow", "Index", "ItemRow", "KeyMissing", "LocalStore", "SearchHit",
           "Store", "check_key", "make_store"]
