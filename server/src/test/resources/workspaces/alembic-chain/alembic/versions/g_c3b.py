"""Revision c3b."""
from alembic import op

revision = 'c3b'
down_revision = 'm1'
#               ^^^^ revision-chain


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
