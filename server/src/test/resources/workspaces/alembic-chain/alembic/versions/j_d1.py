"""Revision d1."""
from alembic import op

revision = 'd1'
#          ^^^^ revision-chain
down_revision = 'c4'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
