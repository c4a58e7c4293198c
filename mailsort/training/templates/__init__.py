"""Wording of training letters, one module per family of categories; importing registers them."""

from . import finance, official, payment, trade  # noqa: F401  (registration side effect)
from .base import REGISTRY, Ctx, Spec, template

__all__ = ["REGISTRY", "Ctx", "Spec", "template"]
