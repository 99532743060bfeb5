"""Add account.email.

Revision ID: aa0000000002
Revises: aa0000000001
"""
from alembic import op
import sqlalchemy as sa

revision = 'aa0000000002'
down_revision = 'aa0000000001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('account', sa.Column('email', sa.String(255), nullable=True))


def downgrade() -> None:
    op.drop_column('account', 'email')
