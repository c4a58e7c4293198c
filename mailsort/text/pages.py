"""Work done inside the pool's processes: one task = one PDF's text layer or one page's OCR.

Tasks take and return small picklable values (paths, not images), so pages of many items can
interleave in one process pool without copying pixels between processes.
"""

from __future__ import annotations

import os
import resource
import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from PIL import Image

from ..errors import TooLarge
from . import images, ocr, pdf, window
from .boxes import Box

_MEMORY_MB = 0                        # this worker's address-space limit, for messages


def init_worker(max_pixels: int, env: dict[str, str] | None = None, memory_mb: int = 0) -> None:
    global _MEMORY_MB
    os.environ.update(env or {})
    if memory_mb:
        # The backstop behind the page and pixel checks: a bomb that gets past them makes an
        # allocation fail (MemoryError here, an error exit in tesseract/pdftoppm, which inherit
        # the limit) instead of dragging the machine into the OOM killer.
        _MEMORY_MB = memory_mb
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        soft = memory_mb << 20
        resource.setrlimit(resource.RLIMIT_AS, (soft if hard < 0 else min(soft, hard), hard))
    # One page per process; tesseract's OpenMP threads would only fight over the same cores.
    os.environ["OMP_THREAD_LIMIT"] = "1"
    images.set_pixel_limit(max_pixels)
    # The hang guard: SIGALRM's default action ends the process, which the parent sees as a
    # broken pool and turns into an error for that item (a C library stuck in a loop cannot
    # be interrupted any other way).
    signal.signal(signal.SIGALRM, signal.SIG_DFL)
    # Ctrl-C is for the main process, which finishes the items in flight; a worker (and the
    # tesseract it starts, which inherits this) must not die of it halfway through a page.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    signal.alarm(max(1, int(seconds)))
    try:
        yield
    finally:
        signal.alarm(0)


@dataclass(frozen=True)
class PageJob:
    kind: Literal["image", "pdf"]
    path: Path
    index: int                        # frame of an image file / 0-based page of a PDF
    name: str                         # for messages: file or attachment name
    out_base: Path                    # <out_base>.pdf is the searchable page
    languages: str
    dpi: int                          # rasterising dpi for PDF pages
    timeout: float
    max_pixels: int
    ocr_pixels: int = 0               # scale the page down to at most this many pixels (0: no)


@dataclass
class PageOut:
    """One OCR'd page; the main process makes the model.Page of it."""

    text: str
    words: list[Box]
    pdf: Path                         # the searchable page tesseract wrote
    rotation: int
    skew: float
    confidence: float | None
    seconds: float = 0.0              # the page's OCR work, for the metrics histogram


def layer_task(path: Path, name: str, max_pages: int, timeout: float) -> list[pdf.LayerPage]:
    try:
        with deadline(timeout):
            return pdf.text_layer(path, name, max_pages)
    except MemoryError:
        raise _too_large(name) from None


def ocr_task(job: PageJob) -> PageOut:
    # Tesseract and pdftoppm have their own timeouts; this catches everything else.
    try:
        with deadline(4 * job.timeout + 30):
            started = time.monotonic()
            out = _ocr_page(job)
            out.seconds = time.monotonic() - started
            return out
    except MemoryError:
        raise _too_large(f"{job.name} page {job.index + 1}") from None


def _too_large(what: str) -> TooLarge:
    return TooLarge(f"{what}: needs more than the memory limit of {_MEMORY_MB} MB "
                    "(ocr.max_memory_mb); possible decompression bomb")


