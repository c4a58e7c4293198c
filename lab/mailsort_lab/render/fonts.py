"""The type faces letters are set in, shared by the raster page and the born-digital PDF.

Both renderers measure and draw with the same TrueType files, so a line wrapped for the image
wraps identically in the PDF.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import ImageFont

from mailsort.errors import ToolMissing

FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/truetype/liberation"))

# family -> (regular, bold, italic) file names
FAMILIES: dict[str, tuple[str, str, str]] = {
    "dejavu-sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
    "dejavu-serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"),
    "dejavu-condensed": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf",
                         "DejaVuSansCondensed-Oblique.ttf"),
    "liberation-sans": ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf",
                        "LiberationSans-Italic.ttf"),
    "liberation-serif": ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                         "LiberationSerif-Italic.ttf"),
    "liberation-narrow": ("LiberationSansNarrow-Regular.ttf", "LiberationSansNarrow-Bold.ttf",
                          "LiberationSansNarrow-Italic.ttf"),
    "liberation-mono": ("LiberationMono-Regular.ttf", "LiberationMono-Bold.ttf",
                        "LiberationMono-Italic.ttf"),
}
STYLES = ("regular", "bold", "italic")
PT_TO_MM = 25.4 / 72


@lru_cache(maxsize=None)
def font_path(family: str, style: str = "regular") -> Path:
    if family not in FAMILIES:
        raise ValueError(f"unknown font family {family!r}; known: {', '.join(FAMILIES)}")
    name = FAMILIES[family][STYLES.index(style)]
    for d in FONT_DIRS:
        if (d / name).exists():
            return d / name
    raise ToolMissing(f"font {name} not found in {', '.join(map(str, FONT_DIRS))} "
                      "(install: apt-get install fonts-dejavu-core fonts-liberation)")


@lru_cache(maxsize=None)
def pil_font(family: str, style: str, px: float) -> ImageFont.FreeTypeFont:
    # Fractional sizes keep raster widths equal to the measured ones at low dpi.
    return ImageFont.truetype(str(font_path(family, style)), size=max(px, 1.0))


_MEASURE_PX = 1000  # measure at a large size: widths scale linearly, rounding vanishes


def text_width_mm(text: str, family: str, style: str, size_pt: float) -> float:
    return pil_font(family, style, _MEASURE_PX).getlength(text) / _MEASURE_PX * size_pt * PT_TO_MM


@dataclass(frozen=True)
class Typeface:
    family: str = "dejavu-sans"
    body_pt: float = 11.0          # DIN 5008 suggests 10-12 pt

    def width(self, text: str, style: str = "regular", size: float | None = None) -> float:
        return text_width_mm(text, self.family, style, size or self.body_pt)
