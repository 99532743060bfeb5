"""Revision c1."""
from alembic import op

revision = 'c1'
down_revision = 'c0'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
