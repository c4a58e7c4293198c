"""Wording of training letters, one module per family of categories; importing registers them."""

from . import (borders, finance, more_finance, more_official, more_other, more_payment, more_trade,  # noqa: F401
               official, payment, trade)  # (registration side effect)
from .base import REGISTRY, Ctx, Spec, template

__all__ = ["REGISTRY", "Ctx", "Spec", "template"]
