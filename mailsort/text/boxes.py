"""A word box as the pool's workers hand it back: a plain tuple, so workers need no pydantic.

The main process turns boxes into `model.Word` (same fields, same meaning).
"""

from __future__ import annotations

from typing import NamedTuple


class Box(NamedTuple):
    text: str
    x: float                 # 0..1 of the page width, from the left
    y: float                 # 0..1 of the page height, from the top
    w: float
    h: float
    conf: float = -1.0       # tesseract confidence 0..100; -1 for a text layer
    block: int = 0
    line: int = 0            # page-wide line counter
