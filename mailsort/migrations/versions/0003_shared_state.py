"""Shared state for several nodes: the review station's session key, the nightly retrain's claim
per night, and the published category models.

Revision ID: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "web_secrets",
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    op.create_table(
        "learn_retrain_nights",
        sa.Column("slot", sa.String(length=40), nullable=False),
        sa.Column("node", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("slot"),
    )
    op.create_table(
        "learn_models",
        sa.Column("version", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("npz", sa.LargeBinary(), nullable=False),
        sa.Column("meta", sa.Text(), nullable=False),
        sa.Column("labels", sa.JSON(), nullable=False),
        sa.Column("node", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("version"),
    )


def downgrade() -> None:
    raise NotImplementedError("mailsort does not downgrade; restore a backup instead")
