"""Intake: which files to take, whether they are safe and whole, and what an email contains."""

from .email import parse_email
from .inputs import InputNotFound, iter_inputs
from .sniff import InputVanished, sniff
from .watcher import Watcher

__all__ = ["InputNotFound", "InputVanished", "Watcher", "iter_inputs", "parse_email", "sniff"]
