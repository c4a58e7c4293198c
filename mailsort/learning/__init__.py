"""Learning from review decisions: labels for training, learned aliases for the recipient matcher."""

from .aliases import learned_aliases, with_learned
from .labels import export_labels, record_label

__all__ = ["export_labels", "learned_aliases", "record_label", "with_learned"]
