"""Create account.

Revision ID: aa0000000001
Revises:
"""
from alembic import op
import sqlalchemy as sa

revision = 'aa0000000001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'account',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('name', sa.String(100), nullable=False),
    )


def downgrade() -> None:
    op.drop_table('account')
