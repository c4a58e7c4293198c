"""CPU seconds per OCR page: raw tesseract vs `mailsort process`, with every tesseract call logged.

    .venv/bin/python bench/ocr_cpu.py [--scans N] [--cache DIR] [--before DIR] [--keep DIR]

Wall-clock rates on a shared machine say little; CPU seconds of the process tree do not depend on
the load. Over the scan mix of `bench/throughput.py` (blind generator, seed 1201):
- raw: `tesseract -l deu+eng` on each page's own image (OMP_THREAD_LIMIT=1, as the bench runs it);
- mailsort: `mailsort process --json` with 2 workers, less an empty run's start-up.
A `tesseract` shim put first on PATH logs each call (arguments, input image size, its CPU) and
runs the real one, so mailsort's extra calls are counted by cause: OSD, Sauvola rescue, the
re-OCR of a turned page, the address window's second look.
"""

from __future__ import annotations

import argparse
import collections
import ctypes
import json
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import throughput  # noqa: E402

SHIM = '''#!{python} -I
import json, os, resource, subprocess, sys
args = sys.argv[1:]
size = None
try:
    if args and not args[0].startswith("-"):
        from PIL import Image
        with Image.open(args[0]) as im:
            size = [im.width, im.height, im.mode, im.format]
except Exception as exc:
    size = str(exc)[:80]
rc = subprocess.call([{real!r}, *args])
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
me = resource.getrusage(resource.RUSAGE_SELF)
with open(os.environ["TESS_LOG"], "a") as fh:
    fh.write(json.dumps({{"args": args, "size": size, "cpu": ru.ru_utime + ru.ru_stime,
                         "shim": me.ru_utime + me.ru_stime,
                         "omp": os.environ.get("OMP_THREAD_LIMIT")}}) + "\\n")
sys.exit(rc)
'''


def cause(args: list[str]) -> str:
    joined = " ".join(args)
    if not args or args[0].startswith("-"):
        return "tool check (--version, --list-langs)"
    if "--psm 0" in joined or "-l osd" in joined:
        return "OSD"
    if "thresholding_method=2" in joined:
        return "Sauvola rescue"
    if args[1].endswith("-window"):
        return "address window second look"
    if "-r" in Path(args[1]).name and Path(args[1]).name.rsplit("-r", 1)[-1].isdigit():
        return "re-OCR of a turned page"
    return "main OCR"


def _subreaper() -> None:
    """Orphans of the measured tree (the forkserver and its workers outlive `mailsort`'s main
    process by a moment) become our children, so their CPU reaches RUSAGE_CHILDREN when reaped."""
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(36, 1, 0, 0, 0) != 0:               # PR_SET_CHILD_SUBREAPER
        sys.exit("cannot become a child subreaper: CPU of orphaned workers would be lost")


def run(cmd: list[str], log: Path, env: dict[str, str]) -> float:
    """CPU seconds (user+sys) of the whole process tree of `cmd`, less the shim's own."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    # cwd: `python -m` puts it first on sys.path, where it would shadow `--before`'s package.
    subprocess.run(cmd, check=True, capture_output=True, env={**env, "TESS_LOG": str(log)},
                   cwd=log.parent)
    while True:                                        # reap orphans until none is left
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            break
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    shim = sum(json.loads(line)["shim"] for line in log.read_text().splitlines()) \
        if log.exists() else 0.0
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime) - shim


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--scans", type=int, default=16)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--cache", type=Path,
                    default=Path(tempfile.gettempdir()) / "mailsort-bench-mix")
    ap.add_argument("--before", help="folder with another version of the mailsort package")
    ap.add_argument("--keep", type=Path, help="keep the tesseract call logs here")
    args = ap.parse_args()
    _subreaper()
    items = throughput.scan_mix(args.cache, args.scans)
    scans = [args.cache / i["file"] for i in items]
    with tempfile.TemporaryDirectory(prefix="mailsort-ocrcpu-") as tmp_name:
        tmp = Path(tmp_name)
        shim_dir = tmp / "shim"
        shim_dir.mkdir()
        real = subprocess.run(["which", "tesseract"], capture_output=True, text=True,
                              check=True).stdout.strip()
        (shim_dir / "tesseract").write_text(SHIM.format(python=sys.executable, real=real))
        (shim_dir / "tesseract").chmod(0o755)
        env = {**os.environ, "PATH": f"{shim_dir}:{os.environ['PATH']}"}
        logs = args.keep or tmp / "logs"
        logs.mkdir(parents=True, exist_ok=True)
        inbox = tmp / "scans"
        inbox.mkdir()
        for path in scans:
            (inbox / path.name).write_bytes(path.read_bytes())
        (tmp / "pages").mkdir()
        pages = throughput.page_images(scans, tmp / "pages")
        (tmp / "raw").mkdir()
        raw_log = logs / "raw.jsonl"
        raw_log.unlink(missing_ok=True)
        raw_cpu = run([sys.executable, "-c", (
            "import sys, subprocess, os; from concurrent.futures import ThreadPoolExecutor\n"
            "env = {**os.environ, 'OMP_THREAD_LIMIT': '1'}\n"
            "pages = sys.argv[2:]\n"
            "def one(a):\n"
            "    subprocess.run(['tesseract', a[1], f'{sys.argv[1]}/raw{a[0]}', '-l', 'deu+eng'],"
            " check=True, capture_output=True, env=env)\n"
            f"with ThreadPoolExecutor({args.workers}) as p: list(p.map(one, enumerate(pages)))\n"),
            str(tmp / "raw"), *map(str, pages)], raw_log, env)
        print(f"{len(scans)} scanned items, {len(pages)} pages")
        rows = [("raw tesseract", raw_cpu, raw_log)]
        for label, code in throughput.sides(args):
            side_env = throughput._env(code)
            side_env["PATH"] = env["PATH"]
            tag = label.split()[-1].strip("()-")
            cpu = {}
            for what, folder in (("empty", tmp / f"empty-{tag}"), ("scans", inbox)):
                folder.mkdir(exist_ok=True)
                data = tmp / f"data-{tag}-{what}"
                config = throughput.config_dir(data, args.workers)
                log = logs / f"{tag}-{what}.jsonl"
                log.unlink(missing_ok=True)
                cpu[what] = run([sys.executable, "-m", "mailsort", "process", str(folder),
                                 "--json", "--config", str(config), "--data", str(data)],
                                log, side_env)
            rows.append((label, cpu["scans"] - cpu["empty"], logs / f"{tag}-scans.jsonl"))
            print(f"{label}: start-up (empty run) {cpu['empty']:.1f} s CPU")
        print(f"{'side':22s} {'CPU s/page':>10s} {'tesseract s/page':>17s}  calls by cause "
              "(count, tesseract CPU s)")
        for label, cpu, log in rows:
            calls = [json.loads(line) for line in log.read_text().splitlines()] \
                if log.exists() else []
            by = collections.defaultdict(lambda: [0, 0.0])
            for c in calls:
                by[cause(c["args"])][0] += 1
                by[cause(c["args"])][1] += c["cpu"]
            tess = sum(c["cpu"] for c in calls)
            print(f"{label:22s} {cpu / len(pages):10.2f} {tess / len(pages):17.2f}  "
                  + "; ".join(f"{k} {n} ({s:.1f})" for k, (n, s) in sorted(by.items())))


if __name__ == "__main__":
    main()
