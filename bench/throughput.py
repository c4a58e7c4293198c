"""Throughput, backlog and memory of `mailsort process`, side by side with the baselines.

    .venv/bin/python bench/throughput.py [--scans N] [--rounds R] [--text-items M] [--backlog B]
                                         [--skip ocr,text,backlog,watch] [--cache DIR]

1. OCR: a scanned mix from the blind-set generator (`mailsort_lab.blind`, seed 1201: image-only
   PDFs, multi-page TIFFs, PNG, JPEG at 150-300 dpi). Per round, alternating so that load from
   elsewhere hits every side alike: raw `tesseract -l deu+eng` on each page's own image (the file,
   the TIFF frame, the image embedded in the PDF) with W processes; `mailsort process` with W
   workers; OCRmyPDF `-j W` item after item (when installed). Pages/min and ratios; mailsort also
   "marginal": its time less that of an empty run (start-up: imports, models, workers).
2. Text-only: M emails without attachments, M emails with a born-digital PDF attached (copies of
   sample_scans/ with unique bytes, so none is a duplicate). Items/s with start-up, and marginal
   (M/4 vs M items). Asserts that no attachment page was OCR'd.
3. Backlog: B items (both kinds of email, alternating) in one run; items/s and the process tree's
   PSS by thirds of the run (cost per item must not grow with the archive; memory flat).
4. Watch: latency of `mailsort watch` for one single-page scan dropped into its inbox, beside
   tesseract's time for that page; stable_seconds as configured (the wait for a complete file).
"""

from __future__ import annotations

import argparse
import email
import email.policy
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psutil
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_scans"
BIN = Path(sys.executable).parent
MB = 1024 * 1024
ENV = {**os.environ, "OMP_THREAD_LIMIT": "1"}


# -- inputs -------------------------------------------------------------------------------------

def scan_mix(cache: Path, n: int) -> list[dict]:
    """The first `n` scanned items of a blind set (generated once into `cache`)."""
    if not (cache / "labels.json").exists():
        subprocess.run([sys.executable, "-m", "mailsort_lab.blind", str(cache), "--n",
                        "56", "--seed", "1201",
                        "--clients", str(ROOT / "config" / "clients.yaml")],
                       check=True, capture_output=True, cwd=ROOT)
    items = json.loads((cache / "labels.json").read_text())["items"]
    return [i for i in items if i["kind"] == "scan"][:n]


def page_images(scans: list[Path], out: Path) -> list[Path]:
    """Each page's own image, as a scanner wrote it: the file, a TIFF frame, a PDF's image."""
    pages: list[Path] = []
    for n, path in enumerate(scans):
        suffix = path.suffix.lower()
        if suffix == ".pdf":
            stem = out / f"{n:03d}"
            subprocess.run(["pdfimages", "-j", "-tiff", str(path), str(stem)], check=True)
            pages += sorted(out.glob(f"{n:03d}-*"))
        elif suffix in (".tif", ".tiff"):
            with Image.open(path) as img:
                for frame in range(getattr(img, "n_frames", 1)):
                    img.seek(frame)
                    dst = out / f"{n:03d}-{frame}.tif"
                    comp = "group4" if img.mode == "1" else "tiff_deflate"
                    img.save(dst, compression=comp, dpi=img.info.get("dpi", (300, 300)))
                    pages.append(dst)
        else:
            pages.append(path)
    return pages


def unique_copies(files: list[Path], count: int, out: Path) -> None:
    """Copies whose bytes differ so none is a duplicate (an extra header line, or bytes after a
    PDF's %%EOF, which readers ignore)."""
    out.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        src = files[n % len(files)]
        data = src.read_bytes()
        if src.suffix.lower() == ".eml":
            data = f"X-Bench-Copy: {n}\n".encode() + data
        elif n >= len(files):
            data += f"\n% bench copy {n}\n".encode()
        (out / f"{n:05d}-{src.name}").write_bytes(data)


def emails(tmp: Path) -> tuple[list[Path], list[Path]]:
    """(emails without attachments, emails with a born-digital PDF attached) from sample_scans/:
    the plain ones as they are; each also once with each born-digital sample PDF attached."""
    items = json.loads((SAMPLES / "labels.json").read_text())["items"]
    plain = [SAMPLES / i["file"] for i in items if i["kind"] == "email"
             and not any(t.startswith("attachment-") for t in i.get("tags", []))]
    pdfs = [SAMPLES / i["file"] for i in items if i["kind"] == "pdf"]
    attached = [SAMPLES / i["file"] for i in items if "attachment-pdf" in i.get("tags", [])]
    (tmp / "made").mkdir(exist_ok=True)
    for n, (mail, pdf) in enumerate(zip(plain * len(pdfs), pdfs * len(plain))):
        msg = email.message_from_bytes(mail.read_bytes(), policy=email.policy.default)
        msg.make_mixed()
        msg.add_attachment(pdf.read_bytes(), maintype="application", subtype="pdf",
                           filename=f"Schreiben-{n}.pdf")
        dst = tmp / "made" / f"att{n:02d}.eml"
        dst.write_bytes(msg.as_bytes())
        attached.append(dst)
    return plain, attached


