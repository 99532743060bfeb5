"""Revision m1."""
from alembic import op

revision = 'm1'
down_revision = ('c2a', 'c2b')


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
