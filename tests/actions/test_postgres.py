"""The actions tables on PostgreSQL: idempotent enqueue (ON CONFLICT), retry, one digest per period."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

import pytest

from mailsort.actions import Actions, Scheduler
from mailsort.routing.directory import load_directory
from mailsort.settings import load_settings

from .conftest import LETTER_PDF, make_item, smtp_block, write_rules

pytestmark = pytest.mark.postgres
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"


@pytest.fixture
def pg_url():
    psycopg = pytest.importorskip("psycopg")
    try:
        conn = psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=3)
    except Exception as e:  # noqa: BLE001 - no server, nothing to test against
        pytest.skip(f"PostgreSQL at {PG_ADMIN} is unreachable: {' '.join(str(e).split())[:120]}")
    schema = f"act_{uuid.uuid4().hex[:12]}"
    with conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    yield f"{PG_ADMIN}?options=-csearch_path%3D{schema}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


def test_outbox_and_digests_on_postgres(config_dir, tmp_path, pg_url, smtp_server, clock):
    write_rules(config_dir, smtp_block(smtp_server.port) + """
clients:
  mueller-bau:
    digest: {schedule: daily, time: "07:30", recipients: [chef@mueller-bau.example]}
    rules:
      - id: fwd
        do: [{forward: {to: [a@example.org]}}]
""")
    settings = load_settings(config_dir, data_dir=tmp_path / "data", database_url=pg_url)

    def make() -> Actions:
        return Actions(settings, load_directory(settings.clients_file), clock=clock)

    outcome, source = make_item()
    smtp_server.drop_next = 1
    a = make()
    a.on_filed(outcome, "text", source, pdf_path=LETTER_PDF)
    assert [d.status for d in a.deliver_due()] == ["pending"]
    a.close()
    b = make()
    assert b.on_filed(outcome, "text", source, pdf_path=LETTER_PDF)[0].endswith("(already queued before)")
    clock.advance(seconds=2)
    assert [d.status for d in b.deliver_due()] == ["sent"]
    clock.set(datetime(2026, 11, 24, 7, 0, tzinfo=timezone.utc))
    assert Scheduler(b).tick()["delivered"] == 1
    b.close()
    c = make()
    assert Scheduler(c).tick()["digests_queued"] == 0
    c.close()
    assert len(smtp_server.messages) == 2
