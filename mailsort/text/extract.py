"""Extractor: Source (+ parsed email) -> Document, pages of many items OCR'd in one process pool.

An item is split into parts (the file itself, or an email's PDF/image attachments); each part into
page tasks. Tasks of all items in flight share the pool, so two one-page letters keep two cores
busy as well as one two-page letter does. `extract_many` yields in completion order.
"""

from __future__ import annotations

import logging
import math
import multiprocessing
import os
import tempfile
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from ..einvoice.intake import plan as einvoice_plan
from ..errors import (InternalError, MailsortError, ToolFailed, ToolMissing, TooLarge, UnknownType,
                      WorkerCrashed)
from ..model import Document, Page, ParsedEmail, Source, Word
from ..settings import Settings
from . import emaildoc, images, layout
from .boxes import Box
from .clean import clean_optional, clean_text
from .finish import FinishJob, finish_task
from .items import Item, Part, Slot, Task, part_kind
from .pages import PageJob, PageOut, init_worker, layer_task, ocr_task
from .pdf import LayerPage, page_pixels

log = logging.getLogger(__name__)

_WORKER_ENV = ("PATH", "TESSDATA_PREFIX", "TMPDIR", "LANG", "LC_ALL")
# A worker died with an item in flight: maybe a neighbour's page did it, so the item runs once
# more alone; the second death is its own. Counted by the caller (`on_crash`) across restarts.
MAX_WORKER_CRASHES = 2
_SHORT_EMAIL_BODY = 200     # characters: below this, an attachment's first page gives the zones


def _words(boxes: list[Box]) -> list[Word]:
    return [Word(text=b.text, x=b.x, y=b.y, w=b.w, h=b.h, conf=b.conf, block=b.block,
                 line=b.line) for b in boxes]


def _cleaned(page: Page) -> Page:
    """The text boundary: whatever tesseract or pdfium said, routing gets well-formed text."""
    page.text = clean_text(page.text)
    for word in page.words:
        word.text = clean_text(word.text)
    page.origin = clean_optional(page.origin)
    return page


