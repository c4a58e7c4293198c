"""Alembic environment, driven only from mailsort.migrations (no alembic.ini): the caller hands
over a connection that already holds the migration lock and an open transaction."""

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=None, render_as_batch=True)
# The connection is inside the caller's transaction: this does not commit, the caller does.
with context.begin_transaction():
    context.run_migrations()
