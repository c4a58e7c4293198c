"""OCR throughput of the Extractor against raw tesseract on the same pages, same parallelism.

    .venv/bin/python bench/extractor_throughput.py [--pages 12] [--workers 2] [--dpi 300] [--rotated 0]

Renders upright office-quality scans (JPEG, 300 dpi) with the training renderer, runs
`tesseract IMG out -l deu+eng` over them with W processes (OMP_THREAD_LIMIT=1), then
`Extractor.extract_many` with W workers, and prints pages/minute of both and the ratio.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import subprocess
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from pathlib import Path

from mailsort.model import Source
from mailsort.settings import Settings
from mailsort.text.extract import Extractor


def make_pages(out: Path, count: int, dpi: int, rotated: int) -> list[Path]:
    from mailsort_lab.render.artefacts import ScanProfile, save_scan, scanify
    from mailsort_lab.render.example import example_letter
    from mailsort_lab.render.page import render_pages

    paths = []
    for n in range(count):
        lang = "de" if n % 3 else "en"
        page = render_pages(example_letter(lang), dpi=dpi, layout="AB"[n % 2])[0]
        rng = random.Random(n)
        # Upright office scans: a little skew, noise and blur, no turned pages.
        profile = ScanProfile(dpi=dpi, skew=rng.uniform(-1.5, 1.5), noise=rng.uniform(2, 6),
                              blur=rng.uniform(0, 0.6), paper=rng.randint(235, 252))
        page = scanify([page], rng, profile)[0]
        if n < rotated:
            page = page.rotate(180)
            page.info["dpi"] = (dpi, dpi)
        paths.append(save_scan([page], out / f"page-{n:03d}.jpg", quality=80))
    return paths


def raw_tesseract(pages: list[Path], workers: int, out: Path, languages: str) -> float:
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}

    def one(i: int) -> None:
        subprocess.run(["tesseract", str(pages[i]), str(out / f"raw{i}"), "-l", languages],
                       check=True, capture_output=True, env=env)

    start = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(one, range(len(pages))))
    return time.perf_counter() - start


def extractor_run(pages: list[Path], settings: Settings) -> tuple[float, int]:
    def source(p: Path) -> Source:
        data = p.read_bytes()
        return Source(path=p, kind="scan", media_type="image/jpeg", size=len(data),
                      sha256=hashlib.sha256(data).hexdigest(),
                      received_at=datetime.now(timezone.utc))

    with Extractor(settings) as ex:
        ex._executor().submit(int).result()      # start the workers outside the timing
        start = time.perf_counter()
        ok = 0
        for _, doc in ex.extract_many((source(p), None) for p in pages):
            ok += not isinstance(doc, Exception)
            if not isinstance(doc, Exception) and doc.searchable_pdf:
                doc.searchable_pdf.unlink(missing_ok=True)
        return time.perf_counter() - start, ok


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--pages", type=int, default=12)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--dpi", type=int, default=300)
    ap.add_argument("--rotated", type=int, default=0, help="how many pages are upside down")
    ap.add_argument("--samples", type=Path, default=None,
                    help="use the single-page PNG/JPEG scans of this folder instead")
    ap.add_argument("--rounds", type=int, default=2,
                    help="alternate raw/Extractor runs this often (evens out machine load)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="mailsort-bench-") as tmp:
        tmp_path = Path(tmp)
        if args.samples:
            pages = sorted(p for p in args.samples.iterdir()
                           if p.suffix.lower() in (".png", ".jpg", ".jpeg"))[:args.pages]
        else:
            pages = make_pages(tmp_path, args.pages, args.dpi, args.rotated)
        settings = Settings(data_dir=tmp_path / "data", ocr={"workers": args.workers})
        raw = ours = 0.0
        for _ in range(args.rounds):
            raw += raw_tesseract(pages, args.workers, tmp_path, settings.ocr.languages)
            took, ok = extractor_run(pages, settings)
            ours += took
    n = len(pages) * args.rounds
    print(f"pages: {len(pages)} x {args.rounds} rounds ({args.rotated} upside down), "
          f"workers: {args.workers}, dpi: {args.dpi}")
    print(f"raw tesseract (txt only):          {n / raw * 60:7.1f} pages/min ({raw:.1f} s)")
    print(f"Extractor (tsv+pdf, deskew, OSD):  {n / ours * 60:7.1f} pages/min ({ours:.1f} s), "
          f"{ok}/{len(pages)} ok")
    print(f"ratio: {raw / ours:.3f}")


if __name__ == "__main__":
    main()
