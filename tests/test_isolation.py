"""One bad item never stops the mailroom: the inputs outside testers broke it with, through the
real `mailsort process --json`, beside good letters; and unforeseen errors in each stage."""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import RESOURCES, SAMPLES

MAILSORT = str(Path(sys.executable).with_name("mailsort"))
HOSTILE = RESOURCES / "isolation"
GOOD = ["letter-003.eml", "letter-014.pdf"]             # an email and a born-digital PDF
ODD_NAME = os.fsencode("rechnung-") + b"\xff\xfe-okt.pdf"  # Latin-1 scanner, not UTF-8
ODD_BROKEN = b"kaputt-\xe4.pdf"


def _make_inbox(inbox: Path) -> dict[str, str]:
    """Fills the inbox; returns {name as `process` shows it: what it is}."""
    from tests.resources.isolation.make_resources import MAIL

    for name in GOOD:
        shutil.copy2(SAMPLES / name, inbox / name)
    shutil.copy2(HOSTILE / "emoji-invoice.pdf", inbox / "emoji-invoice.pdf")
    shutil.copy2(HOSTILE / "surrogate-subject.eml", inbox / "surrogate-subject.eml")
    (inbox / "big-subject.eml").write_text(MAIL.format(subject="Rechnung " + "x" * 1_000_000),
                                           encoding="utf-8")
    shutil.copy2(SAMPLES / "letter-024.pdf", os.path.join(os.fsencode(inbox), ODD_NAME))
    pdf = (SAMPLES / "letter-014.pdf").read_bytes()
    with open(os.path.join(os.fsencode(inbox), ODD_BROKEN), "wb") as fh:
        fh.write(pdf[: len(pdf) // 3])
    return {**{n: "good" for n in GOOD}, "emoji-invoice.pdf": "emoji", "big-subject.eml": "subject",
            "surrogate-subject.eml": "surrogate", "rechnung-\\xff\\xfe-okt.pdf": "odd-name",
            "kaputt-\\xe4.pdf": "odd-broken"}


def test_hostile_inputs_each_get_one_line_good_ones_are_filed_and_the_run_ends_with_4(
        tmp_path, config_dir, inbox):
    expected = _make_inbox(inbox)
    data = tmp_path / "data"
    result = subprocess.run([MAILSORT, "process", str(inbox), "--json", "--config", str(config_dir),
                             "--data", str(data)], capture_output=True, timeout=900)
    stderr = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 4, stderr
    lines = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    by_name = {Path(o["source"]).name: o for o in lines}
    assert len(lines) == len(expected) and set(by_name) == set(expected), sorted(by_name)
    assert "Traceback" not in stderr and "unexpected error" not in stderr
    for name, what in expected.items():
        o = by_name[name]
        if what == "good":
            assert o["decision"] == "filed", o
        elif what == "odd-broken":
            assert o["decision"] == "quarantined" and "kaputt-\\xe4.pdf: PDF is damaged" in o["reason"]
        else:                    # read and routed like any letter: no internal error any more
            assert o["decision"] in ("filed", "review"), o
            assert "internal error" not in (o["reason"] or "")
    emoji = json.loads(Path(by_name["emoji-invoice.pdf"]["archived_as"]).with_suffix(".json")
                       .read_text(encoding="utf-8"))
    assert emoji["outcome"]["pages"] == 1
    odd = by_name["rechnung-\\xff\\xfe-okt.pdf"]
    meta = json.loads(Path(odd["archived_as"]).with_suffix(".json").read_text(encoding="utf-8"))
    assert bytes.fromhex(meta["source"]["path_bytes"]).endswith(ODD_NAME)   # the exact name, kept
    reason = Path(by_name["kaputt-\\xe4.pdf"]["archived_as"] + ".reason.txt")
    exact = os.path.join(os.fsencode(inbox), ODD_BROKEN).hex()
    assert f"(hex, not UTF-8): {exact}\n" in reason.read_text(encoding="utf-8")


@pytest.fixture
def pipeline(settings):
    from mailsort.pipeline import Pipeline

    with Pipeline(settings) as p:
        yield p


def _fail_on(name: str, exc: Exception):
    def fail(self, source, *args, **kwargs):
        if source.path.name == name:
            raise exc
        return fail.real(self, source, *args, **kwargs)
    return fail


@pytest.mark.parametrize("stage", ["routing", "filing"])
def test_an_unforeseen_error_quarantines_its_item_with_a_one_line_reason_and_the_run_goes_on(
        pipeline, inbox, monkeypatch, caplog, stage):
    from mailsort.archive.filing import Archive
    from mailsort.routing.router import Router

    for name in ("letter-003.eml", "letter-005.eml"):
        shutil.copy2(SAMPLES / name, inbox / name)
    cls, method = (Router, "route") if stage == "routing" else (Archive, "file")
    fail = _fail_on("letter-005.eml", UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates"))
    fail.real = getattr(cls, method)
    monkeypatch.setattr(cls, method, fail)
    with caplog.at_level(logging.INFO):
        outcomes = {Path(o.source).name: o for o in pipeline.process(
            [(inbox / n, inbox) for n in ("letter-005.eml", "letter-003.eml")])}
    bad = outcomes["letter-005.eml"]
    assert bad.decision == "quarantined"
    assert bad.reason == f"letter-005.eml: internal error: UnicodeEncodeError in {stage}; see log"
    assert outcomes["letter-003.eml"].decision == "filed"
    assert any(r.exc_info and r.exc_info[0] is UnicodeEncodeError for r in caplog.records)
    assert Path(bad.archived_as).exists()


def test_a_filing_that_fails_after_storing_files_takes_them_back(pipeline, inbox, monkeypatch):
    from mailsort.archive.index import Index

    shutil.copy2(SAMPLES / "letter-003.eml", inbox / "letter-003.eml")
    real = Index.record

    def broken_record(self, row, events=()):
        if row.decision != "quarantined":
            raise ValueError("index row cannot be written")
        return real(self, row, events)

    monkeypatch.setattr(Index, "record", broken_record)
    [outcome] = pipeline.process([(inbox / "letter-003.eml", inbox)])
    assert outcome.decision == "quarantined" and "ValueError in filing" in outcome.reason
    assert pipeline.archive.store.list() == []                # nothing half-filed in the archive
    assert (inbox / "letter-003.eml").exists()


def test_rules_that_fail_leave_the_item_filed_and_say_so(settings, config_dir, inbox, monkeypatch):
    from mailsort.actions import Actions
    from mailsort.pipeline import Pipeline

    (config_dir / "rules.yaml").write_text(
        "defaults:\n  rules:\n    - id: tag-all\n      do:\n        - hold: {}\n", encoding="utf-8")
    shutil.copy2(SAMPLES / "letter-003.eml", inbox / "letter-003.eml")

    def broken(self, outcome, *args, **kwargs):
        raise KeyError("digest")

    monkeypatch.setattr(Actions, "on_filed", broken)
    with Pipeline(settings) as pipeline:
        [outcome] = pipeline.process([(inbox / "letter-003.eml", inbox)])
        stages = [e.stage for e in pipeline.archive.index.events(outcome.item_id)]
    assert outcome.decision == "filed" and Path(outcome.archived_as).exists()
    assert outcome.reason == ("filed, but its rules did not run: letter-003.eml: internal error: "
                              "KeyError in acting; see log")
    assert stages[-1] == "actions-failed"