def _ocr_page(job: PageJob) -> PageOut:
    what = f"{job.name} page {job.index + 1}"
    page_no = job.index                    # of the file (a PDF page's own image is its frame 0)
    own = None
    if job.kind == "pdf":
        own = pdf.page_image(job.path, job.index, Path(f"{job.out_base}-own"), job.max_pixels)
    if own is not None and isinstance(own[0], Path):
        # A scanned page's own JPEG: handled like a JPEG file, at the dpi it has on the page.
        job = replace(job, kind="image", path=own[0], index=0)
        img, _, direct, full = images.load_frame(job.path, 0, job.max_pixels, job.name,
                                                 preview=True)
        dpi = own[1]
    elif own is not None:
        img, dpi, direct, full = own[0], own[1], False, True
    elif job.kind == "pdf":
        img = pdf.rasterise(job.path, job.index, job.dpi, job.timeout, job.name)
        dpi, direct, full = job.dpi, False, True
    else:
        img, dpi, direct, full = images.load_frame(job.path, job.index, job.max_pixels,
                                                   job.name, preview=True)
    if own is not None or job.kind == "image":
        if factor := images.shrink_factor(*_size(img, full, job), dpi, job.dpi, job.ocr_pixels):
            # Far above the OCR dpi or too many pixels: tesseract would spend memory and time
            # on detail it does not need. Scaled in strips, so a huge bilevel page stays cheap.
            img = images.shrink(img if full else images.load_frame(
                job.path, job.index, job.max_pixels, job.name)[0], factor)
            dpi, direct, full = max(1, round(dpi / factor)), False, True

    def full_page() -> Image.Image:
        return img if full else images.load_frame(job.path, job.index, job.max_pixels,
                                                  job.name)[0]

    rotation, asked_osd = 0, False
    if job.kind == "image" and own is None and (turn := images.exif_turn(img)):
        # The camera said which way is up: no need to guess.
        img, full, direct = images.turn_upright(full_page(), turn), True, False
        rotation = turn
    landscape = img.width > 1.15 * img.height           # a letter on its side
    gap = None if landscape or rotation else images.blank_band_centre(img)
    if not rotation and (landscape or (gap is not None and gap < 0.45)):
        # Ask OSD before OCR, not after: one OCR pass instead of two for a turned page.
        orient, asked_osd = _orientation(full_page(), dpi, job), True
        if orient and orient.rotate:
            img, full, direct = images.turn_upright(full_page(), orient.rotate), True, False
            rotation = orient.rotate

    skew = images.estimate_skew(img)
    if skew or not direct:
        img, full = images.rotate(full_page(), skew), True
        src = images.save_for_ocr(img, Path(f"{job.out_base}.in"), dpi)
    elif img.format == "PNG" and images.deflates_poorly(job.path, img):
        # The same pixels, but not as PNG: tesseract's PDF renderer deflates a PNG page's pixels
        # itself, slowly on a grainy scan (+0.6 s CPU, +70 %, for a noisy A4 page at 300 dpi)
        # and into a large page; from a PNM it reads the same pixels and embeds them as a JPEG,
        # as it does for every page we re-encode. A clean PNG deflates fast and small: as it is.
        src = images.save_pnm(img, Path(f"{job.out_base}.in"))
    else:
        src = job.path                     # an upright JPEG or clean PNG goes untouched
    result = ocr.recognise(src, job.out_base, job.languages, dpi, job.timeout,
                           *_size(img, full, job), what)

    if not result.looks_good and result.real_words < 8:
        # Next to nothing read: tesseract's global threshold may have drowned the page in
        # grain or lost faint print. One more pass with local (Sauvola) thresholds.
        rescue = ocr.recognise(src, Path(f"{job.out_base}-s"), job.languages, dpi, job.timeout,
                               result.width, result.height, what, extra=ocr.SAUVOLA)
        if rescue.quality() > result.quality():
            result = rescue
    upright = full_page                    # the page image the words are boxes on
    turn_by = 0
    if not result.looks_good and not asked_osd:
        # Words, but unsure ones (or tall boxes): maybe sideways or upside down. Only now pay
        # for OSD and, if it says so, a second OCR pass; the better reading wins.
        orient = _orientation(full_page(), dpi, job)
        turn_by = orient.rotate if orient else 0
    elif not result.looks_good and rotation:
        turn_by = 180        # OSD's usual slip: 90 for 270 (or 0 for 180); try the other way
    if turn_by:
        turned = images.turn_upright(full_page(), turn_by)
        skew2 = images.estimate_skew(turned)
        turned = images.rotate(turned, skew2)
        base2 = Path(f"{job.out_base}-r{turn_by}")
        src2 = images.save_for_ocr(turned, Path(f"{base2}.in"), dpi)
        second = ocr.recognise(src2, base2, job.languages, dpi, job.timeout,
                               turned.width, turned.height, what)
        if second.quality() > result.quality() or result.tall_words >= 0.3:
            result, skew = second, round(skew + skew2, 1)
            rotation = (rotation + turn_by) % 360
            upright = lambda: turned  # noqa: E731
    assert result.pdf is not None
    words, text = result.words, result.text
    first = window.address_of(words)
    if window.is_poor(first) and (first or page_no == 0):
        # Routing stands on the address: a garbled one is worth a closer look at that alone
        # (a later page with no address at all is not: it is read once, as before).
        if better := window.second_look(upright(), dpi, words, job.out_base, job.languages,
                                        job.timeout, what):
            words, text = better, window.text_of(better)
    return PageOut(text=text, words=words, pdf=result.pdf, rotation=rotation,
                   skew=skew, confidence=result.confidence)


def _orientation(img: Image.Image, dpi: int, job: PageJob) -> ocr.Orientation | None:
    """OSD on a copy at ~150 dpi: as sure of the direction, 3-4x faster on 300 dpi scans."""
    if dpi >= 280:
        img = (img.convert("L") if img.mode == "1" else img).reduce(2)
        dpi //= 2
    probe = images.save_for_ocr(img, Path(f"{job.out_base}-osd.in"), dpi)
    return ocr.detect_orientation(probe, job.timeout)


def _size(img: Image.Image, full: bool, job: PageJob) -> tuple[int, int]:
    if full:
        return img.width, img.height
    with Image.open(job.path) as probe:     # header only: the size of the untouched file
        return probe.width, probe.height
