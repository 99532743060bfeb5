"""Revision c2a."""
from alembic import op

revision = 'c2a'
down_revision = 'c1'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
