"""Fixtures for the archive tests: real files, a real SQLite file, the machine's PostgreSQL."""

from __future__ import annotations

import hashlib
import shutil
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from mailsort.archive import Index
from mailsort.model import (Candidate, Category, Document, Fields, Page, Recipient, Routing, Source)
from mailsort.settings import Settings

RES = Path(__file__).resolve().parents[1] / "resources" / "archive"
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(config_dir=tmp_path, data_dir=tmp_path / "data")


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    d = tmp_path / "inbox" / "station-1"
    d.mkdir(parents=True)
    return d


def make_source(path: Path, kind: str = "pdf", media_type: str = "application/pdf") -> Source:
    data = path.read_bytes()
    return Source(path=path, kind=kind, media_type=media_type, sha256=hashlib.sha256(data).hexdigest(),
                  size=len(data), station="station-1", inbox=path.parent.parent,
                  received_at=datetime(2026, 11, 21, 9, 30, tzinfo=UTC))


def drop(inbox: Path, resource: str, name: str | None = None) -> Path:
    dest = inbox / (name or resource)
    shutil.copyfile(RES / resource, dest)
    return dest


def make_document(tmp_path: Path, text: str, with_pdf: bool = True) -> Document:
    pdf = None
    if with_pdf:
        # The text stage hands over a temporary searchable PDF; the archive moves it.
        pdf = tmp_path / f"searchable-{uuid.uuid4().hex}.pdf"
        shutil.copyfile(RES / "rechnung.pdf", pdf)
    return Document(pages=[Page(number=1, text=text, method="ocr", confidence=91.5)], searchable_pdf=pdf)


def make_routing(client_id: str | None, decision: str = "filed", label: str = "invoice",
                 sender: str | None = "Stadtwerke Musterstadt GmbH",
                 letter_date: date | None = date(2026, 11, 20)) -> Routing:
    rec = Recipient(client_id=client_id, confidence=0.96, evidence="address block: Müller Bau GmbH") \
        if client_id else None
    return Routing(recipient=rec,
                   candidates=[Candidate(client_id=client_id or "mueller-bau", score=0.96, evidence="name"),
                               Candidate(client_id="mueller-bauservice", score=0.41, evidence="name")],
                   category=Category(label=label, confidence=0.9, alternatives={"reminder": 0.07}),
                   fields=Fields(sender=sender, date=letter_date, deadlines=[date(2026, 12, 4)],
                                 subject="Rechnung Nr. 2026-4711"),
                   decision=decision, reason=None if decision == "filed" else "recipient unclear")


def _pg_reachable() -> str | None:
    try:
        import psycopg

        with psycopg.connect(PG_ADMIN, connect_timeout=3):
            return None
    except Exception as e:  # noqa: BLE001 - any failure means: no server to test against
        return f"PostgreSQL at {PG_ADMIN} is unreachable: {' '.join(str(e).split())[:120]}"


@pytest.fixture(scope="session")
def pg_database():
    """One fresh database on the local PostgreSQL per test run (per xdist worker), dropped after."""
    import psycopg

    why = _pg_reachable()
    if why:
        pytest.skip(why)
    name = f"mailsort_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql://postgres@127.0.0.1:5432/{name}"
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_url(pg_database):
    """A URL whose connections live in a schema of their own, so every test starts empty."""
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_database, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    yield f"{pg_database}?options=-csearch_path%3D{schema}"
    with psycopg.connect(pg_database, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def index(request, tmp_path: Path):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'db' / 'mailsort.db'}"
    else:
        url = request.getfixturevalue("pg_url")
    idx = Index(url)
    idx.create()
    yield idx
    idx.close()
