"""work_claims: one row per item being worked on (claim before OCR, lease with an expiry).

Revision ID: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "work_claims",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("claimer", sa.String(length=200), nullable=False),
        sa.Column("source_path", sa.Text(), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("lease_until", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("sha256"),
    )
    op.create_index(op.f("ix_work_claims_claimer"), "work_claims", ["claimer"], unique=False)


def downgrade() -> None:
    raise NotImplementedError("mailsort does not downgrade; restore a backup instead")
