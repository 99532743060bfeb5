"""Revision c0."""
from alembic import op

revision = 'c0'
down_revision = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
