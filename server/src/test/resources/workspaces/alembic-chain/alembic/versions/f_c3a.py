"""Revision c3a."""
from alembic import op

revision = 'c3a'
down_revision = 'm1'
#               ^^^^ revision-chain


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
