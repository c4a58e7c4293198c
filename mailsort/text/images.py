"""Page images: opening (with the decompression-bomb guard), deskew and turning upright."""

from __future__ import annotations

import math
import warnings
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter, UnidentifiedImageError

from ..errors import CorruptInput, TooLarge

# Formats tesseract reads directly: an untouched single-frame file is handed over as it is.
_DIRECT_FORMATS = {"PNG", "JPEG"}
_MAX_SKEW = 5.0
MIN_SKEW = 1.0                       # degrees; smaller skew is left to tesseract


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


def load_frame(path: Path, frame: int, max_pixels: int, name: str | None = None,
               preview: bool = False) -> tuple[Image.Image, int, bool, bool]:
    """(image, dpi, direct, full).

    `direct`: the file itself can be given to tesseract (a single-frame PNG/JPEG).
    `preview`: a JPEG is decoded at 1/4 scale (DCT scaling, ~10x faster), enough to measure
    skew; `full` says whether the returned image is the page at full resolution.
    """
    img = open_image(path, max_pixels, name)
    full = True
    try:
        if frame:
            img.seek(frame)
        if img.width * img.height > max_pixels:
            raise TooLarge(f"{name or path.name}: page {frame + 1} exceeds the pixel limit")
        fmt = img.format
        dpi = image_dpi(img)
        direct = fmt in _DIRECT_FORMATS and getattr(img, "n_frames", 1) == 1
        if preview and fmt == "JPEG" and img.height >= 1600:
            scale = 4 if img.height >= 3200 else 2    # keep ~900+ rows for the page checks
            img.draft("L", (img.width // scale, img.height // scale))
            full = False
        img.load()
    except (OSError, EOFError, ValueError) as exc:
        raise CorruptInput(f"{name or path.name}: page {frame + 1} cannot be decoded "
                           f"({type(exc).__name__})") from exc
    if img.mode not in ("1", "L", "RGB"):
        img = flatten(img)
        direct = False
    return img, dpi, direct, full


def shrink_factor(width: int, height: int, dpi: int, ocr_dpi: int, max_pixels: int) -> int:
    """Integer factor to scale a page down by before OCR; 0 when it is fine as it is.

    Far above the OCR dpi (1.5x or more) the extra detail only costs tesseract memory and time;
    above `max_pixels` (a poster, a bomb just under the cap) tesseract's memory is the limit.
    """
    factor = dpi // ocr_dpi if dpi >= 1.5 * ocr_dpi else 1
    if max_pixels and width * height > max_pixels:
        factor = max(factor, math.ceil(math.sqrt(width * height / max_pixels)))
    return factor if factor > 1 else 0


def shrink(img: Image.Image, factor: int) -> Image.Image:
    """Box-filter `img` down by `factor`, a band of rows at a time: a bilevel page is converted
    to grey band by band, never whole (144 MP would be 144 MB of grey)."""
    if img.mode not in ("1", "L", "RGB"):
        img = flatten(img)
    mode = "RGB" if img.mode == "RGB" else "L"
    width, height = max(1, img.width // factor), max(1, img.height // factor)
    out = Image.new(mode, (width, height), 255 if mode == "L" else (255, 255, 255))
    band = max(1, 512 // factor) * factor
    for top in range(0, height * factor, band):
        strip = img.crop((0, top, width * factor, min(top + band, height * factor)))
        if strip.mode != out.mode:
            strip = strip.convert(out.mode)
        out.paste(strip.reduce(factor), (0, top // factor))
    return out


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


def _binary_small(img: Image.Image, target: int = 350) -> np.ndarray:
    gray = img.convert("L") if img.mode != "L" else img
    factor = max(gray.size) // target
    if factor > 1:
        gray = gray.reduce(factor)          # box filter: far cheaper than a resize
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
    profile when the lines are horizontal. Coarse 1° search then a 0.1° refinement. Below
    MIN_SKEW the page is left alone: tesseract copes, and resampling costs time and sharpness.
    """
    binary = _binary_small(img)
    if binary.mean() < 0.2:               # (0..255 scale) an almost empty page: leave it
        return 0.0
    ink = Image.fromarray(binary)
    coarse = {a: _profile_score(ink, a) for a in np.arange(-_MAX_SKEW, _MAX_SKEW + 0.01, 1.0)}
    best = max(coarse, key=coarse.get)
    fine = {a: _profile_score(ink, a) for a in np.arange(best - 0.7, best + 0.71, 0.1)}
    best = float(max(fine, key=fine.get))
    if abs(best) < MIN_SKEW or fine[max(fine, key=fine.get)] < coarse[0.0] * 1.05:
        return 0.0
    return round(best, 1)


def blank_band_centre(img: Image.Image) -> float | None:
    """Centre (0 top .. 1 bottom) of the tallest empty band inside the page, if a tall one exists.

    A letter is written from the top: its big empty band sits below the signature, in the lower
    half. When it sits in the upper half the page is likely upside down, a hint worth an OSD
    run before OCR (a few ms here; OSD decides).
    """
    ink = _binary_small(img) > 0
    rows = ink.sum(axis=1)
    height = len(rows)
    blank = rows <= max(1, 0.02 * ink.shape[1])        # specks and grain are not text
    best_len, best_centre, i = 0, None, 0
    while i < height:
        if not blank[i]:
            i += 1
            continue
        j = i
        while j < height and blank[j]:
            j += 1
        lo, hi = max(i, 0.03 * height), min(j, 0.97 * height)  # the paper's edge is no gap
        if hi - lo > best_len:
            best_len, best_centre = hi - lo, (lo + hi) / 2 / height
        i = j
    return best_centre if best_len >= 0.08 * height else None


def rotate(img: Image.Image, degrees_ccw: float) -> Image.Image:
    if not degrees_ccw:
        return img
    fill = 255 if img.mode in ("L", "1") else (255, 255, 255)
    src = img.convert("L") if img.mode == "1" else img
    return src.rotate(degrees_ccw, resample=Image.Resampling.BILINEAR, fillcolor=fill,
                      expand=False)


def exif_turn(img: Image.Image) -> int:
    """Clockwise degrees a camera's EXIF orientation asks for (phone photos of letters)."""
    try:
        orientation = img.getexif().get(0x0112, 1)
    except Exception:  # broken EXIF is no reason to reject a readable image
        return 0
    return {3: 180, 6: 90, 8: 270}.get(orientation, 0)


def turn_upright(img: Image.Image, clockwise: int) -> Image.Image:
    """Apply OSD's answer: rotate the page `clockwise` degrees (multiples of 90)."""
    ops = {90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180,
           270: Image.Transpose.ROTATE_90}
    op = ops.get(clockwise % 360)
    return img.transpose(op) if op is not None else img


def enlarge(img: Image.Image, factor: float) -> Image.Image:
    """Lanczos up by `factor`: a 150-dpi page at 300 dpi reads with ~a third fewer wrong
    characters (bench/upscale_cer.py), as tesseract's models are trained on ~300 dpi print."""
    src = img.convert("L") if img.mode in ("1", "P") else img
    return src.resize((round(img.width * factor), round(img.height * factor)),
                      Image.Resampling.LANCZOS)


def even_out(img: Image.Image) -> Image.Image | None:
    """Paper white and ink dark again on a pale or unevenly lit grey page; None if it needs nothing.

    Uneven light (a shadow towards the fold, a bright centre) defeats tesseract's one global
    threshold: the page is divided by its own paper brightness, measured on a small copy as the
    brightest pixels around each spot. Washed-out ink (grey on grey, pale toner) is stretched to
    the full range. A clean page is left alone: one histogram and one small filter decide.
    """
    if img.mode not in ("L", "RGB"):
        return None                     # bilevel: no grey levels to spread
    gray = img.convert("L") if img.mode != "L" else img
    factor = max(1, max(gray.size) // 160)
    paper = gray.reduce(factor).filter(ImageFilter.MaxFilter(9))
    lo, hi = _percentiles(paper, 0.10, 0.90)
    out = None
    if hi - lo > 30:
        # Blurred again so the tile edges of the max filter do not print onto the page.
        light = paper.filter(ImageFilter.BoxBlur(4)).resize(gray.size, Image.Resampling.BILINEAR)
        level = np.asarray(gray, dtype=np.float32) * 255 / np.maximum(np.asarray(light), 1)
        out = gray = Image.fromarray(np.minimum(level, 255).astype(np.uint8))
    ink, white = _percentiles(gray, 0.005, 0.5)
    if white - ink < 150 or ink > 70:
        span = max(white - ink, 1)
        out = gray.point([min(255, max(0, round((v - ink) * 255 / span))) for v in range(256)])
    return out


def _percentiles(img: Image.Image, *shares: float) -> list[int]:
    hist = np.cumsum(img.histogram()[:256])
    return [int(np.searchsorted(hist, share * hist[-1])) for share in shares]


def save_for_ocr(img: Image.Image, path: Path, dpi: int) -> Path:
    """Write the page for tesseract; returns the path actually written (suffix by mode).

    JPEG for grey/colour: ~20x faster to write than PNG on a noisy scan, and tesseract embeds a
    JPEG in the searchable PDF as it is (small archive files). Bilevel pages stay lossless PNG.
    """
    if img.mode not in ("1", "L", "RGB"):
        img = flatten(img)
    if img.mode == "1":
        out = path.with_suffix(".png")
        img.save(out, format="PNG", dpi=(dpi, dpi))
    else:
        out = path.with_suffix(".jpg")
        img.save(out, format="JPEG", quality=85, dpi=(dpi, dpi))
    return out


def deflates_poorly(path: Path, img: Image.Image) -> bool:
    """A grey or colour PNG whose file holds more than a byte per ten samples: grain, which
    deflate barely shrinks and spends long on. Scans fall far apart: clean pages 0.01-0.05,
    grainy ones 0.45-0.8 bytes per sample."""
    if img.mode not in ("L", "RGB"):
        return False
    samples = img.width * img.height * len(img.getbands())
    return path.stat().st_size > 0.1 * samples


def save_pnm(img: Image.Image, path: Path) -> Path:
    """Write a grey or colour page uncompressed (PGM/PPM) for tesseract: ~10 ms for an A4 page at
    300 dpi, the pixels as they are; tesseract gets the dpi from `--dpi` (PNM has no field)."""
    out = path.with_suffix(".pgm" if img.mode == "L" else ".ppm")
    img.save(out, format="PPM")
    return out