# -- runs ---------------------------------------------------------------------------------------

class Tree:
    """Samples the PSS of a process tree (pages shared by forked processes counted once)."""

    def __init__(self, pid: int, start: float, every: float = 0.5):
        self.proc, self.every, self.start = psutil.Process(pid), every, start
        self.samples: list[tuple[float, int]] = []       # (seconds since start, PSS bytes)
        self.tools: set[str] = set()                      # OCR/render tools seen running
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            try:
                procs = [self.proc, *self.proc.children(recursive=True)]
                pss = sum(p.memory_full_info().pss for p in procs if p.is_running())
                self.tools |= {p.name() for p in procs[1:]} & {"tesseract", "pdftoppm"}
                self.samples.append((time.perf_counter() - self.start, pss))
            except psutil.Error:
                pass

    @property
    def peak(self) -> int:
        return max((s for _, s in self.samples), default=0)

    def __enter__(self) -> Tree:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def config_dir(data: Path, workers: int, extra: str = "") -> Path:
    config = data / "config"
    shutil.copytree(ROOT / "config", config, dirs_exist_ok=True)
    (config / "rules.yaml").unlink(missing_ok=True)     # measure the spine, not the outbox
    (config / "mailsort.yaml").write_text(f"ocr:\n  workers: {workers}\n{extra}")
    return config


def run_mailsort(inputs: Path, data: Path, workers: int, every: float = 0.5, code: str | None = None
                 ) -> tuple[float, Tree, list[tuple[float, dict]]]:
    """(seconds, memory samples, [(time, outcome)]) of one `mailsort process --json`."""
    config = config_dir(data, workers)
    cmd = [str(BIN / "mailsort"), "process", str(inputs), "--json", "--config", str(config),
           "--data", str(data)]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=_env(code))
    err: list[str] = []
    reader = threading.Thread(target=lambda: err.append(proc.stderr.read()), daemon=True)
    reader.start()
    outcomes = []
    with Tree(proc.pid, start, every) as tree:
        for line in proc.stdout:
            if line.strip():
                outcomes.append((time.perf_counter(), json.loads(line)))
        proc.wait()
    elapsed = time.perf_counter() - start
    reader.join()
    if proc.returncode not in (0, 4):
        sys.exit(f"mailsort process failed ({proc.returncode}): {''.join(err).strip()[-2000:]}")
    return elapsed, tree, [(t - start, o) for t, o in outcomes]


def _env(code: str | None) -> dict[str, str]:
    """`code`: a folder holding another version of the `mailsort` package (e.g. `git archive
    HEAD~3 mailsort models | tar -x -C DIR`), put before the installed one."""
    return {**os.environ, "PYTHONPATH": code} if code else dict(os.environ)


def sides(args) -> list[tuple[str, str | None]]:
    return ([("mailsort (--before)", args.before)] if args.before else []) + [("mailsort", None)]


def raw_tesseract(pages: list[Path], workers: int, out: Path) -> float:
    def one(i_page: tuple[int, Path]) -> None:
        i, page = i_page
        subprocess.run(["tesseract", str(page), str(out / f"raw{i}"), "-l", "deu+eng"],
                       check=True, capture_output=True, env=ENV)

    start = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(one, enumerate(pages)))
    return time.perf_counter() - start


def ocrmypdf(scans: list[Path], workers: int, out: Path) -> float | None:
    exe = BIN / "ocrmypdf"
    if not exe.exists():
        return None
    start = time.perf_counter()
    for n, path in enumerate(scans):
        cmd = [str(exe), "-q", "-l", "deu+eng", "-j", str(workers), "--output-type", "pdf",
               str(path), str(out / f"{n}.pdf")]
        if path.suffix.lower() != ".pdf":
            with Image.open(path) as img:      # images without a declared dpi need one
                if not img.info.get("dpi"):
                    cmd[2:2] = ["--image-dpi", "300"]
        subprocess.run(cmd, check=True, capture_output=True, env=ENV)
    return time.perf_counter() - start


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):7.1f} ({min(values):.1f}-{max(values):.1f})"


