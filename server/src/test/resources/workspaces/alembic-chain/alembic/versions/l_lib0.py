"""Revision lib0."""
from alembic import op

revision = 'lib0'
down_revision = None
branch_labels = ('lib',)


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
