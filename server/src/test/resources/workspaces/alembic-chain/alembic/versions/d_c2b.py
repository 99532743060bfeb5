"""Revision c2b."""
from alembic import op

revision = 'c2b'
down_revision = 'c1'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