# -- the four parts -----------------------------------------------------------------------------

def bench_ocr(args, tmp: Path) -> None:
    items = scan_mix(args.cache, args.scans)
    scans = [args.cache / i["file"] for i in items]
    inbox = tmp / "scans"
    inbox.mkdir()
    for path in scans:
        shutil.copy(path, inbox / path.name)
    (tmp / "pages").mkdir()
    pages = page_images(scans, tmp / "pages")
    kinds = sorted({p.suffix.lower() for p in scans})
    print(f"OCR: {len(scans)} scanned items, {len(pages)} pages ({', '.join(kinds)}), "
          f"{args.workers} workers, {args.rounds} alternating rounds; median (min-max)")
    raw, omp = [], []
    ms = {label: [] for label, _ in sides(args)}
    marg = {label: [] for label, _ in sides(args)}
    peak = {label: 0 for label, _ in sides(args)}
    startups = {label: [] for label, _ in sides(args)}
    for r in range(args.rounds):
        (tmp / f"raw{r}").mkdir()
        raw.append(len(pages) / raw_tesseract(pages, args.workers, tmp / f"raw{r}") * 60)
        for k, (label, code) in enumerate(sides(args)):
            empty = tmp / f"empty{r}-{k}"
            empty.mkdir()
            startups[label].append(run_mailsort(empty, tmp / f"start{r}-{k}", args.workers,
                                                code=code)[0])
            secs, tree, outs = run_mailsort(inbox, tmp / f"ocr{r}-{k}", args.workers, code=code)
            n_pages = sum(o.get("pages", 0) for _, o in outs)
            ms[label].append(n_pages / secs * 60)
            marg[label].append(n_pages / max(secs - startups[label][-1], 1e-6) * 60)
            peak[label] = max(peak[label], tree.peak)
        (tmp / f"omp{r}").mkdir()
        if (t := ocrmypdf(scans, args.workers, tmp / f"omp{r}")) is not None:
            omp.append(len(pages) / t * 60)
    base = statistics.median(raw)
    print(f"  raw tesseract:         {spread(raw)} pages/min   1.00")
    if omp:
        print(f"  OCRmyPDF -j {args.workers}:          {spread(omp)} pages/min   "
              f"{statistics.median(omp) / base:.2f}")
    for label, _ in sides(args):
        m = statistics.median(ms[label])
        print(f"  {label + ':':22s} {spread(ms[label])} pages/min   {m / base:.2f}"
              f"  start-up ({statistics.median(startups[label]):.1f} s) included"
              + (f"; {m / statistics.median(omp):.2f} x OCRmyPDF" if omp else ""))
        print(f"  {'':22s} {spread(marg[label])} pages/min   "
              f"{statistics.median(marg[label]) / base:.2f}  marginal; peak PSS "
              f"{peak[label] / MB:.0f} MB")
    print("  targets: >= 0.95 x raw tesseract, >= 1.5 x OCRmyPDF")


