"""Throughput and memory of `mailsort process` against raw tesseract, side by side.

    .venv/bin/python bench/throughput.py [--pages N] [--workers W] [--text-items M]

1. OCR: raw `tesseract IMG out -l deu+eng` over N single-page scans from sample_scans/ with W
   processes in parallel, then `mailsort process` over the same files with the same W workers;
   prints pages/minute of both and the ratio (target >= 0.9), with mailsort's start-up and
   without it: the marginal rate, N - N/3 extra pages over the extra time of the bigger run.
   Rounds alternate between the two sides, so load from elsewhere hits both alike.
2. Text-only: M copies (each with unique bytes, so none is a duplicate) of the born-digital PDFs
   and forwarded emails without scanned attachments in sample_scans/, through `mailsort process`;
   prints items/s (target >= 50), with start-up and marginal (M/4 vs M items).
3. Peak RSS (target < 500 MB): of the main mailsort process alone, and of its whole process tree
   (worker processes and the tesseract processes they run included).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_scans"
MAILSORT = [str(Path(sys.executable).with_name("mailsort"))]


def labelled(kinds: set[str]) -> list[dict]:
    items = json.loads((SAMPLES / "labels.json").read_text())["items"]
    return [i for i in items if i.get("kind") in kinds]


def single_page_scans(limit: int) -> list[Path]:
    files = [SAMPLES / i["file"] for i in labelled({"scan"})
             if Path(i["file"]).suffix.lower() in {".png", ".jpg", ".jpeg"}]
    return files[:limit]


class PeakRSS:
    """Samples the RSS of a process, and summed with its children, until stopped. The tree is
    also summed as PSS, which counts pages the processes share (forked workers) once."""

    def __init__(self, pid: int):
        self.proc = psutil.Process(pid)
        self.peak = 0
        self.main_peak = 0
        self.pss_peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        tick = 0
        while not self._stop.is_set():
            tick += 1
            try:
                procs = [self.proc, *self.proc.children(recursive=True)]
                self.peak = max(self.peak, sum(p.memory_info().rss for p in procs if p.is_running()))
                self.main_peak = max(self.main_peak, self.proc.memory_info().rss)
                if tick % 10 == 0:     # reading smaps costs CPU the measured run needs
                    self.pss_peak = max(self.pss_peak, sum(p.memory_full_info().pss for p in procs
                                                           if p.is_running()))
            except psutil.Error:
                pass
            time.sleep(0.05)

    def __enter__(self) -> PeakRSS:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def raw_tesseract(pages: list[Path], workers: int, out: Path) -> float:
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}

    def one(i_page: tuple[int, Path]) -> None:
        i, page = i_page
        subprocess.run(["tesseract", str(page), str(out / f"raw{i}"), "-l", "deu+eng"],
                       check=True, capture_output=True, env=env)

    start = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(one, enumerate(pages)))
    return time.perf_counter() - start


def run_mailsort(inputs: Path, data: Path, workers: int) -> tuple[float, PeakRSS, list[dict]]:
    config = data / "config"
    shutil.copytree(ROOT / "config", config, dirs_exist_ok=True)
    (config / "rules.yaml").unlink(missing_ok=True)     # measure the spine, not the outbox
    (config / "mailsort.yaml").write_text(f"ocr:\n  workers: {workers}\n")
    cmd = [*MAILSORT, "process", str(inputs), "--json", "--config", str(config), "--data", str(data)]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with PeakRSS(proc.pid) as rss:
        stdout, stderr = proc.communicate()
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 4):
        sys.exit(f"mailsort process failed ({proc.returncode}): {stderr.strip()[-2000:]}")
    return elapsed, rss, [json.loads(line) for line in stdout.splitlines() if line.strip()]


def unique_copies(files: list[Path], count: int, out: Path) -> None:
    """Copies whose bytes differ so none is a duplicate: bytes after a PDF's %%EOF, an image's
    end marker (both ignored by readers), or an extra header line of an email."""
    for n in range(count):
        src = files[n % len(files)]
        data = src.read_bytes()
        if src.suffix.lower() == ".eml":
            data = f"X-Bench-Copy: {n}\n".encode() + data
        elif n >= len(files):
            data += f"\n% bench copy {n}\n".encode()
        (out / f"{n:04d}-{src.name}").write_bytes(data)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--pages", type=int, default=39, help="OCR pages (the sample scans, repeated)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--text-items", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=2, help="alternating OCR rounds of each side")
    args = ap.parse_args()
    mb = 1024 * 1024

    with tempfile.TemporaryDirectory(prefix="mailsort-bench-") as tmp_name:
        tmp = Path(tmp_name)
        (tmp / "empty").mkdir()
        startup, _, _ = run_mailsort(tmp / "empty", tmp / "startup-run", args.workers)

        scans, few = tmp / "scans", tmp / "scans-few"
        scans.mkdir()
        few.mkdir()
        unique_copies(single_page_scans(1000), args.pages, scans)
        small = max(args.pages // 3, 1)
        unique_copies(single_page_scans(1000), small, few)
        pages = sorted(scans.iterdir())
        # Alternating rounds, so that load from elsewhere on the machine hits both sides alike.
        # The marginal rate (the extra pages over the extra time of a bigger run) leaves out
        # mailsort's start-up and warm-up, which a long-running `watch` pays once.
        raw_s = ms_s = few_s = 0.0
        n_pages, peak, main_peak, pss = 0, 0, 0, 0
        for r in range(args.rounds):
            (tmp / f"raw{r}").mkdir()
            raw_s += raw_tesseract(pages, args.workers, tmp / f"raw{r}")
            secs, rss, outcomes = run_mailsort(scans, tmp / f"ocr-run{r}", args.workers)
            few_s += run_mailsort(few, tmp / f"ocr-few{r}", args.workers)[0]
            ms_s += secs
            n_pages += sum(o.get("pages", 0) for o in outcomes)
            peak, main_peak, pss = max(peak, rss.peak), max(main_peak, rss.main_peak), max(pss, rss.pss_peak)
        raw_ppm = len(pages) * args.rounds / raw_s * 60
        ms_ppm = n_pages / ms_s * 60
        marginal_ppm = (len(pages) - small) * args.rounds / max(ms_s - few_s, 1e-6) * 60
        print(f"mailsort start-up:    {startup:7.1f} s  (an empty run: imports, models)")
        print(f"OCR pages:            {len(pages)} single-page scans x {args.rounds} alternating "
              f"rounds, {args.workers} workers")
        print(f"  raw tesseract:      {raw_ppm:7.1f} pages/min ({raw_s:.1f} s)")
        print(f"  mailsort process:   {ms_ppm:7.1f} pages/min ({ms_s:.1f} s, start-up included)")
        print(f"                      {marginal_ppm:7.1f} pages/min marginal ({small} vs {len(pages)} pages)")
        print(f"  ratio:              {ms_ppm / raw_ppm:7.2f} with start-up, "
              f"{marginal_ppm / raw_ppm:.2f} marginal   (target >= 0.90)")
        print(f"  peak RSS:           {main_peak / mb:7.1f} MB main process, "
              f"{peak / mb:.1f} MB with workers and tesseract (PSS {pss / mb:.1f} MB)")

        text_files = [SAMPLES / i["file"] for i in labelled({"pdf", "email"})
                      if "attachment-scan" not in i.get("tags", [])]
        texts, few = tmp / "text", tmp / "text-few"
        texts.mkdir()
        few.mkdir()
        unique_copies(text_files, args.text_items, texts)
        small = max(args.text_items // 4, 1)
        unique_copies(text_files, small, few)
        t_s, text_rss, t_out = run_mailsort(texts, tmp / "text-run", args.workers)
        few_s, _, _ = run_mailsort(few, tmp / "text-few-run", args.workers)
        decisions = {d: sum(o["decision"] == d for o in t_out) for d in ("filed", "review", "quarantined")}
        # The marginal rate (the extra items over the extra time) leaves out start-up and warm-up.
        marginal = (args.text_items - small) / max(t_s - few_s, 1e-6)
        print(f"Text-only items:      {args.text_items} born-digital PDFs and emails {decisions}")
        print(f"  mailsort process:   {args.text_items / t_s:7.1f} items/s ({t_s:.1f} s, start-up "
              f"included), {marginal:.1f} items/s marginal ({small} vs {args.text_items} items)"
              f"   (target >= 50)")
        print(f"  peak RSS:           {text_rss.main_peak / mb:7.1f} MB main process, "
              f"{text_rss.peak / mb:.1f} MB with workers (PSS {text_rss.pss_peak / mb:.1f} MB)")
        print(f"Peak RSS overall:     {max(main_peak, text_rss.main_peak) / mb:7.1f} MB main "
              f"process, {max(peak, text_rss.peak) / mb:.1f} MB whole tree, PSS "
              f"{max(pss, text_rss.pss_peak) / mb:.1f} MB   (target < 500)")


if __name__ == "__main__":
    main()
