"""The schema of the last release before migrations: every table on mailsort.db.Base and the
full-text index (FTS5 with its triggers on SQLite, a GIN tsvector index on PostgreSQL).

Frozen: the DDL is written out here, not taken from the models, so later model changes need a
revision of their own and never change what this one creates.

Revision ID: 0001
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# As archive/search.py created them (a SQLite expression must fold exactly like search queries).
SQLITE_FTS = ["CREATE VIRTUAL TABLE IF NOT EXISTS items_fts USING fts5( item_id UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2')",
 'CREATE TRIGGER IF NOT EXISTS items_fts_ins AFTER INSERT ON items BEGIN INSERT INTO items_fts(item_id, body) VALUES (new.item_id, '
 "replace(replace(replace(replace(replace(replace(replace(replace(coalesce(new.subject, '') || ' ' || coalesce(new.sender, '') || ' ' || coalesce(new.text, ''), 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), "
 "'Ä', 'ae'), 'Ö', 'oe'), 'Ü', 'ue'), 'ß', 'ss'), 'ẞ', 'ss')); END",
 'CREATE TRIGGER IF NOT EXISTS items_fts_upd AFTER UPDATE OF subject, sender, text ON items BEGIN DELETE FROM items_fts WHERE item_id = old.item_id; INSERT INTO items_fts(item_id, body) VALUES '
 "(new.item_id, replace(replace(replace(replace(replace(replace(replace(replace(coalesce(new.subject, '') || ' ' || coalesce(new.sender, '') || ' ' || coalesce(new.text, ''), 'ä', 'ae'), 'ö', 'oe'), "
 "'ü', 'ue'), 'Ä', 'ae'), 'Ö', 'oe'), 'Ü', 'ue'), 'ß', 'ss'), 'ẞ', 'ss')); END",
 'CREATE TRIGGER IF NOT EXISTS items_fts_del AFTER DELETE ON items BEGIN DELETE FROM items_fts WHERE item_id = old.item_id; END']
PG_FTS = ["CREATE INDEX IF NOT EXISTS ix_items_fts ON items USING GIN ((to_tsvector('simple', replace(replace(replace(replace(replace(replace(replace(replace(coalesce(items.subject, '') || ' ' || "
 "coalesce(items.sender, '') || ' ' || coalesce(items.text, ''), 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'Ä', 'ae'), 'Ö', 'oe'), 'Ü', 'ue'), 'ß', 'ss'), 'ẞ', 'ss'))))"]


def upgrade() -> None:
    op.create_table('act_attempts',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('outbox_id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.String(length=64), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ok', sa.Boolean(), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_act_attempts_item_id'), 'act_attempts', ['item_id'], unique=False)
    op.create_index(op.f('ix_act_attempts_outbox_id'), 'act_attempts', ['outbox_id'], unique=False)
    op.create_table('act_deadlines',
    sa.Column('item_id', sa.String(length=64), nullable=False),
    sa.Column('due', sa.Date(), nullable=False),
    sa.Column('client_id', sa.String(length=100), nullable=True),
    sa.Column('confirmed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('confirmed_by', sa.String(length=100), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('item_id', 'due')
    )
    op.create_index(op.f('ix_act_deadlines_client_id'), 'act_deadlines', ['client_id'], unique=False)
    op.create_table('act_digests',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('client_id', sa.String(length=100), nullable=False),
    sa.Column('period', sa.String(length=40), nullable=False),
    sa.Column('covered_from', sa.DateTime(timezone=True), nullable=False),
    sa.Column('covered_until', sa.DateTime(timezone=True), nullable=False),
    sa.Column('item_ids', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('client_id', 'period', name='uq_act_digest_period')
    )
    op.create_index(op.f('ix_act_digests_client_id'), 'act_digests', ['client_id'], unique=False)
    op.create_table('act_holds',
    sa.Column('item_id', sa.String(length=64), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('rule_id', sa.String(length=100), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('since', sa.DateTime(timezone=True), nullable=False),
    sa.Column('purge_after', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('item_id')
    )
    op.create_table('act_items',
    sa.Column('item_id', sa.String(length=64), nullable=False),
    sa.Column('client_id', sa.String(length=100), nullable=True),
    sa.Column('category', sa.String(length=32), nullable=True),
    sa.Column('filed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('facts', sa.JSON(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('item_id')
    )
    op.create_index(op.f('ix_act_items_client_id'), 'act_items', ['client_id'], unique=False)
    op.create_index(op.f('ix_act_items_filed_at'), 'act_items', ['filed_at'], unique=False)
    op.create_table('act_outbox',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('item_id', sa.String(length=64), nullable=False),
    sa.Column('action_key', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('rule_id', sa.String(length=100), nullable=True),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('lease_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('item_id', 'action_key', name='uq_act_outbox_item_action')
    )
    op.create_index(op.f('ix_act_outbox_item_id'), 'act_outbox', ['item_id'], unique=False)
    op.create_index(op.f('ix_act_outbox_next_attempt_at'), 'act_outbox', ['next_attempt_at'], unique=False)
    op.create_index(op.f('ix_act_outbox_status'), 'act_outbox', ['status'], unique=False)
    op.create_table('act_tags',
    sa.Column('item_id', sa.String(length=64), nullable=False),
    sa.Column('tag', sa.String(length=60), nullable=False),
    sa.Column('rule_id', sa.String(length=100), nullable=True),
    sa.PrimaryKeyConstraint('item_id', 'tag')
    )
    op.create_table('crashes',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('last_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('sha256')
    )
    op.create_table('events',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('item_id', sa.String(length=120), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('stage', sa.String(length=32), nullable=False),
    sa.Column('detail', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_events_item_id'), 'events', ['item_id'], unique=False)
    op.create_table('items',
    sa.Column('item_id', sa.String(length=16), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('source_path', sa.Text(), nullable=False),
    sa.Column('inbox', sa.Text(), nullable=True),
    sa.Column('station', sa.String(length=200), nullable=True),
    sa.Column('kind', sa.String(length=16), nullable=True),
    sa.Column('media_type', sa.String(length=100), nullable=True),
    sa.Column('size', sa.BigInteger(), nullable=True),
    sa.Column('pages', sa.Integer(), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('client_id', sa.String(length=100), nullable=True),
    sa.Column('recipient_confidence', sa.Float(), nullable=True),
    sa.Column('recipient_evidence', sa.Text(), nullable=True),
    sa.Column('category', sa.String(length=32), nullable=True),
    sa.Column('category_confidence', sa.Float(), nullable=True),
    sa.Column('fields', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('subject', sa.Text(), nullable=True),
    sa.Column('sender', sa.Text(), nullable=True),
    sa.Column('letter_date', sa.Date(), nullable=True),
    sa.Column('decision', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('archived_as', sa.Text(), nullable=True),
    sa.Column('original_key', sa.Text(), nullable=True),
    sa.Column('metadata_key', sa.Text(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('item_id'),
    sa.UniqueConstraint('sha256')
    )
    op.create_index(op.f('ix_items_category'), 'items', ['category'], unique=False)
    op.create_index(op.f('ix_items_client_id'), 'items', ['client_id'], unique=False)
    op.create_index('ix_items_client_received', 'items', ['client_id', 'received_at'], unique=False)
    op.create_index(op.f('ix_items_decision'), 'items', ['decision'], unique=False)
    op.create_table('learn_aliases',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('client_id', sa.String(length=100), nullable=False),
    sa.Column('alias', sa.Text(), nullable=False),
    sa.Column('item_id', sa.String(length=16), nullable=True),
    sa.Column('actor', sa.String(length=100), nullable=True),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('client_id', 'alias')
    )
    op.create_index(op.f('ix_learn_aliases_client_id'), 'learn_aliases', ['client_id'], unique=False)
    op.create_table('learn_labels',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('item_id', sa.String(length=16), nullable=False),
    sa.Column('decision', sa.String(length=16), nullable=False),
    sa.Column('client_id', sa.String(length=100), nullable=True),
    sa.Column('category', sa.String(length=32), nullable=True),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('previous', sa.JSON(), nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_learn_labels_item_id'), 'learn_labels', ['item_id'], unique=False)
    op.create_table('web_claims',
    sa.Column('item_id', sa.String(length=16), nullable=False),
    sa.Column('user', sa.String(length=100), nullable=False),
    sa.Column('until', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('item_id')
    )
    op.create_table('web_login_failures',
    sa.Column('key', sa.String(length=300), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('web_users',
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('clients', sa.JSON(), nullable=False),
    sa.Column('session_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('name')
    )
    ddl = {"sqlite": SQLITE_FTS, "postgresql": PG_FTS}[op.get_bind().dialect.name]
    for stmt in ddl:
        op.execute(stmt)


def downgrade() -> None:
    raise NotImplementedError("mailsort does not downgrade; restore a backup instead")