def bench_text(args, tmp: Path) -> None:
    plain, attached = emails(tmp)
    small = max(args.text_items // 4, 1)
    print(f"Text-only: {args.text_items} items vs {small} (marginal), {args.workers} workers")
    kinds = (("no attachment", plain), ("born-digital PDF", attached))
    for n, (kind, files) in enumerate(kinds):
        unique_copies(files, args.text_items, tmp / f"t{n}-big")
        unique_copies(files, small, tmp / f"t{n}-few")
    for k, (label, code) in enumerate(sides(args)):
        rates = []
        for n, (kind, files) in enumerate(kinds):
            t_big, tree, outs = run_mailsort(tmp / f"t{n}-big", tmp / f"t{n}-big-run{k}",
                                             args.workers, code=code)
            t_few = run_mailsort(tmp / f"t{n}-few", tmp / f"t{n}-few-run{k}", args.workers,
                                 code=code)[0]
            decided = {d: sum(o["decision"] == d for _, o in outs)
                       for d in ("filed", "review", "quarantined")}
            rates.append((args.text_items - small) / max(t_big - t_few, 1e-6))
            print(f"  {label:20s} emails, {kind + ':':18s} {args.text_items / t_big:6.1f} items/s"
                  f" with start-up, {rates[-1]:6.1f} marginal  {decided}  peak PSS "
                  f"{tree.peak / MB:.0f} MB" + (f"  RAN {', '.join(sorted(tree.tools))}"
                                                 if tree.tools else ""))
        print(f"  {label:20s} with/without attachment (marginal): {rates[1] / rates[0]:.2f}")
    print("  targets: >= 150 items/s marginal, >= 60 with start-up, with/without >= 0.7")


def bench_backlog(args, tmp: Path) -> None:
    plain, attached = emails(tmp)
    mix = [f for pair in zip(plain * 20, attached) for f in pair]
    inbox = tmp / "backlog"
    unique_copies(mix, args.backlog, inbox)
    for k, (label, code) in enumerate(sides(args)):
        _backlog(args, tmp / f"backlog-run{k}", inbox, label, code)


def _backlog(args, data: Path, inbox: Path, label: str, code: str | None) -> None:
    secs, tree, outs = run_mailsort(inbox, data, args.workers, every=2.0, code=code)
    n = len(outs)
    print(f"Backlog, {label}: {n} emails (half with a PDF attached) in one run, {secs:.1f} s, "
          f"{n / secs:.1f} items/s with start-up")
    rates, mems = [], []
    for k in range(3):
        part = outs[k * n // 3:(k + 1) * n // 3]
        t0, t1 = part[0][0], part[-1][0]
        rates.append((len(part) - 1) / max(t1 - t0, 1e-6))
        window = [p for t, p in tree.samples if t0 <= t <= t1]
        mems.append(statistics.mean(window) / MB if window else float("nan"))
    print("  items/s by thirds:  " + "  ".join(f"{r:6.1f}" for r in rates)
          + f"   last/first {rates[2] / rates[0]:.2f} (target >= 0.90)")
    print("  tree PSS by thirds: " + "  ".join(f"{m:6.0f}" for m in mems)
          + f" MB, peak {tree.peak / MB:.0f} MB, last/first {mems[2] / mems[0]:.2f}"
          "   (target <= 400 MB, <= 1.05)")


def bench_watch(args, tmp: Path) -> None:
    items = scan_mix(args.cache, args.scans)
    one = next(args.cache / i["file"] for i in items
               if Path(i["file"]).suffix.lower() in (".png", ".jpg") and i["pages"] == 1)
    raw = []
    for r in range(3):
        (tmp / f"w-raw{r}").mkdir()
        raw.append(raw_tesseract([one], 1, tmp / f"w-raw{r}"))
    for k, (label, code) in enumerate(sides(args)):
        lat = _watch(args, tmp / f"watch{k}", one, code)
        print(f"Watch, {label}: one {one.suffix} page; tesseract alone {spread(raw)} s; "
              f"mailsort watch {spread(lat)} s; ratio "
              f"{statistics.median(lat) / statistics.median(raw):.2f} (target <= 1.5)")


def _watch(args, tmp: Path, one: Path, code: str | None) -> list[float]:
    inbox, data = tmp / "in", tmp / "data"
    inbox.mkdir(parents=True)
    data.mkdir()
    config = config_dir(data, args.workers)
    proc = subprocess.Popen([str(BIN / "mailsort"), "watch", str(inbox), "--json", "--config",
                             str(config), "--data", str(data)], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=_env(code))
    lat = []
    try:
        time.sleep(8)                                  # start-up, not part of the latency
        for r in range(3):
            staged = tmp / f"w{r}{one.suffix}"
            shutil.copy(one, staged)
            with open(staged, "ab") as fh:             # unique bytes: not a duplicate
                fh.write(f"{r}".encode())
            start = time.perf_counter()
            os.rename(staged, inbox / staged.name)     # appears complete, as a scanner's rename
            proc.stdout.readline()
            lat.append(time.perf_counter() - start)
    finally:
        proc.terminate()
        proc.wait(30)
    return lat


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--scans", type=int, default=16, help="scanned items of the mix")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--rounds", type=int, default=3, help="alternating OCR rounds of each side")
    ap.add_argument("--text-items", type=int, default=600)
    ap.add_argument("--backlog", type=int, default=2000, help="backlog items (10000: the target)")
    ap.add_argument("--skip", default="", help="comma-separated: ocr,text,backlog,watch")
    ap.add_argument("--before", help="folder with another version of the mailsort package, run "
                    "beside the installed one in every part")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "mailsort-bench-mix")
    args = ap.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    print(f"{time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} cores, load average "
          f"{os.getloadavg()[0]:.1f} at the start")
    with tempfile.TemporaryDirectory(prefix="mailsort-bench-") as tmp_name:
        tmp = Path(tmp_name)
        for part, fn in (("ocr", bench_ocr), ("text", bench_text), ("backlog", bench_backlog),
                         ("watch", bench_watch)):
            if part not in skip:
                fn(args, tmp)
                sys.stdout.flush()


if __name__ == "__main__":
    main()
