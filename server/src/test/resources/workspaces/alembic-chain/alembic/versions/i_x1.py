"""Revision x1."""
from alembic import op

revision = 'x1'
down_revision = 'zz9'
#               ^^^^^ revision-chain


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
