"""Intake: which files to take, whether they are safe and whole, and what an email contains."""

from .email import parse_email
from .sniff import InputVanished, sniff

__all__ = ["InputVanished", "parse_email", "sniff"]
