"""The stages in order: intake -> extract -> route -> file -> act. Nothing else lives here."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from pathlib import Path

from .actions import load_actions
from .archive.batch import FilingBatch
from .archive.filing import Archive
from .errors import (InputRejected, InternalError, MailsortError, StorageError, WorkerCrashed,
                     is_fatal)
from .intake.sniff import InputVanished, take
from .learning.aliases import learned_aliases, with_learned
from .model import Document, Outcome, ParsedEmail, Source
from .ops.metrics import count_outcome, observe_document
from .routing.category import MODEL_FILE, CategoryModel
from .routing.directory import Directory, load_directory
from .routing.router import Router
from .settings import Settings
from .text.clean import path_text
from .text.extract import MAX_WORKER_CRASHES, Extractor

log = logging.getLogger("mailsort")

Input = tuple[Path, Path | None]          # (file, the inbox it was found in, if any)
_STAGED = object()                        # routed, its filing staged in the batch: not yet durable
_GROUP = 32                               # items staged at most before they are committed


class Pipeline:
    """One mailroom run. `process` yields one Outcome per input; bad inputs end in quarantine."""

    def __init__(self, settings: Settings, *, remove_inputs: bool | None = None,
                 directory: Directory | None = None):
        self.settings = settings
        self.remove_inputs = settings.remove_inputs if remove_inputs is None else remove_inputs
        self.directory = directory or load_directory(settings.clients_file)
        self.extractor = Extractor(settings)      # first: its workers start while models load
        try:
            self.archive = Archive(settings)
            self._router_basis: tuple | None = None
            self.refresh()
            self.actions = load_actions(settings, self.directory)
        except BaseException:
            # An old schema, a missing model: the workers being started must not outlive us
            # (a process exiting under them prints a forkserver traceback after our one line).
            self.extractor.close()
            raise

    def refresh(self) -> bool:
        """(Re)build the router when the category model or the VAs' learned aliases changed,
        so a long-running `watch` uses tonight's retrain and today's corrections."""
        model_file = self.settings.models_dir / MODEL_FILE
        learned = learned_aliases(self.settings.db_url)
        basis = (model_file.stat().st_mtime_ns if model_file.exists() else None,
                 sorted((k, tuple(v)) for k, v in learned.items()))
        if basis == self._router_basis:
            return False
        # Spellings the VAs taught in the review station count like the directory's aliases.
        self.router = Router(self.settings, with_learned(self.directory, self.settings.db_url),
                             CategoryModel.load(self.settings.models_dir))
        self._router_basis = basis
        return True

    def close(self) -> None:
        self.extractor.close()
        self.archive.claims.close()
        if self.actions is not None:
            self.actions.close()

    def deliver(self) -> list:
        """Send what the rules queued (forwards, alerts, webhooks); failures wait for a retry."""
        return self.actions.deliver_due() if self.actions is not None else []

    def __enter__(self) -> Pipeline:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the stages ------------------------------------------------------------------------

    def process(self, inputs: Iterable[Input],
                on_outcome: Callable[[Outcome], None] | None = None) -> list[Outcome]:
        outcomes = []
        for outcome in self.iter_process(inputs):
            count_outcome(outcome)
            outcomes.append(outcome)
            if on_outcome:
                on_outcome(outcome)
        return outcomes

    def iter_process(self, inputs: Iterable[Input], chunk: int = 64) -> Iterator[Outcome]:
        """Outcomes in completion order; inputs are taken `chunk` at a time to bound memory."""
        batch: list[Input] = []
        for item in inputs:
            batch.append(item)
            if len(batch) == chunk:
                yield from self._process_batch(batch)
                batch = []
        if batch:
            yield from self._process_batch(batch)

    def _process_batch(self, inputs: list[Input]) -> Iterator[Outcome]:
        decided: list[Outcome] = []             # at intake (quarantine, duplicates): no extraction
        repeats: list[Source] = []              # same content twice in one batch: after the first

        def jobs() -> Iterator[tuple[Source, ParsedEmail | None]]:
            # Taken and claimed one at a time, as the extractor has room for another item: a
            # process holds claims only on what it is about to extract, so another process on
            # the same inputs takes the next items instead of idling behind a batch of claims.
            seen: set[str] = set()
            for path, inbox in inputs:
                job_or_outcome = self._guarded("intake", path, None, self._intake, path, inbox)
                if job_or_outcome is None:
                    continue
                if isinstance(job_or_outcome, Outcome):
                    decided.append(job_or_outcome)
                elif job_or_outcome[0].sha256 in seen:
                    repeats.append(job_or_outcome[0])
                    _discard(job_or_outcome[1])
                else:
                    seen.add(job_or_outcome[0].sha256)
                    yield job_or_outcome

        # Items routed and staged for filing, made durable together (`_commit`) whenever the
        # extractor would otherwise wait, or `_GROUP` are staged: one parallel round of fsyncs and
        # one index commit for the group instead of ~4 fsyncs and a commit per item. Their claims
        # are held, and their inputs stay in the inbox, until their rows are committed.
        batch = FilingBatch()
        try:
            for source, result in self.extractor.extract_many(jobs(), on_crash=self._crashed,
                                                              idle=True):
                yield from _drain(decided)
                if source is not None:
                    staged = False
                    try:
                        outcome = self._after_extract(source, result, batch)
                        staged = outcome is _STAGED
                    finally:                    # not staged: its row (if any) is committed,
                        if not staged:          # others may look now; staged: at its commit
                            self.archive.claims.release(source.sha256)
                    if outcome is not None and not staged:
                        yield outcome
                if len(batch) >= _GROUP or (source is None and len(batch)):
                    yield from self._commit(batch)
            yield from self._commit(batch)
        finally:
            batch.discard()                     # stopped early: nothing staged became durable
        yield from _drain(decided)
        for source in repeats:
            if (outcome := self._guarded("filing", source.path, source, self._repeat,
                                         source)) is not None:
                yield outcome

    def _commit(self, batch: FilingBatch) -> Iterator[Outcome]:
        """Make the staged items durable; then, item by item, their rules and the input's removal;
        then the claims' release (one transaction for the group) and their lines."""
        staged, outcomes = list(batch.items), []
        try:
            try:
                failed = self.archive.commit(batch)
            except StorageError:
                if not all(_vanished(st.source.path) for st in staged):
                    raise                       # the archive is broken: stop, inputs stay put
                return                          # all taken by another process meanwhile: skipped
            for n, st in enumerate(staged):
                if n in failed:
                    outcomes.append(self._unforeseen("filing", st.source.path, st.source, failed[n]))
                    continue
                outcome = st.outcome
                if self.actions is not None and outcome.decision == "filed":
                    outcome = self._act(outcome, st.source, st.extra)
                self._consume(st.source.path)
                outcomes.append(outcome)
        finally:
            self.archive.claims.release_many([st.source.sha256 for st in staged])
        yield from (o for o in outcomes if o is not None)

    def _after_extract(self, source: Source, result: Document | MailsortError,
                       batch: FilingBatch) -> Outcome | None:
        if isinstance(result, MailsortError) and is_fatal(result):
            raise result                        # the machine is broken, not the letter: stop
        if isinstance(result, MailsortError) and _vanished(source.path):
            return None
        if isinstance(result, MailsortError):
            return self._quarantine(source.path, result, source)
        observe_document(result)
        return self._guarded("filing", source.path, source, self._route_file_act, source, result,
                             batch)

    def _guarded(self, stage: str, path: Path, source: Source | None, step: Callable, *args):
        """Run one item's step; an unforeseen exception quarantines that item, the run goes on.

        Only a broken machine (`is_fatal`) stops the run. The traceback goes to the log (`-v`
        shows it); the item's reason names the exception class and the stage.
        """
        try:
            return step(*args)
        except MailsortError as e:
            if is_fatal(e):
                raise
            return self._quarantine(path, e, source)   # InputRejected, ToolFailed: this item only
        except Exception as e:
            return self._unforeseen(stage, path, source, e)

    def _unforeseen(self, stage: str, path: Path, source: Source | None, e: Exception
                    ) -> Outcome | None:
        if _vanished(path):
            return None
        where = getattr(e, "mailsort_stage", stage)
        # The one-line reason follows from _quarantine; the traceback is for -v and logs.
        log.info("%s: %s failed", path_text(path), where, exc_info=e)
        return self._quarantine(path, InternalError.of(e, where, path_text(path.name)), source)

    def _repeat(self, source: Source) -> Outcome:
        return self._duplicate(source, self.archive.lookup(source))

    def _crashed(self, source: Source) -> int:
        """A worker died with this item in flight: count it where a restart will see it."""
        return self.archive.index.add_crash(source.sha256)

    def _intake(self, path: Path, inbox: Path | None
                ) -> tuple[Source, ParsedEmail | None] | Outcome | None:
        try:
            source, email = take(path, inbox, self.settings)
        except InputVanished as e:
            log.warning("%s (skipped)", e)     # taken by someone else: nothing left to keep
            return None
        except InputRejected as e:
            return self._quarantine(path, e, None)
        except FileNotFoundError:
            if _vanished(path):
                return None
            raise
        except OSError as e:
            return self._quarantine(path, InputRejected(f"{path}: cannot be read: {e.strerror}",
                                                         reason="unreadable"), None)
        existing = self.archive.lookup(source)
        if existing is not None and existing.decision != "quarantined":   # quarantined: try again
            _discard(email)
            return self._seen_before(source, existing)
        if self.archive.index.crash_count(source.sha256) >= MAX_WORKER_CRASHES:
            # It killed a worker twice already (maybe before a restart): never again.
            return self._quarantine(path, WorkerCrashed.after(path_text(path.name), MAX_WORKER_CRASHES),
                                    source)
        # Claim before any OCR: of several workers sharing this index, one extracts and files.
        claim = self.archive.claims.claim(source)
        if not claim.won:
            return self.archive.record_claimed_elsewhere(source, claim.holder, claim.holder_path)
        # Someone may have finished it between our look and our claim (their row is committed
        # before their claim goes): a row that appeared or changed since means it is done.
        now_there = self.archive.lookup(source)
        if now_there is not None and (existing is None or now_there.updated_at != existing.updated_at):
            self.archive.claims.release(source.sha256)
            # Not a leftover of an earlier run: another process filed it a moment ago (and reports
            # it); for this one it is a duplicate, else two watches report one letter twice.
            return self._duplicate(source, now_there)
        return source, email

    def _route_file_act(self, source: Source, document: Document, batch: FilingBatch
                        ) -> Outcome | object | None:
        """Route the item and stage its filing in `batch` (_STAGED), or its outcome when another
        process holds it now."""
        holder = self.archive.claims.holder(source.sha256)
        if holder != self.archive.claims.claimer:
            # Paused past our lease (a frozen VM, a stopped process): the item is someone else's.
            if document.searchable_pdf:
                with suppress(FileNotFoundError):
                    os.unlink(document.searchable_pdf)
            return self.archive.record_claimed_elsewhere(source, holder or "nobody (claim lost)",
                                                         path_text(source.path))
        try:
            routing = _in_stage("routing", self.router.route, source, document)
            _in_stage("filing", self.archive.file, source, document, routing, batch)
        except StorageError:
            if _vanished(source.path):
                return None
            raise                               # the archive is broken: stop, inputs stay put
        finally:
            if document.searchable_pdf:
                with suppress(FileNotFoundError):
                    os.unlink(document.searchable_pdf)
        batch.items[-1].extra = document        # for its rules, once it is durable
        return _STAGED

    def _act(self, outcome: Outcome, source: Source, document: Document) -> Outcome:
        """Rules act on a filed item. If they fail, the item stays filed (it is, durably) and its
        line says the rules did not run; quarantining a filed letter would hide it from its client."""
        try:
            self.actions.on_filed(outcome, document.text, source, document=document)
            return outcome
        except Exception as e:
            if is_fatal(e):
                raise
            log.info("%s: rules failed", path_text(source.path), exc_info=True)
            failure = str(InternalError.of(e, "acting", path_text(source.path.name)))
            log.error("%s (the item stays filed)", failure)
            with suppress(MailsortError):
                self.archive.index.add_event(outcome.item_id, "actions-failed", {"error": failure})
            return outcome.model_copy(update={"reason": f"filed, but its rules did not run: {failure}"})

    # -- the side roads ---------------------------------------------------------------------

    def _seen_before(self, source: Source, existing) -> Outcome:
        if self.remove_inputs and self.archive.is_leftover(source, existing):
            # This very file, filed: by an earlier run that stopped before removing it, or by
            # another process that has committed its row and is about to remove it (it holds the
            # claim until then, and reports the item itself).
            claim = self.archive.claims.claim(source)
            if not claim.won:
                return self.archive.record_claimed_elsewhere(source, claim.holder, claim.holder_path)
            try:
                if not os.path.lexists(source.path):
                    # Gone since we read it: the process that filed it removed it, then let go
                    # of its claim (and reports it). Not a leftover: here it is a duplicate.
                    return self._duplicate(source, existing)
                self._consume(source.path)
            finally:
                self.archive.claims.release(source.sha256)
            return self.archive.outcome_of(existing, reason="already filed by an earlier run; "
                                                            "input removed from the inbox")
        return self._duplicate(source, existing)

    def _duplicate(self, source: Source, existing) -> Outcome:
        if existing is None:                    # its twin in this batch was quarantined
            return self._quarantine(source.path, InputRejected(
                f"{source.path}: same content as an input quarantined in this run",
                reason="duplicate-of-quarantined"), source)
        outcome = self.archive.record_duplicate(source, existing)
        self._consume(source.path)
        return outcome

    def _quarantine(self, path: Path, error: MailsortError, source: Source | None) -> Outcome:
        try:
            outcome = self.archive.quarantine(path, error, source)
        except MailsortError:
            raise
        except Exception as e:              # not even quarantine works: the machine, not the item
            log.info("%s: quarantine failed", path_text(path), exc_info=True)
            raise StorageError(f"{path_text(path)}: cannot be quarantined ({type(e).__name__}: "
                               f"{e}); the input stays where it is") from e
        log.error("%s -> quarantined as %s", error, outcome.archived_as)
        self._consume(path)
        return outcome

    def _consume(self, path: Path) -> None:
        """Remove an input once its archived copy and index row are durable (watch mode)."""
        if self.remove_inputs:
            with suppress(FileNotFoundError):
                path.unlink()


def _drain(outcomes: list[Outcome]) -> Iterator[Outcome]:
    while outcomes:
        yield outcomes.pop(0)


def _discard(email: ParsedEmail | None) -> None:
    if email is not None:
        email.discard()                         # spooled attachments of an item not extracted


def _vanished(path: Path) -> bool:
    """True (and a log line) when the input is gone: another process sharing the inbox took it,
    so there is nothing to file or quarantine, and nothing wrong with this machine."""
    if os.path.lexists(path):
        return False
    log.warning("%s: no longer in the inbox (taken by another process?); skipped", path_text(path))
    return True


def _in_stage(stage: str, step: Callable, *args):
    """Run a stage; an unforeseen exception is labelled with the stage it came from."""
    try:
        return step(*args)
    except Exception as e:
        if not isinstance(e, MailsortError):
            with suppress(AttributeError):
                e.mailsort_stage = stage
        raise
