"""Page images: opening (with the decompression-bomb guard), deskew and turning upright."""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from ..errors import CorruptInput, TooLarge

# Formats tesseract reads directly: an untouched single-frame file is handed over as it is.
_DIRECT_FORMATS = {"PNG", "JPEG"}
_MAX_SKEW = 5.0


def set_pixel_limit(max_pixels: int) -> None:
    # PIL warns above the limit and raises above twice it; we check the limit ourselves.
    Image.MAX_IMAGE_PIXELS = max_pixels


def open_image(path: Path, max_pixels: int, name: str | None = None) -> Image.Image:
    """Open lazily; raise TooLarge/CorruptInput with the file name in the message."""
    name = name or path.name
    set_pixel_limit(max_pixels)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(path)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise TooLarge(f"{name}: image is too large to process (decompression-bomb guard)") from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise CorruptInput(f"{name}: image cannot be read ({type(exc).__name__})") from exc
    if img.width * img.height > max_pixels:
        raise TooLarge(f"{name}: image of {img.width}x{img.height} pixels exceeds the limit of "
                       f"{max_pixels} pixels")
    return img


def frame_count(path: Path, max_pixels: int, name: str | None = None) -> int:
    img = open_image(path, max_pixels, name)
    try:
        return int(getattr(img, "n_frames", 1))
    except (OSError, ValueError) as exc:
        raise CorruptInput(f"{name or path.name}: image frames cannot be read") from exc
    finally:
        img.close()


def load_frame(path: Path, frame: int, max_pixels: int, name: str | None = None
               ) -> tuple[Image.Image, int, bool]:
    """(image, dpi, direct): `direct` means the file itself can be given to tesseract."""
    img = open_image(path, max_pixels, name)
    try:
        if frame:
            img.seek(frame)
        if img.width * img.height > max_pixels:
            raise TooLarge(f"{name or path.name}: page {frame + 1} exceeds the pixel limit")
        fmt = img.format
        img.load()
    except (OSError, EOFError, ValueError) as exc:
        raise CorruptInput(f"{name or path.name}: page {frame + 1} cannot be decoded "
                           f"({type(exc).__name__})") from exc
    dpi = image_dpi(img)
    direct = fmt in _DIRECT_FORMATS and getattr(img, "n_frames", 1) == 1
    if img.mode not in ("1", "L", "RGB"):
        img = flatten(img)
        direct = False
    return img, dpi, direct


def flatten(img: Image.Image) -> Image.Image:
    if "A" in img.getbands() or img.mode == "P":
        rgba = img.convert("RGBA")
        bg = Image.new("RGB", rgba.size, (255, 255, 255))
        bg.paste(rgba, mask=rgba.getchannel("A"))
        return bg
    return img.convert("L" if img.mode in ("I", "I;16", "F", "LA") else "RGB")


def image_dpi(img: Image.Image) -> int:
    """Declared dpi, or a guess from the width of an A4 page when the file declares none."""
    dpi = img.info.get("dpi")
    try:
        value = int(round(float(dpi[0]))) if dpi else 0
    except (TypeError, ValueError):
        value = 0
    if value < 50 or value > 1200:
        value = max(72, min(600, int(round(min(img.size) / 8.27))))
    return value


def _binary_small(img: Image.Image, target: int = 900) -> np.ndarray:
    gray = img.convert("L")
    scale = target / max(gray.size)
    if scale < 1:
        gray = gray.resize((max(1, int(gray.width * scale)), max(1, int(gray.height * scale))),
                           Image.Resampling.BILINEAR)
    arr = np.asarray(gray, dtype=np.uint8)
    # Ink is what is clearly darker than the page; robust to grey backgrounds.
    thresh = min(160, int(np.percentile(arr, 50)) - 40)
    return (arr < thresh).astype(np.uint8) * 255


def _profile_score(ink: Image.Image, angle: float) -> float:
    rotated = np.asarray(ink.rotate(angle, resample=Image.Resampling.NEAREST, fillcolor=0))
    rows = rotated.sum(axis=1, dtype=np.float64)
    return float(np.sum(np.diff(rows) ** 2))


def estimate_skew(img: Image.Image) -> float:
    """Degrees (counter-clockwise, PIL's sense) that straighten the text lines; 0.0 if unsure.

    Projection profile on a downscaled binary image: rows of text give the sharpest row-sum
    profile when the lines are horizontal. Coarse 0.5° search then a 0.1° refinement.
    """
    binary = _binary_small(img)
    if binary.mean() < 0.2:               # (0..255 scale) an almost empty page: leave it
        return 0.0
    ink = Image.fromarray(binary)
    coarse = {a: _profile_score(ink, a) for a in np.arange(-_MAX_SKEW, _MAX_SKEW + 0.01, 0.5)}
    best = max(coarse, key=coarse.get)
    fine = {a: _profile_score(ink, a) for a in np.arange(best - 0.4, best + 0.41, 0.1)}
    best = float(max(fine, key=fine.get))
    base = coarse.get(0.0) or _profile_score(ink, 0.0)
    # Only rotate when it clearly helps; resampling a straight page only blurs it.
    if abs(best) < 0.25 or fine[max(fine, key=fine.get)] < base * 1.05:
        return 0.0
    return round(best, 1)


def rotate(img: Image.Image, degrees_ccw: float) -> Image.Image:
    if not degrees_ccw:
        return img
    fill = 255 if img.mode in ("L", "1") else (255, 255, 255)
    src = img.convert("L") if img.mode == "1" else img
    return src.rotate(degrees_ccw, resample=Image.Resampling.BILINEAR, fillcolor=fill,
                      expand=False)


def turn_upright(img: Image.Image, clockwise: int) -> Image.Image:
    """Apply OSD's answer: rotate the page `clockwise` degrees (multiples of 90)."""
    ops = {90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180,
           270: Image.Transpose.ROTATE_90}
    op = ops.get(clockwise % 360)
    return img.transpose(op) if op is not None else img


def save_for_ocr(img: Image.Image, path: Path, dpi: int) -> Path:
    """A fast, lossless file tesseract reads; PNG at low compression (speed over size)."""
    if img.mode not in ("1", "L", "RGB"):
        img = flatten(img)
    img.save(path, format="PNG", compress_level=1, dpi=(dpi, dpi))
    return path


def grayscale(img: Image.Image) -> Image.Image:
    return ImageOps.grayscale(img) if img.mode not in ("L", "1") else img
