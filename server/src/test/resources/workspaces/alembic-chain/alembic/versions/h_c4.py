"""Revision c4."""
from alembic import op

revision = 'c4'
down_revision = 'c3b'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
