"""Character error rate, word recall and CPU seconds per page of OCR on degraded lab renders.

    .venv/bin/python bench/degraded_cer.py [--pages 3] [--dpi 150 200 300] [--seed 7]
        [--modes clean binarised blurred low-contrast pale uneven jpeg]

Renders wave-4 letters (as bench/upscale_cer.py), degrades each at each dpi and reads the same
image file with:
  raw      `tesseract -l deu+eng --dpi D` (pdf + tsv, as mailsort asks), the speed baseline
  now      mailsort's page OCR without the address window's second look
  new      mailsort's page OCR as it is (second look where the first read of the window is poor)
  up300    (--up300) raw tesseract on the whole page resized to 300 dpi (Lanczos), below 300 dpi
CER is the edit distance over the printed text's length (whole page) and over the address
block's (addr: the block layout.find_address picks, against the printed block). cpu: seconds of
this process and its children (tesseract) per page. look: pages where the second look ran.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image
from rapidfuzz.distance import Levenshtein

sys.path.insert(0, str(Path(__file__).resolve().parent))
from upscale_cer import REPO, letter_page, measure  # noqa: E402

from mailsort.routing.directory import load_directory  # noqa: E402
from mailsort.text import images, layout, ocr, pages, window  # noqa: E402
from mailsort_lab.holdout.raster import Scanner  # noqa: E402
from mailsort_lab.wave4.address import Book  # noqa: E402

MODES = ["clean", "binarised", "blurred", "low-contrast", "pale", "uneven", "jpeg"]


def degrade(img: Image.Image, mode: str, dpi: int, rng: random.Random, path: Path) -> Path:
    sc = Scanner(rng)
    sc.dpi, sc.turn, sc.skew, sc.fax, sc.blur, sc.low_contrast = dpi, 0, 0.0, False, 0.0, False
    sc.noise = 0.0 if mode in ("clean", "binarised") else 8.0
    sc.fax = mode == "binarised"
    sc.blur = 1.0 if mode == "blurred" else 0.0
    sc.low_contrast = mode == "low-contrast"
    out = sc.age(img, 0, rng.randint(0, 10**6))
    a = np.asarray(out, dtype=np.float32)
    if mode == "pale":                                     # pale toner (wave 4's _fade)
        out = Image.fromarray((110 + a * (145 / 255)).astype(np.uint8))
    elif mode == "uneven":                                 # light falling off to one corner
        h, w = a.shape
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        light = 1.0 - 0.5 * ((xx / w) * 0.6 + (yy / h) * 0.4)
        out = Image.fromarray(np.clip(a * light, 0, 255).astype(np.uint8))
    if mode == "jpeg":
        path = path.with_suffix(".jpg")
        out.convert("L").save(path, quality=45, dpi=(dpi, dpi))
    else:
        out.save(path.with_suffix(".png"), dpi=(dpi, dpi))
        path = path.with_suffix(".png")
    return path


def cpu() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def addr_cer(words, truth: str) -> float:
    block, _ = layout.find_address(layout.segments([w for w in words if w.text.strip()]))
    got = "\n".join(s.text for s in block)
    t, g = " ".join(truth.split()), " ".join(got.split())
    return Levenshtein.distance(t, g) / max(len(t), 1)


def raw(path: Path, dpi: int, out: Path) -> tuple[str, list]:
    subprocess.run(["tesseract", str(path), str(out), "-l", "deu+eng", "--dpi", str(dpi),
                    "-c", "tessedit_create_tsv=1", "pdf", "tsv"], check=True, capture_output=True)
    with Image.open(path) as im:
        words, text = ocr.parse_tsv(Path(f"{out}.tsv").read_text(), im.width, im.height)
    return text, words


def run_page(path: Path, dpi: int, tmp: Path, truth: str, addr: str, up300: bool) -> dict[str, tuple]:
    row: dict[str, tuple] = {}
    t0 = cpu()
    text, words = raw(path, dpi, tmp / "raw")
    row["raw"] = (*measure(truth, text), addr_cer(words, addr), cpu() - t0, 0)
    seen: dict = {}
    real = window.second_look

    def spy(*args, **kw):
        s = cpu()
        seen["words"] = args[2]
        got = real(*args, **kw)
        seen["cpu"] = cpu() - s
        return got

    window.second_look = spy
    try:
        job = pages.PageJob("image", path, 0, path.name, tmp / "ms", "deu+eng", 300, 120, 10**9)
        t0 = cpu()
        out = pages._ocr_page(job)
        spent = cpu() - t0
    finally:
        window.second_look = real
    first = seen.get("words", out.words)
    row["now"] = (*measure(truth, window.text_of(first) if "words" in seen else out.text),
                  addr_cer(first, addr), spent - seen.get("cpu", 0.0), 0)
    row["new"] = (*measure(truth, out.text), addr_cer(out.words, addr), spent, int("words" in seen))
    if up300 and dpi < 300:
        t0 = cpu()
        with Image.open(path) as im:
            big = images.enlarge(im, 300 / dpi)
        big.save(tmp / "big.png", dpi=(300, 300))
        text, words = raw(tmp / "big.png", 300, tmp / "big")
        row["up300"] = (*measure(truth, text), addr_cer(words, addr), cpu() - t0, 0)
    return row


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=3)
    ap.add_argument("--dpi", type=int, nargs="+", default=[150, 200, 300])
    ap.add_argument("--modes", nargs="+", default=MODES)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--up300", action="store_true", help="also the whole page at 300 dpi (slow)")
    args = ap.parse_args()
    os.environ["OMP_THREAD_LIMIT"] = "1"                # as in mailsort's workers
    book = Book(load_directory(REPO / "config" / "clients.yaml"))
    cols = ["raw", "now", "new", "up300"]
    print(f"{'dpi':>3} {'mode':<12} " + " | ".join(f"{c:^30}" for c in cols))
    print(f"{'':>3} {'':<12} " + " | ".join(f"{'CER':>5} {'recall':>6} {'addr':>5} {'cpu':>5} {'look':>4}"
                                            for _ in cols))
    totals: dict[str, list] = {}
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        for dpi in args.dpi:
            for mode in args.modes:
                rng = random.Random(f"{args.seed}-{dpi}-{mode}")
                rows = []
                for i in range(args.pages):
                    img, truth, addr = letter_page(rng, book, dpi)
                    path = degrade(img, mode, dpi, rng, tmp / f"p{i}")
                    rows.append(run_page(path, dpi, tmp, truth, addr, args.up300))
                cells = []
                for c in cols:
                    got = [r[c] for r in rows if c in r]
                    if not got:
                        cells.append(f"{'':>30}")
                        continue
                    mean = [sum(g[k] for g in got) / len(got) for k in range(4)]
                    looks = sum(g[4] for g in got)
                    totals.setdefault(f"{dpi}-{c}", []).extend(got)
                    cells.append(f"{mean[0]:5.3f} {mean[1]:6.3f} {mean[2]:5.3f} {mean[3]:5.2f} {looks:4d}")
                print(f"{dpi:>3} {mode:<12} " + " | ".join(cells), flush=True)
    print("mean per dpi (CER, recall, addr CER, cpu s/page, looks):")
    for key, got in totals.items():
        mean = [sum(g[k] for g in got) / len(got) for k in range(4)]
        print(f"  {key:<10} {mean[0]:.3f} {mean[1]:.3f} {mean[2]:.3f} {mean[3]:.2f} {sum(g[4] for g in got)}/{len(got)}")


if __name__ == "__main__":
    main()
