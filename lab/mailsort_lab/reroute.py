"""`mailsort eval` with the extracted text kept: OCR once, then re-route a labelled set in seconds.

    .venv/bin/python -m mailsort_lab.reroute DIR [--cache CACHE] [--json] [--outcomes FILE]

Runs the real pipeline (intake, route, file into a throwaway archive, score) over DIR, but the
extractor's results are cached in CACHE (default DIR/.extracted) under the item's SHA-256 and a
digest of `mailsort/text/`'s source: a change to routing re-runs in seconds, a change to OCR or
extraction reads the pages again. For routing work only; figures of record come from `mailsort eval`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

import mailsort.text
from mailsort.model import Document, ParsedEmail, Source


def code_digest() -> str:
    """What the cached documents depend on: the extraction code (and its tesseract settings)."""
    h = hashlib.sha256()
    for path in sorted(Path(mailsort.text.__file__).parent.rglob("*.py")):
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


class CachingExtractor:
    """Wraps the pipeline's extractor: cached documents come back at once, the rest are read."""

    def __init__(self, inner, cache: Path):
        self.inner, self.cache = inner, cache / code_digest()
        self.cache.mkdir(parents=True, exist_ok=True)
        self.hits = self.misses = 0

    def __getattr__(self, name: str):
        return getattr(self.inner, name)

    def _cached(self, source: Source) -> Document | None:
        meta = self.cache / f"{source.sha256}.json"
        if not meta.exists():
            return None
        doc = Document.model_validate_json(meta.read_text())
        pdf = self.cache / f"{source.sha256}.pdf"
        if pdf.exists():                       # the archive takes (moves) the searchable PDF
            fd, tmp = tempfile.mkstemp(suffix=".pdf")
            os.close(fd)
            shutil.copyfile(pdf, tmp)
            doc.searchable_pdf = Path(tmp)
        return doc

    def _store(self, source: Source, doc: Document) -> None:
        if doc.searchable_pdf is not None and doc.searchable_pdf.exists():
            shutil.copyfile(doc.searchable_pdf, self.cache / f"{source.sha256}.pdf")
        (self.cache / f"{source.sha256}.json").write_text(doc.model_dump_json())

    def extract_many(self, jobs: Iterable[tuple[Source, ParsedEmail | None]], on_crash=None,
                     idle: bool = False) -> Iterator[tuple[Source | None, object]]:
        todo = []
        for source, email in jobs:
            if (doc := self._cached(source)) is not None:
                self.hits += 1
                if email is not None:
                    email.discard()
                yield source, doc
            else:
                todo.append((source, email))
        # `idle`: the pipeline commits its staged filings while the pool works: (None, None).
        for source, result in self.inner.extract_many(todo, on_crash=on_crash, idle=idle):
            if isinstance(result, Document):
                self.misses += 1
                self._store(source, result)
            yield source, result


def main(argv: list[str] | None = None) -> int:
    from rich.console import Console

    from mailsort.evaluate import load_labels, render, score
    from mailsort.intake.inputs import iter_inputs
    from mailsort.pipeline import Pipeline
    from mailsort.settings import load_settings

    ap = argparse.ArgumentParser(prog="python -m mailsort_lab.reroute", description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path, help="a labelled folder (labels.json)")
    ap.add_argument("--cache", type=Path, help="where extracted documents are kept (DIR/.extracted)")
    ap.add_argument("--config", type=Path, help="config folder (default: the usual lookup)")
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    ap.add_argument("--outcomes", type=Path, help="also write the outcome JSON lines here")
    args = ap.parse_args(argv)

    labels = load_labels(args.folder)
    cache = args.cache or args.folder / ".extracted"
    with tempfile.TemporaryDirectory(prefix="mailsort-reroute-") as tmp:
        settings = load_settings(args.config, data_dir=Path(tmp))
        inputs = [i for i in iter_inputs([args.folder], settings) if cache not in i[0].parents]
        with Pipeline(settings, remove_inputs=False) as pipeline:
            pipeline.extractor = extractor = CachingExtractor(pipeline.extractor, cache)
            outcomes = [json.loads(o.json_line()) for o in pipeline.process(inputs)]
    print(f"extracted {extractor.misses}, from cache {extractor.hits}", file=sys.stderr)
    if args.outcomes:
        args.outcomes.write_text("".join(json.dumps(o) + "\n" for o in outcomes))
    report = score(outcomes, labels)
    if args.json:
        print(json.dumps(report.to_dict(), indent=2, default=str))
    else:
        render(report, Console())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