class Extractor:
    """`extract(source, email)` for one item; `extract_many(jobs)` for a stream of items."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.ocr = settings.ocr
        self._pool: ProcessPoolExecutor | None = None
        self._generation = 0                     # pools started so far: which one a task ran in
        self._on_crash: Callable[[Source], int] | None = None
        self.tmp_dir = self._make_tmp_dir(settings.data_dir)
        images.set_pixel_limit(self.ocr.max_image_pixels)
        # Start the workers now, from a thread: the server's import of the page code (~0.4 s)
        # and the workers' start overlap whatever the caller loads next (a process start
        # waits for the server to answer).
        self._starting = threading.Thread(target=self._start_workers, args=(self._executor(),),
                                          name="ocr-pool-start", daemon=True)
        self._starting.start()

    def _start_workers(self, pool: ProcessPoolExecutor) -> None:
        try:
            for _ in range(self.settings.workers):
                pool.submit(int)
        except RuntimeError:            # closed or broken before it got going: nothing to warm
            pass

    @staticmethod
    def _make_tmp_dir(data_dir: Path) -> Path | None:
        # In the data dir, the archive can move the searchable PDF with a rename.
        try:
            path = Path(data_dir) / "tmp"
            path.mkdir(parents=True, exist_ok=True)
            return path
        except OSError:
            return None

    # -- lifecycle -------------------------------------------------------------------------
    def __enter__(self) -> Extractor:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._starting.join()
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # forkserver, not fork: a forked worker shares the parent's loaded models and
            # counts them again in its RSS (3x the memory on paper); these workers start small.
            # Scripts that use the Extractor need the usual `if __name__ == "__main__":`.
            ctx = multiprocessing.get_context("forkserver")
            # The server imports the page code once and each worker is forked from it ready
            # (shared, copy-on-write), instead of each worker importing numpy, pydantic and
            # pdfium itself: ~0.5 s of CPU per worker at every start. Takes effect when the
            # server starts (once per program); '__main__' is the default's one entry.
            ctx.set_forkserver_preload(["__main__", "mailsort.text.pages"])
            # Workers come from a server started once per program: hand them today's PATH etc.
            env = {k: os.environ[k] for k in _WORKER_ENV if k in os.environ}
            self._pool = ProcessPoolExecutor(
                max_workers=self.settings.workers, mp_context=ctx,
                initializer=init_worker,
                initargs=(self.ocr.max_image_pixels, env, self.ocr.max_memory_mb))
        return self._pool

    # -- public API ------------------------------------------------------------------------
    def extract(self, source: Source, email: ParsedEmail | None = None) -> Document:
        for _, result in self.extract_many([(source, email)]):
            if isinstance(result, MailsortError):
                raise result
            return result
        raise ToolFailed(f"{source.path.name}: text extraction returned nothing")

    def extract_many(self, jobs: Iterable[tuple[Source, ParsedEmail | None]],
                     on_crash: Callable[[Source], int] | None = None, idle: bool = False
                     ) -> Iterator[tuple[Source, Document | MailsortError] | tuple[None, None]]:
        """Results in completion order; a failing item yields its error and the rest go on.

        `on_crash(source)` is told each time a worker dies with the item in flight and returns
        how many times that has happened to it in all (kept by the caller, e.g. in the index).
        `idle`: also yield (None, None) when about to wait for the pool with no result ready, so
        the caller can do its own waiting (fsyncs, commits) while the workers work.
        """
        self._on_crash = on_crash
        todo = iter(jobs)
        running: dict[Future, Task] = {}
        suspects: deque[Task] = deque()          # in flight when a worker died
        limit = 2 * self.settings.workers + 1      # enough queued pages to keep every core busy
        exhausted = False
        try:
            while True:
                if suspects:
                    # After a worker death, rerun each task that was in flight alone, so the
                    # one that kills workers fails by itself and its neighbours go through.
                    if not running:
                        self._send(suspects.popleft(), running, count=False)
                else:
                    while not exhausted and len(running) < limit:
                        job = next(todo, None)
                        if job is None:
                            exhausted = True
                            break
                        item = self._start(job[0], job[1], running)
                        if item.pending == 0 and (result := self._finish(item, running)):
                            yield result
                if not running:
                    if exhausted:
                        return
                    continue
                done, _ = wait(list(running), timeout=0, return_when=FIRST_COMPLETED)
                if not done:
                    if idle:
                        yield None, None
                    done, _ = wait(list(running), return_when=FIRST_COMPLETED)
                for fut in done:
                    task = running.pop(fut)
                    task.item.pending -= 1
                    self._on_done(fut, task, running, suspects)
                    if task.item.pending == 0 and (result := self._finish(task.item, running)):
                        yield result
        finally:
            # The caller stopped early (Ctrl-C, break): drop queued pages and scratch files.
            for fut, task in running.items():
                fut.cancel()
                task.item.cleanup()
            for task in suspects:
                task.item.cleanup()

    # -- planning and task bookkeeping -----------------------------------------------------
    def _start(self, source: Source, email: ParsedEmail | None, running: dict) -> Item:
        item = Item(source=source, email=email, tmp_dir=self.tmp_dir)
        try:
            if source.kind == "email" or email is not None:
                self._plan_email(item)
            elif source.kind != "xml":              # an e-invoice: its rendered picture, below
                kind = part_kind(source.path, source.media_type)
                if kind is None:
                    raise UnknownType(f"{source.path.name}: no text can be read from "
                                      f"{source.media_type} files")
                item.parts.append(Part(source.path, source.path.name, kind, None, False))
            einvoice_plan(item, Part)               # structured invoice: XML, attachment, ZUGFeRD
            for part in item.parts:
                if part.failed is None:
                    self._plan_part(item, part, running)
            self._release(item, running)
        except MailsortError as exc:
            item.error = item.error or exc
        except Exception as exc:  # e.g. the scratch dir is not writable: this item only
            log.exception("text extraction could not start on %s", source.path.name)
            item.error = item.error or ToolFailed(
                f"{source.path.name}: text extraction failed ({type(exc).__name__}: {exc})")
        return item

    def _plan_email(self, item: Item) -> None:
        if item.email is None:
            raise ToolFailed(f"{item.source.path.name}: email item without its parsed message")
        info = item.email.info
        # Rendered at the end, once it is known which attachments could not be read.
        item.head.append(Slot(emaildoc.body_page(info), item.workdir / "email-body.pdf", None))
        for n, att in enumerate(item.email.attachments):
            name = Path(att.info.filename or f"attachment-{n + 1}").name
            kind = part_kind(Path(name), att.info.media_type)
            if kind is None:
                continue
            # The spooled file as it is: its name never came from the sender.
            part = Part(att.path, name, kind, name, True)
            if att.refused:                          # intake found a bomb: listed as unread
                part.failed = TooLarge(f"{name}: {att.refused}")
            item.parts.append(part)

    def _plan_part(self, item: Item, part: Part, running: dict) -> None:
        try:
            if part.kind == "pdf":
                self._submit(item, part, None, running, layer_task, part.path, part.name,
                             self.ocr.max_pages, self.ocr.page_timeout)
                item.layers += 1
                return
            frames = images.frame_count(part.path, self.ocr.max_image_pixels, part.name)
            if frames > self.ocr.max_pages:
                raise TooLarge(f"{part.name}: {frames} pages, more than the limit of "
                               f"{self.ocr.max_pages} (ocr.max_pages)")
            item.waiting += [(part, "image", frame, self.ocr.dpi) for frame in range(frames)]
        except MailsortError as exc:
            self._fail(item, part, exc)

    def _release(self, item: Item, running: dict) -> None:
        """Send the held-back OCR pages once every part's page count is known, if the item's
        pages fit ocr.max_pages; otherwise the item fails before any OCR."""
        if item.layers or not item.waiting:
            return
        waiting, item.waiting = [w for w in item.waiting if w[0].failed is None], []
        if item.error is not None:
            return
        total = len(waiting) + sum(len(p.slots) for p in item.parts if p.failed is None)
        if total > self.ocr.max_pages:
            item.error = TooLarge(f"{item.source.path.name}: {total} pages, more than the limit "
                                  f"of {self.ocr.max_pages} (ocr.max_pages); none was OCR'd")
            return
        for part, kind, index, dpi in waiting:
            self._submit_ocr(item, part, kind, index, running, dpi)

    def _submit(self, item: Item, part: Part, index: int | None, running: dict, fn, *args
                ) -> None:
        self._send(Task(item, part, index, fn, args), running)

    def _send(self, task: Task, running: dict, count: bool = True) -> None:
        try:
            fut = self._executor().submit(task.fn, *task.args)
        except BrokenProcessPool:
            self._reset_pool()
            fut = self._executor().submit(task.fn, *task.args)
        task.generation = self._generation
        running[fut] = task
        if count:                            # a suspect was counted when it was set aside
            task.item.pending += 1

    def _count_crash(self, task: Task) -> int:
        """Crashes of the task's item: one per pool death, however many of its pages were in it."""
        item = task.item
        if task.generation not in item.crashed_in:
            item.crashed_in.add(task.generation)
            item.crashes = self._on_crash(item.source) if self._on_crash else item.crashes + 1
        return item.crashes

    def _reset_pool(self) -> None:
        # A worker died (killed by the OOM killer, a crash in a C library, the hang alarm):
        # the pool is unusable; start a fresh one at the next submit.
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
            self._generation += 1

    def _submit_ocr(self, item: Item, part: Part, kind: str, index: int, running: dict,
                    dpi: int) -> None:
        out_base = item.workdir / f"p{len(item.parts)}-{id(part) % 10000}-{index + 1}"
        job = PageJob(kind=kind, path=part.path, index=index, name=part.name, out_base=out_base,
                      languages=self.ocr.languages, dpi=dpi,
                      timeout=self.ocr.page_timeout, max_pixels=self.ocr.max_image_pixels,
                      ocr_pixels=self.ocr.max_ocr_pixels)
        self._submit(item, part, index, running, ocr_task, job)

    def _on_done(self, fut: Future, task: Task, running: dict, suspects: deque) -> None:
        self._take_result(fut, task, running, suspects)
        if task.index is None and not task.final and not (suspects and suspects[-1] is task):
            task.item.layers -= 1                # back for good (not set aside for a rerun)
            self._release(task.item, running)

    def _take_result(self, fut: Future, task: Task, running: dict, suspects: deque) -> None:
        item, part, index = task.item, task.part, task.index
        try:
            result = fut.result()
        except MailsortError as exc:
            return self._fail(item, part, exc)
        except BrokenProcessPool:
            if self._pool is not None and task.generation == self._generation:
                self._reset_pool()
            crashes = self._count_crash(task)
            if crashes < MAX_WORKER_CRASHES:   # it may have been a neighbour's page: once more
                task.item.pending += 1       # still owed to the item
                suspects.append(task)
                return None
            log.error("a text-extraction worker died on %s %d times", task.name, crashes)
            return self._fail(item, part, WorkerCrashed.after(task.name, crashes))
        except Exception as exc:  # a bug or an odd input: this item only
            log.info("text extraction failed on %s", task.name, exc_info=True)
            return self._fail(item, part, InternalError.of(exc, "extraction", task.name))
        if task.final:
            pages, _ = item.finishing
            item.document = Document(pages=pages, zones=layout.zones(self._zone_page(item, pages)),
                                     searchable_pdf=result,
                                     email=item.email.info if item.email is not None else None,
                                     einvoice=item.einvoice)
        elif index is None:
            self._on_layer(item, part, result, running)
        else:
            out: PageOut = result
            page = Page(number=0, text=out.text, words=_words(out.words), method="ocr",
                        rotation=out.rotation, skew=out.skew, confidence=out.confidence,
                        origin=part.origin, ocr_seconds=out.seconds)
            part.slots[index] = [Slot(page, out.pdf, 0)]

    def _on_layer(self, item: Item, part: Part, layer: list[LayerPage], running: dict
                  ) -> None:
        for lp in layer:
            if lp.usable:
                page = Page(number=0, text=lp.text, words=_words(lp.words),
                            method="text-layer", origin=part.origin)
                part.slots[lp.number] = [Slot(page, part.path, lp.number)]
                continue
            pixels = page_pixels(lp, self.ocr.dpi)
            if pixels > self.ocr.max_image_pixels:
                return self._fail(item, part, TooLarge(
                    f"{part.name}: page {lp.number + 1} is too large to rasterise"))
            dpi = self.ocr.dpi
            if pixels > self.ocr.max_ocr_pixels:       # a poster-sized page: render it smaller
                dpi = max(72, int(dpi * math.sqrt(self.ocr.max_ocr_pixels / pixels)))
            item.waiting.append((part, "pdf", lp.number, dpi))

    def _fail(self, item: Item, part: Part | None, exc: MailsortError) -> None:
        if part is not None and part.optional and not isinstance(exc, ToolMissing):
            log.warning("attachment skipped: %s", exc)
            part.failed = exc
            return
        item.error = item.error or exc

    # -- assembly --------------------------------------------------------------------------
    def _finish(self, item: Item, running: dict) -> tuple[Source, Document | MailsortError] | None:
        """The item's result once all its pages are back and its PDF is assembled; until then
        None, after sending the last task (email body, searchable PDF) to the pool."""
        if item.error is None and item.document is None:
            try:
                self._send_finish(item, running)
                return None
            except MailsortError as exc:
                item.error = exc
            except Exception as exc:  # e.g. the scratch dir is full: this item only
                log.info("searchable PDF of %s could not be assembled", item.source.path.name,
                         exc_info=True)
                item.error = InternalError.of(exc, "extraction", item.source.path.name)
        try:
            return item.source, item.error if item.error is not None else item.document
        finally:
            item.cleanup()

    def _send_finish(self, item: Item, running: dict) -> None:
        slots = list(item.head)
        renders = []
        for head in item.head:
            unread = [f"Anhang nicht gelesen: {p.name} ({p.failed})" for p in item.parts if p.failed]
            if unread:
                head.page.text += "\n\n" + "\n".join(unread)
            subject = item.email.info.subject if item.email is not None else None
            renders.append((head.page.text, head.pdf, subject or ""))
        for part in item.parts:
            if part.failed is None:
                slots += [s for i in sorted(part.slots) for s in part.slots[i]]
        total = sum(1 for s in slots if s.page.method != "email-body")
        if total > self.ocr.max_pages:
            raise TooLarge(f"{item.source.path.name}: {total} pages, more than the limit of "
                           f"{self.ocr.max_pages} (ocr.max_pages)")
        pages = []
        for n, slot in enumerate(slots, start=1):
            slot.page.number = n
            pages.append(_cleaned(slot.page))
        fd, name = tempfile.mkstemp(prefix=f"{item.source.item_id}-", suffix=".pdf",
                                    dir=self.tmp_dir)
        os.close(fd)
        item.finishing = (pages, Path(name))
        job = FinishJob(tuple(renders), tuple(self._pdf_parts(item, slots)), Path(name),
                        self.ocr.page_timeout)
        self._send(Task(item, None, None, finish_task, (job,)), running)

    @staticmethod
    def _pdf_parts(item: Item, slots: list[Slot]) -> list[tuple[Path, int | None]]:
        parts = [(s.pdf, s.index) for s in slots]
        # A born-digital PDF read from its text layer alone is kept byte for byte.
        if (len(item.parts) == 1 and not item.head and item.parts[0].kind == "pdf"
                and all(p == item.parts[0].path for p, _ in parts)
                and [i for _, i in parts] == list(range(len(parts)))):
            return [(item.parts[0].path, None)]
        return parts

    @staticmethod
    def _zone_page(item: Item, pages: list[Page]) -> Page:
        first = pages[0]
        if (first.method == "email-body" and len(pages) > 1 and item.email is not None
                and len(item.email.info.body_text.strip()) < _SHORT_EMAIL_BODY):
            return pages[1]
        return first
