"""Character error rate of tesseract on degraded low-resolution lab pages, as scanned vs upscaled.

    .venv/bin/python bench/upscale_cer.py [--pages 8] [--dpi 150] [--seed 1]

Renders wave-4 letters (band and centred designs: a stable reading order), ages them with the lab's
scanner at DPI, and reads each page twice: as it is (`--dpi DPI`), and resized to 300 dpi first
(Lanczos). CER is the edit distance to the printed text over its length; word recall the share of
printed words tesseract returned.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytesseract
from PIL import Image
from rapidfuzz.distance import Levenshtein

from mailsort.routing.directory import load_directory
from mailsort_lab.blind.paint import raster
from mailsort_lab.holdout.raster import Scanner
from mailsort_lab.wave4.address import Book, client_block
from mailsort_lab.wave4.build import _letter
from mailsort_lab.wave4.page import Design, dateline, lay_out

REPO = Path(__file__).resolve().parents[1]


def letter_page(rng: random.Random, book: Book, dpi: int) -> tuple[Image.Image, str, str]:
    """(clean page, printed text, printed address block)."""
    client = rng.choice(book.d.clients)
    block, tags, addressee = client_block(client, book, rng, "de")
    day = date(2026, 1, 5) + timedelta(days=rng.randint(0, 330))
    letter, _ = _letter(rng, "de", day, addressee, "addr-person-only" in tags)
    dz = Design(rng.choice(["band", "centred"]), rng.choice(["w4-narrow", "w4-cserif", "lsans"]), 10.0, 60)
    marks = lay_out(letter, block, dateline(letter, day, "de", rng), dz, [], "de", rng)[0]
    return raster(marks, dpi), " ".join(m.text for m in marks if m.kind == "text"), "\n".join(block)


def page(rng: random.Random, book: Book, dpi: int) -> tuple[Image.Image, str]:
    img, truth, _ = letter_page(rng, book, dpi)
    sc = Scanner(rng)
    sc.dpi, sc.turn, sc.fax, sc.skew = dpi, 0, False, 0.0
    return sc.age(img, 0, rng.randint(0, 10**6)), truth


def read(img: Image.Image, dpi: int) -> str:
    return pytesseract.image_to_string(img, lang="deu+eng", config=f"--dpi {dpi}")


def measure(truth: str, got: str) -> tuple[float, float]:
    t, g = " ".join(truth.split()), " ".join(got.split())
    cer = Levenshtein.distance(t, g) / max(len(t), 1)
    tw, gw = Counter(truth.split()), Counter(got.split())
    return cer, sum((tw & gw).values()) / max(sum(tw.values()), 1)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=8)
    ap.add_argument("--dpi", type=int, default=150)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    book = Book(load_directory(REPO / "config" / "clients.yaml"))
    rows = []
    for i in range(args.pages):
        img, truth = page(rng, book, args.dpi)
        scale = 300 / args.dpi
        big = img.resize((round(img.width * scale), round(img.height * scale)), Image.Resampling.LANCZOS)
        before, after = measure(truth, read(img, args.dpi)), measure(truth, read(big, 300))
        rows.append((before, after))
        print(f"page {i + 1}: CER {before[0]:.3f} -> {after[0]:.3f}   word recall {before[1]:.3f} -> {after[1]:.3f}")
    n = len(rows)
    print(f"mean over {n} pages at {args.dpi} dpi: CER {sum(r[0][0] for r in rows) / n:.3f} -> "
          f"{sum(r[1][0] for r in rows) / n:.3f}; word recall {sum(r[0][1] for r in rows) / n:.3f} -> "
          f"{sum(r[1][1] for r in rows) / n:.3f}")


if __name__ == "__main__":
    main()
